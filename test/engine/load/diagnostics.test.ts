import { describe, expect, it } from 'vitest'
import { formatDiagnostic, type Diagnostic } from '../../../engine/diagnostics.ts'
import { BASE_JOURNEY, compile, SHARED_YAML } from '../helpers.ts'

/** Replaces one exact fragment of the base journey, failing if it isn't there (so fixtures can't rot). */
function variant(from: string, to: string, base = BASE_JOURNEY): string {
  if (!base.includes(from)) throw new Error(`fragment not found: ${from}`)
  return base.replace(from, to)
}

function only(diagnostics: Diagnostic[], code: Diagnostic['code']): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code)
  expect(found, JSON.stringify(diagnostics, null, 2)).toHaveLength(1)
  return found[0]!
}

/** 1-based line of the first line containing `text` in the YAML. */
function lineOf(yaml: string, text: string): number {
  const index = yaml.split('\n').findIndex((l) => l.includes(text))
  if (index < 0) throw new Error(`no line contains ${text}`)
  return index + 1
}

describe('a valid journey', () => {
  it('compiles with no diagnostic', () => {
    const result = compile(BASE_JOURNEY)
    expect(result.diagnostics).toEqual([])
    expect(result.journey?.questions.map((q) => q.id)).toEqual(['lieu', 'date_deces', 'lien', 'age'])
    expect(result.journey?.fiches.F909?.title).toBe('Déclaration de décès')
    expect(result.journey?.sensitive).toBeUndefined()
  })

  it('marks a sensitive journey in what it ships to the widget', () => {
    expect(compile(variant('sources: [F16507]', 'sources: [F16507]\nsensitive: true')).journey?.sensitive).toBe(true)
    expect(compile(variant('sources: [F16507]', 'sources: [F16507]\nsensitive: false')).journey?.sensitive).toBeUndefined()
    expect(only(compile(variant('sources: [F16507]', 'sources: [F16507]\nsensitive: oui')).diagnostics, 'schema').message).toContain('sensitive')
  })
})

