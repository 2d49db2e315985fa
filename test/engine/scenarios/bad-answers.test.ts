/**
 * Issue 10 item 6: a wrong answer is an error that says the question, the value and
 * what is allowed — in `mdv plan --answers` and in scenario files alike.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../../engine/cli/main.ts'
import { runScenarios } from '../../../engine/scenarios/run-scenarios.ts'
import { BASE_JOURNEY, compile, SHARED_YAML } from '../helpers.ts'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err }
}

describe('mdv plan --answers refuses bad answers', () => {
  const previous = process.cwd()
  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'mdv-answers-'))
    mkdirSync(join(dir, 'journeys', '_shared'), { recursive: true })
    writeFileSync(join(dir, 'journeys', '_shared', 'usager.yaml'), SHARED_YAML)
    writeFileSync(join(dir, 'journeys', 'test.yaml'), BASE_JOURNEY)
    process.chdir(dir)
  })
  afterEach(() => process.chdir(previous))

  async function planWith(answers: unknown) {
    writeFileSync('answers.json', JSON.stringify(answers))
    const run = capture()
    const code = await main(['plan', 'test', '--answers', 'answers.json', '--today', '2026-04-03'], run.io)
    return { code, err: run.err.join('\n'), out: run.out }
  }

  it('an unknown option value names the question, the value and the allowed values', async () => {
    const { code, err, out } = await planWith({ lieu: 'france', lien: 'xx' })
    expect(code).toBe(1)
    expect(err).toBe('answers.json : Valeur inconnue « xx » pour « lien » : conjoint, autre.')
    expect(out).toEqual([])
  })

  it('a close typo gets a suggestion', async () => {
    const { err } = await planWith({ lien: 'conjiont' })
    expect(err).toBe('answers.json : Valeur inconnue « conjiont » pour « lien » : conjoint, autre. Vouliez-vous dire « conjoint » ?')
  })

  it('a value of the wrong type says the expected format', async () => {
    const date = await planWith({ date_deces: '03/04/2026' })
    expect(date.code).toBe(1)
    expect(date.err).toBe('answers.json : « 03/04/2026 » n\'est pas une date pour « date_deces » : une date AAAA-MM-JJ, par exemple 2026-03-12.')
    const number = await planWith({ lien: 'conjoint', age: '54' })
    expect(number.code).toBe(1)
    expect(number.err).toBe('answers.json : « 54 » n\'est pas un nombre pour « age » : un nombre, sans guillemets.')
  })

  it('an answer to a question that is not in the journey is refused', async () => {
    const { code, err } = await planWith({ lieux: 'france' })
    expect(code).toBe(1)
    expect(err).toBe('answers.json : « lieux » n\'est pas une question du parcours « test ». Vouliez-vous dire « lieu » ?')
  })

  it('good answers still give the plan', async () => {
    const { code, out } = await planWith({ lieu: 'france', date_deces: '2026-04-01', lien: 'autre' })
    expect(code).toBe(0)
    expect(out.join('\n')).toContain('Déclarer le décès')
  })
})

describe('scenario files refuse bad answers with the same words', () => {
  const journey = compile(BASE_JOURNEY).journey!
  const scenario = (answers: string) => `scenarios:\n  - name: Cas\n    today: 2026-04-03\n    answers: ${answers}\n    tasks: [succession]\n`

  function messages(answers: string): string[] {
    return runScenarios(journey, 'journeys/test.scenarios.yaml', scenario(answers)).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)
  }

  it('unknown option value', () => {
    expect(messages('{ lieu: france, date_deces: 2026-04-01, lien: xx }')).toEqual([
      '4:60 Scénario « Cas » : Valeur inconnue « xx » pour « lien » : conjoint, autre.',
    ])
  })

  it('wrong type: a date, a number, a boolean', () => {
    expect(messages('{ lieu: france, date_deces: "1er avril" }')).toEqual([
      '4:42 Scénario « Cas » : « 1er avril » n\'est pas une date pour « date_deces » : une date AAAA-MM-JJ, par exemple 2026-03-12.',
    ])
    expect(messages('{ lieu: france, date_deces: 2026-04-01, lien: conjoint, age: "54" }')).toEqual([
      '4:75 Scénario « Cas » : « 54 » n\'est pas un nombre pour « age » : un nombre, sans guillemets.',
    ])
  })

  it('answer to a question that is not in the journey', () => {
    const found = messages('{ lieu: france, date_deces: 2026-04-01, lien: autre, lein: autre }')
    expect(found).toEqual(['4:67 Scénario « Cas » : question inconnue « lein ». Vouliez-vous dire « lien » ?'])
  })
})

describe('a scenario may answer « Je ne sais pas » (null) to an optional commune', () => {
  const yaml = `id: test
title: Commune
description: Test.
version: 1
reviewed: 2026-11-01
sources: [F16507]
questions:
  - id: commune
    type: commune
    label: Commune ?
    optional: true
tasks:
  - id: mairie
    title: Prévenir la mairie
    when: answered(commune)
    organisation: { name: Mairie }
`
  const run = (journeyYaml: string, answer: string, expectation: string) =>
    runScenarios(compile(journeyYaml).journey!, 'journeys/test.scenarios.yaml', `scenarios:\n  - name: Cas\n    answers: { commune: ${answer} }\n    ${expectation}\n`, {
      communeExists: (code) => code === '75056',
    }).diagnostics.map((d) => d.message)

  it('null is « Je ne sais pas », not an unknown INSEE code', () => {
    expect(run(yaml, 'null', 'absent: [mairie]')).toEqual([])
    expect(run(yaml, '"75056"', 'tasks: [mairie]')).toEqual([])
    expect(run(yaml, '"99999"', 'tasks: [mairie]')).toEqual([expect.stringContaining('aucune commune n\'a le code INSEE')])
  })

  it('a required commune still refuses null', () => {
    const required = yaml.replace('    optional: true\n', '').replace('when: answered(commune)', 'when: commune == "75056"')
    expect(run(required, 'null', 'absent: [mairie]')).toEqual([expect.stringContaining('commune')])
  })
})
