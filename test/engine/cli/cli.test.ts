import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from '../../../engine/cli/args.ts'
import { main } from '../../../engine/cli/main.ts'
import { BASE_JOURNEY, SHARED_YAML } from '../helpers.ts'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err }
}

describe('parseArgs', () => {
  it('reads positionals, valued and boolean flags', () => {
    expect(parseArgs(['a', '--today', '2026-01-01', '--json', '--answers=x.json'], ['today', 'answers'], ['json'])).toEqual({
      positional: ['a'],
      flags: { today: '2026-01-01', json: true, answers: 'x.json' },
    })
  })

  it('refuses unknown flags, missing values and repeated flags', () => {
    expect(() => parseArgs(['--nope'])).toThrow(UsageError)
    expect(() => parseArgs(['--today'], ['today'])).toThrow(/attend une valeur/)
    expect(() => parseArgs(['--json', '--json'], [], ['json'])).toThrow(/deux fois/)
  })
})

const SCHEMA_LINE = '# yaml-language-server: $schema=../engine/schema/journey.schema.json\n'

describe('mdv on a journeys directory', () => {
  let dir: string
  const previous = process.cwd()
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mdv-cli-'))
    mkdirSync(join(dir, 'journeys', '_shared'), { recursive: true })
    writeFileSync(join(dir, 'journeys', '_shared', 'usager.yaml'), SHARED_YAML)
    writeFileSync(join(dir, 'journeys', 'test.yaml'), SCHEMA_LINE + BASE_JOURNEY)
    process.chdir(dir)
  })
  afterEach(() => process.chdir(previous))

  it('validate exits 0 on a clean journey and 1 with file:line:col errors', async () => {
    const ok = capture()
    expect(await main(['validate'], ok.io)).toBe(0)
    writeFileSync('journeys/test.yaml', BASE_JOURNEY.replace('fiche: F909', 'fiche: F9099'))
    const bad = capture()
    expect(await main(['validate', 'journeys/test.yaml'], bad.io)).toBe(1)
    expect(bad.out).toHaveLength(1)
    expect(bad.out[0]).toMatch(/^journeys\/test\.yaml:\d+:12 erreur : Fiche service-public « F9099 » introuvable.*Vouliez-vous dire F909 \(« Déclaration de décès »\)/)
  })

  it('validate warns when the first line naming the schema is missing', async () => {
    writeFileSync('journeys/test.yaml', BASE_JOURNEY)
    const run = capture()
    expect(await main(['validate'], run.io)).toBe(0)
    expect(run.out).toEqual([
      'journeys/test.yaml:1:1 attention : Première ligne manquante : « # yaml-language-server: $schema=../engine/schema/journey.schema.json ». Avec elle, l\'éditeur (VS Code + extension YAML) complète et vérifie le fichier pendant la saisie.',
    ])
    expect(await main(['validate', '--strict'], capture().io)).toBe(1)
  })

  it('validate never crashes on a missing file or garbage', async () => {
    const missing = capture()
    expect(await main(['validate', 'journeys/absent.yaml'], missing.io)).toBe(1)
    expect(missing.out[0]).toContain('Fichier illisible')
    writeFileSync('journeys/test.yaml', '{{{ ]]] :::')
    const garbage = capture()
    expect(await main(['validate'], garbage.io)).toBe(1)
    expect(garbage.out[0]).toMatch(/^journeys\/test\.yaml:1:\d+ erreur : Syntaxe YAML/)
  })

  it('validate --strict fails on warnings', async () => {
    writeFileSync('journeys/test.yaml', BASE_JOURNEY.replace('  - id: lien\n', '  - id: inutile\n    type: boolean\n    label: Inutile ?\n  - id: lien\n'))
    expect(await main(['validate'], capture().io)).toBe(0)
    expect(await main(['validate', '--strict'], capture().io)).toBe(1)
  })

  it('plan --json prints the documented shape', async () => {
    writeFileSync('answers.json', JSON.stringify({ lieu: 'france', date_deces: '2026-04-03', lien: 'autre' }))
    const run = capture()
    expect(await main(['plan', 'journeys/test.yaml', '--answers', 'answers.json', '--today', '2026-04-03', '--json'], run.io)).toBe(0)
    const printed = JSON.parse(run.out.join('\n'))
    expect(printed).toEqual({
      journey: 'test',
      counts: { todo: 2, advice: 0, automatic: 0, maybe: 0 },
      tasks: [
        { id: 'declarer', title: 'Déclarer le décès', kind: 'todo', certainty: 'certain', period: 'semaine', due: '2026-04-07', fiche: ['F909'], why: 'car vous avez indiqué\u202F: Lieu du décès\u202F: En France' },
        { id: 'succession', title: 'Déclarer la succession', kind: 'todo', certainty: 'certain', period: '6mois', due: '2026-10-03', fiche: [], why: 'Cette démarche concerne toutes les situations de ce parcours.' },
      ],
    })
  })

  it('plan finds a journey by id and prints a readable list', async () => {
    writeFileSync('answers.json', JSON.stringify({ lieu: 'france', date_deces: '2026-04-03', lien: 'autre' }))
    const run = capture()
    expect(await main(['plan', 'test', '--answers', 'answers.json', '--today', '2026-04-03'], run.io)).toBe(0)
    expect(run.out.join('\n')).toContain('- [ ] Déclarer le décès — au plus tard le 7 avril 2026')
  })

  it('plan explains bad input instead of crashing', async () => {
    writeFileSync('answers.json', '{ not json')
    const bad = capture()
    expect(await main(['plan', 'test', '--answers', 'answers.json'], bad.io)).toBe(2)
    expect(bad.err[0]).toContain('Impossible de lire les réponses')
    const badDate = capture()
    expect(await main(['plan', 'test', '--answers', 'answers.json', '--today', '2026-02-30'], badDate.io)).toBe(2)
    expect(await main(['plan'], capture().io)).toBe(2)
  })

  it('graph prints a Mermaid flowchart with conditions on the arrows', async () => {
    const run = capture()
    expect(await main(['graph', 'test'], run.io)).toBe(0)
    const text = run.out.join('\n')
    expect(text).toMatch(/^flowchart TD/)
    expect(text).toMatch(/q_lien -->\|"si « Quel lien\s\? » : Conjoint"\| q_age/)
    expect(text).toContain('q_lien -.->|sinon| plan')
    expect(text).toContain('q_lieu -->|"« Lieu du décès » : En France"| t_declarer')
  })

  it('build writes compiled journeys and an index, without source offsets', async () => {
    expect(await main(['build', 'journeys', '--out', 'out'], capture().io)).toBe(0)
    const compiled = JSON.parse(readFileSync('out/test.json', 'utf8'))
    expect(compiled).toMatchObject({ format: 1, id: 'test', version: 1 })
    expect(JSON.stringify(compiled)).not.toContain('"start"')
    expect(JSON.parse(readFileSync('out/index.json', 'utf8'))).toEqual([
      { id: 'test', title: 'Parcours de test', description: 'Un parcours pour les tests.', version: 1 },
    ])
  })

  it('build refuses to write anything when a journey has errors', async () => {
    writeFileSync('journeys/test.yaml', BASE_JOURNEY.replace('lieu == "france"', 'lieu == "fr"'))
    expect(await main(['build', 'journeys', '--out', 'out'], capture().io)).toBe(1)
    expect(existsSync('out')).toBe(false)
  })

  it('test runs scenarios, reports failures at their line and prints coverage', async () => {
    writeFileSync(
      'journeys/test.scenarios.yaml',
      `scenarios:
  - name: Décès en France, autre lien
    today: 2026-04-03
    answers: { lieu: france, date_deces: 2026-04-03, lien: autre }
    tasks:
      - id: declarer
        due: 2026-04-08
    absent: [reversion]
`,
    )
    const run = capture()
    expect(await main(['test'], run.io)).toBe(1)
    const text = run.out.join('\n')
    expect(text).toContain('✗ Décès en France, autre lien')
    expect(text).toMatch(/journeys\/test\.scenarios\.yaml:6:\d+ erreur : Scénario « Décès en France, autre lien » : la démarche « declarer » devrait être due le 2026-04-08, elle l'est le 2026-04-07/)
    expect(text).toContain('jamais posées : age')
    expect(text).toContain('jamais affichées : reversion, veuvage')
    expect(text).toMatch(/0 passed, 2 failed/)
  })

  it('test reports answers to questions that are not asked, and questions left unanswered', async () => {
    writeFileSync(
      'journeys/test.scenarios.yaml',
      `scenarios:
  - name: Trop de réponses
    today: 2026-04-03
    answers: { lieu: france, date_deces: 2026-04-03, lien: autre, age: 60 }
  - name: Pas assez
    today: 2026-04-03
    answers: { lieu: france }
`,
    )
    const run = capture()
    await main(['test', 'journeys/test.scenarios.yaml', '--min-coverage', '0'], run.io)
    const text = run.out.join('\n')
    expect(text).toContain("la question « age » n'est pas posée dans cette situation")
    expect(text).toContain("la question « date_deces » est posée mais le scénario n'y répond pas")
  })

  it('test fails when a journey has no scenario file', async () => {
    const run = capture()
    expect(await main(['test'], run.io)).toBe(1)
    expect(run.out.join('\n')).toContain('aucun fichier de scénarios')
  })

  it('unknown commands print the help and exit 2', async () => {
    const run = capture()
    expect(await main(['valider'], run.io)).toBe(2)
    expect(run.err[0]).toContain('Commande inconnue')
  })
})