describe('journey errors carry file:line:column and a message an editor understands', () => {
  it('reports YAML syntax errors', () => {
    const yaml = variant('title: Parcours de test', 'title: "Parcours de test')
    const d = only(compile(yaml).diagnostics, 'yaml-syntax')
    expect(d.file).toBe('journeys/test.yaml')
    expect(d.line).toBeGreaterThanOrEqual(2)
    expect(d.message).toMatch(/^Syntaxe YAML/)
  })

  it('reports a missing required property at its parent', () => {
    const yaml = variant('    title: Demander la pension de réversion\n', '')
    const d = only(compile(yaml).diagnostics, 'schema')
    expect(d.message).toContain('« title » est obligatoire')
    expect(d.line).toBe(lineOf(yaml, '  - id: reversion'))
  })

  it('suggests the right key for a misspelt property, and does not also complain it is missing', () => {
    const yaml = variant('    label: Quand ?', '    lable: Quand ?')
    const diagnostics = compile(yaml).diagnostics
    expect(diagnostics).toHaveLength(1)
    const d = diagnostics[0]!
    expect(d.code).toBe('unknown-property')
    expect(d.suggestion).toBe('label')
    expect(d.message).toContain('Vouliez-vous dire « label »')
    expect([d.line, d.column]).toEqual([lineOf(yaml, 'lable:'), 5])
  })

  it('explains a wrong deadline unit with the allowed values and a suggestion', () => {
    const yaml = variant('add: 1, unit: jours_ouvres }', 'add: 1, unit: jours_ouvre }')
    const d = only(compile(yaml).diagnostics, 'schema')
    expect(d.message).toContain('jours_ouvrables')
    expect(d.suggestion).toBe('jours_ouvres')
    expect(d.line).toBe(lineOf(yaml, 'jours_ouvre }'))
  })

  it('rejects a malformed fiche id with a clear message', () => {
    const d = only(compile(variant('fiche: F909', 'fiche: 909F')).diagnostics, 'schema')
    expect(d.message).toContain("n'est pas un identifiant de fiche")
  })

  it('reports an unknown fiche with the nearest existing one', () => {
    const yaml = variant('fiche: F909', 'fiche: F9099')
    const d = only(compile(yaml).diagnostics, 'unknown-fiche')
    expect(d.suggestion).toBe('F909')
    expect([d.line, d.column]).toEqual([lineOf(yaml, 'fiche: F9099'), 12])
  })

  it('warns, at the fiche, when a cited fiche was modified after the journey was reviewed', () => {
    // F16225 « Je deviens parent » was modified on 2026-06-01 (engine/fiches/fiches-recent.json).
    const cites = (reviewed: string) => variant('fiche: F909', 'fiche: F16225', BASE_JOURNEY.replace('reviewed: 2026-11-01', `reviewed: ${reviewed}`))
    const stale = cites('2026-05-31')
    const d = only(compile(stale).diagnostics, 'fiche-modified')
    expect(d.severity).toBe('warning')
    expect(d.message).toContain('modifiée le 2026-06-01, après la dernière relecture du parcours (reviewed: 2026-05-31)')
    expect(d.line).toBe(lineOf(stale, 'fiche: F16225'))
    // Reviewed on or after that day: nothing to say.
    expect(compile(cites('2026-06-01')).diagnostics).toEqual([])
  })

  it('reports duplicate question, task and option ids', () => {
    const questions = compile(variant('  - id: date_deces', '  - id: lieu')).diagnostics
    expect(questions.some((d) => d.code === 'duplicate-id' && d.message.includes('« lieu »'))).toBe(true)
    const tasks = compile(variant('  - id: veuvage', '  - id: reversion')).diagnostics
    expect(tasks.some((d) => d.code === 'duplicate-id' && d.message.includes('« reversion »'))).toBe(true)
    const options = compile(variant('{ value: autre, label: Autre }', '{ value: conjoint, label: Autre }')).diagnostics
    expect(options.some((d) => d.code === 'duplicate-id' && d.message.includes('« conjoint »'))).toBe(true)
  })

  it('reports an unknown question in a condition at the exact column, with "did you mean"', () => {
    const yaml = variant('when: lieu == "france"', 'when: lieux == "france"')
    const d = only(compile(yaml).diagnostics, 'expression-type')
    expect(d.message).toContain('Vouliez-vous dire « lieu »')
    expect(d.suggestion).toBe('lieu')
    expect([d.line, d.column]).toEqual([lineOf(yaml, 'lieux =='), 11])
  })

  it('reports a value that is not an option of the question', () => {
    const yaml = variant('when: lieu == "france"', 'when: lieu == "frnce"')
    const d = only(compile(yaml).diagnostics, 'expression-type')
    expect(d.suggestion).toBe('france')
  })

  it('reports a type error (a date compared with a text)', () => {
    const yaml = variant('when: lieu == "france"', 'when: date_deces > "2024-07-12"')
    const d = only(compile(yaml).diagnostics, 'expression-type')
    expect(d.message).toMatch(/date/)
  })

  it('reports expression syntax errors inside quoted strings at the right column', () => {
    const yaml = variant('when: lieu == "france"', `when: 'lieu = "france"'`)
    const d = only(compile(yaml).diagnostics, 'expression-syntax')
    expect(d.message).toContain('==')
    // column of "=" : 'when: ' is 6 chars at indent 4, then a quote, then 'lieu ' (5 chars).
    expect([d.line, d.column]).toEqual([lineOf(yaml, `when: 'lieu =`), 4 + 6 + 1 + 5 + 1])
  })

  it('forbids a question depending on a later one (no cycles)', () => {
    const yaml = variant(
      '    short: Lieu du décès\n',
      '    short: Lieu du décès\n    when: lien == "conjoint"\n',
    )
    const d = only(compile(yaml).diagnostics, 'forward-reference')
    expect(d.message).toContain('« lien », qui est posée après')
  })

  it('forbids a question depending on itself', () => {
    const yaml = variant('    when: lien == "conjoint"', '    when: age > 3')
    const d = only(compile(yaml).diagnostics, 'forward-reference')
    expect(d.message).toContain('sa propre réponse')
  })

  it('reports a deadline starting from a question that is not a date', () => {
    const d = only(compile(variant('{ from: date_deces, add: 1', '{ from: lieu, add: 1')).diagnostics, 'unknown-question')
    expect(d.message).toContain("n'est pas une question de type date")
    const typo = only(compile(variant('{ from: date_deces, add: 1', '{ from: date_dece, add: 1')).diagnostics, 'unknown-question')
    expect(typo.suggestion).toBe('date_deces')
  })

  it('counts back from a date question, but refuses a negative delay from today (always past)', () => {
    expect(compile(variant('{ from: date_deces, add: 1', '{ from: date_deces, add: -1')).diagnostics).toEqual([])
    const yaml = variant('{ from: date_deces, add: 1', '{ from: today, add: -3')
    const d = only(compile(yaml).diagnostics, 'schema')
    expect(d.message).toContain('ne peut pas être négatif')
    expect(d.line).toBe(lineOf(yaml, 'add: -3'))
  })

  it('accepts next_working_day: true on a relative deadline, and only true or false', () => {
    const yaml = variant('{ from: date_deces, add: 1', '{ next_working_day: true, from: date_deces, add: 1')
    const result = compile(yaml)
    expect(result.diagnostics).toEqual([])
    expect(result.journey!.tasks.some((t) => t.deadline.some((r) => 'nextWorkingDay' in r && r.nextWorkingDay))).toBe(true)
    expect(compile(variant('{ from: date_deces, add: 1', '{ next_working_day: oui, from: date_deces, add: 1')).diagnostics.length).toBeGreaterThan(0)
  })

  it('reports an unknown period with the list of periods', () => {
    const d = only(compile(variant('    fiche: F909\n', '    fiche: F909\n    period: semain\n')).diagnostics, 'unknown-period')
    expect(d.suggestion).toBe("semaine")
  })

  it('requires a period on each task when the journey defines its own', () => {
    const yaml = variant('questions:\n', 'periods:\n  - { id: tot, label: Tôt }\nquestions:\n')
    const diagnostics = compile(yaml).diagnostics.filter((d) => d.code === 'unknown-period')
    expect(diagnostics).toHaveLength(4)
  })

  it('reports an unknown call centre', () => {
    const yaml = variant('questions:\n', 'callback: { centre: decs }\nquestions:\n')
    const d = only(compile(yaml, { centres: ['deces'] }).diagnostics, 'unknown-centre')
    expect(d.suggestion).toBe('deces')
  })

  it('reports a journey id that does not match the file name', () => {
    const d = only(compile(BASE_JOURNEY, { file: 'journeys/autre.yaml' }).diagnostics, 'schema')
    expect(d.suggestion).toBe('autre')
  })

  it('refuses links other than https in descriptions', () => {
    const yaml = variant('    title: Déclarer le décès\n', '    title: Déclarer le décès\n    description: Voir [ici](javascript:alert(1)).\n')
    const d = only(compile(yaml).diagnostics, 'markdown')
    expect(d.message).toContain('https://')
  })

  it('reports an unknown shared question, and resolves a known one', () => {
    const unknown = variant('questions:\n', 'questions:\n  - use: date_naisance\n')
    const d = only(compile(unknown, { shared: SHARED_YAML }).diagnostics, 'unknown-shared-question')
    expect(d.suggestion).toBe('date_naissance')
    const known = variant('questions:\n', 'questions:\n  - use: date_naissance\n')
    const yaml = variant('when: lien == "conjoint" and age >= 55', 'when: lien == "conjoint" and age(date_naissance) >= 55', known)
    const result = compile(yaml, { shared: SHARED_YAML })
    expect(result.diagnostics).toEqual([])
    expect(result.journey?.questions[0]).toMatchObject({ id: 'date_naissance', shared: true })
  })
})

