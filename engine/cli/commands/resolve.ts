import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { DEFAULT_JOURNEYS_DIR, journeyFilesIn } from '../../node/journey-files.ts'
import { didYouMean } from '../../text/did-you-mean.ts'
import { UsageError } from '../args.ts'

/**
 * A journey named by id (`je-perds-un-proche`) or by path. An unknown one is a usage
 * error naming the closest journey (« Vouliez-vous dire … ? ») or the known ones.
 */
export function resolveJourneyFile(target: string): string {
  if (existsSync(target)) return target
  const byId = join(DEFAULT_JOURNEYS_DIR, `${target}.yaml`)
  if (existsSync(byId)) return byId
  const known = existsSync(DEFAULT_JOURNEYS_DIR) ? journeyFilesIn([DEFAULT_JOURNEYS_DIR]).map((f) => basename(f).replace(/\.ya?ml$/, '')) : []
  const asked = basename(target).replace(/\.ya?ml$/, '')
  // `journeys/x.yml` for `journeys/x.yaml`: the id is right, the path is not.
  const suggestion = known.includes(asked) ? join(DEFAULT_JOURNEYS_DIR, `${asked}.yaml`) : didYouMean(asked, known)
  throw new UsageError(
    `parcours « ${target} » introuvable${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : known.length ? `. Parcours connus : ${known.join(', ')}` : ''}`,
  )
}
