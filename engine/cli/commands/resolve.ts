import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_JOURNEYS_DIR } from '../../node/journey-files.ts'

/** A journey named by id (`je-perds-un-proche`) or by path. */
export function resolveJourneyFile(target: string): string {
  if (existsSync(target)) return target
  const byId = join(DEFAULT_JOURNEYS_DIR, `${target}.yaml`)
  return existsSync(byId) ? byId : target
}