describe('static analysis', () => {
  it('flags a condition that can never be true', () => {
    const yaml = variant('when: lien == "conjoint" and age >= 55', 'when: lien == "autre" and age >= 55')
    const d = only(compile(yaml).diagnostics, 'always-false')
    expect(d.message).toContain('« reversion » n\'apparaîtra jamais')
    expect(d.line).toBe(lineOf(yaml, 'lien == "autre" and age >= 55'))
  })

  it('knows that an optional question may be left unknown (« Je ne sais pas »)', () => {
    const journey = `id: test
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
  - id: sans_commune
    title: Tâche sans commune
    when: not answered(commune)
    organisation: { name: Mairie }
`
    expect(compile(journey).diagnostics.map((d) => d.message)).toEqual([])
    expect(compile(journey.replace('    optional: true\n', '')).diagnostics.map((d) => d.code)).toContain('always-false')
  })

  it('flags a condition that is always true', () => {
    const yaml = variant('when: lieu == "france"', 'when: lieu == "france" or lieu == "etranger"')
    only(compile(yaml).diagnostics, 'always-true')
  })

  it('flags a question that can never be asked', () => {
    const yaml = variant('    when: lien == "conjoint"', '    when: lien == "conjoint" and lien == "autre"')
    const diagnostics = compile(yaml).diagnostics
    expect(diagnostics.some((d) => d.code === 'always-false' && d.message.includes('« age »'))).toBe(true)
  })

  it('understands age boundaries on dates', () => {
    const journey = `id: test
title: Âge
description: Test.
version: 1
reviewed: 2026-11-01
sources: [F16507]
questions:
  - id: naissance
    type: date
    label: Naissance ?
tasks:
  - id: jeune
    title: Tâche jeune
    when: age(naissance) < 28
    organisation: { name: Crous }
  - id: impossible
    title: Tâche impossible
    when: age(naissance) < 28 and age(naissance) > 40
    organisation: { name: Crous }
`
    const diagnostics = compile(journey).diagnostics
    expect(diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual([`always-false:${lineOf(journey, 'age(naissance) > 40')}`])
  })

  it('warns about a question whose answer changes nothing', () => {
    const yaml = variant('  - id: lien\n', '  - id: inutile\n    type: boolean\n    label: Inutile ?\n  - id: lien\n')
    const d = only(compile(yaml).diagnostics, 'unused-question')
    expect(d.severity).toBe('warning')
    expect(d.message).toContain('« inutile »')
  })

  it('formats diagnostics as file:line:column message', () => {
    const yaml = variant('fiche: F909', 'fiche: F9099')
    const d = only(compile(yaml).diagnostics, 'unknown-fiche')
    expect(formatDiagnostic(d)).toMatch(/^journeys\/test\.yaml:\d+:12 erreur : Fiche service-public « F9099 »/)
  })
})
