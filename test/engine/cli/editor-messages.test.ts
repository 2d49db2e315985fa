/**
 * Issue 13: every CLI mistake an editor makes gets a French usage message, never
 * « erreur interne »; `mdv test` takes a journey path and reports answer coverage.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../../engine/cli/main.ts'
import { BASE_JOURNEY, SHARED_YAML } from '../helpers.ts'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err }
}

const SCENARIOS = `journey: test
scenarios:
  - name: Décès en France
    today: 2026-04-03
    answers: { lieu: france, date_deces: 2026-04-01, lien: autre }
    tasks: [declarer, succession]
`

describe('mdv, as an editor types it', () => {
  const previous = process.cwd()
  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'mdv-editor-'))
    mkdirSync(join(dir, 'journeys', '_shared'), { recursive: true })
    writeFileSync(join(dir, 'journeys', '_shared', 'usager.yaml'), SHARED_YAML)
    writeFileSync(join(dir, 'journeys', 'test.yaml'), BASE_JOURNEY)
    writeFileSync(join(dir, 'journeys', 'test.scenarios.yaml'), SCENARIOS)
    process.chdir(dir)
  })
  afterEach(() => process.chdir(previous))

  it('validate --today in the French format is a usage message (exit 2), not an internal error', async () => {
    const run = capture()
    expect(await main(['validate', '--today', '27/11/2026'], run.io)).toBe(2)
    expect(run.err.join('\n')).toBe(
      'mdv validate : --today attend une date AAAA-MM-JJ, par exemple --today 2026-11-27 (reçu « 27/11/2026 »)\nUsage : mdv validate [fichiers ou dossiers…] [--strict] [--today AAAA-MM-JJ]',
    )
  })

  it('plan --today and test --min-coverage mistakes are usage messages', async () => {
    writeFileSync('answers.json', '{}')
    const plan = capture()
    expect(await main(['plan', 'test', '--answers', 'answers.json', '--today', 'demain'], plan.io)).toBe(2)
    expect(plan.err[0]).toMatch(/^mdv plan : --today attend une date AAAA-MM-JJ.*« demain »/)
    const test = capture()
    expect(await main(['test', '--min-coverage', 'tout'], test.io)).toBe(2)
    expect(test.err[0]).toMatch(/^mdv test : --min-coverage attend un pourcentage entre 0 et 100/)
    for (const run of [plan, test]) expect(run.err.join('\n')).not.toContain('erreur interne')
  })

  it('test accepts a journey path and runs its scenarios', async () => {
    const run = capture()
    expect(await main(['test', 'journeys/test.yaml', '--min-coverage', '0'], run.io)).toBe(0)
    expect(run.out).toContain('  ✓ Décès en France')
    expect(run.out.join('\n')).not.toContain('.yaml.yaml')
  })

  it('test reports which answers no scenario ever chooses', async () => {
    const run = capture()
    await main(['test', 'journeys/test.scenarios.yaml', '--min-coverage', '0'], run.io)
    expect(run.out).toContain('  Réponses choisies par au moins un scénario : 50 % (2/4)')
    expect(run.out).toContain('    jamais choisies : lieu=etranger, lien=conjoint')
  })

  it('a typo in journey: suggests the journey id instead of a system error', async () => {
    writeFileSync('journeys/test.scenarios.yaml', SCENARIOS.replace('journey: test', 'journey: tset'))
    const run = capture()
    expect(await main(['test', 'journeys/test.scenarios.yaml'], run.io)).toBe(1)
    expect(run.out[0]).toBe('✗ journeys/test.scenarios.yaml : parcours « tset » introuvable (journeys/tset.yaml). Vouliez-vous dire « test » ?')
    expect(run.out.join('\n')).not.toContain('ENOENT')
  })

  it('a broken shared file is reported once, and the journeys are still checked on their own content', async () => {
    writeFileSync('journeys/_shared/usager.yaml', SHARED_YAML.replace('    label: Quelle est votre activité ?', '\tlabel: Quelle est votre activité ?'))
    writeFileSync('journeys/test.yaml', BASE_JOURNEY.replace('questions:\n', 'questions:\n  - use: date_naissance\n').replace('when: lien == "conjoint" and age >= 55', 'when: lien == "conjoint" and age(date_naissance) >= 55').replace('fiche: F909', 'fiche: F9099'))
    const run = capture()
    expect(await main(['validate'], run.io)).toBe(1)
    expect(run.out).toHaveLength(2)
    expect(run.out[0]).toMatch(/^journeys\/_shared\/usager\.yaml:9:1 erreur : Syntaxe YAML : une tabulation/)
    expect(run.out[1]).toMatch(/^journeys\/test\.yaml:\d+:\d+ erreur : Fiche service-public « F9099 » introuvable/)
  })
})

describe('journey ids on the command line', () => {
  it('an unknown journey is a usage message with « Vouliez-vous dire »', async () => {
    writeFileSync(join(tmpdir(), 'mdv-empty-answers.json'), '{}')
    const run = capture()
    expect(await main(['plan', 'je-demenge', '--answers', join(tmpdir(), 'mdv-empty-answers.json')], run.io)).toBe(2)
    expect(run.err[0]!.split('\n')[0]).toBe('mdv plan : parcours « je-demenge » introuvable. Vouliez-vous dire « je-demenage » ?')
    const graph = capture()
    expect(await main(['graph', 'je-perds-un-proch'], graph.io)).toBe(2)
    expect(graph.err[0]!.split('\n')[0]).toBe('mdv graph : parcours « je-perds-un-proch » introuvable. Vouliez-vous dire « je-perds-un-proche » ?')
  })
})
