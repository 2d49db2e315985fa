/**
 * The plan as the usager meets it (issue 9): periods from today with an overdue group
 * first, the editor's `after:` order, advice and automatic entries apart, and « Je ne sais
 * pas » answers giving « Peut-être » entries that say which answer would decide.
 */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { buildPlan } from '../../../engine/runtime/plan.ts'
import { createJourneyMachine } from '../../../engine/runtime/journey-machine.ts'
import { runScenarios } from '../../../engine/scenarios/run-scenarios.ts'
import { journeyToMermaid } from '../../../engine/graph/mermaid.ts'
import { formatDiagnostic } from '../../../engine/diagnostics.ts'
import { pruneAnswers } from '../../../engine/runtime/answers.ts'
import { saveSnapshot, startSession, viewOf } from '../../../engine/runtime/session.ts'
import { compile, compileOk, JOURNEY_HEAD } from '../helpers.ts'

const YAML = `${JOURNEY_HEAD}questions:
  - id: date_deces
    type: date
    label: Quelle est la date du décès ?
    short: Date du décès
    max: today
  - id: salarie
    type: boolean
    label: La personne était-elle salariée ?
    short: La personne était salariée
    optional: true
  - id: statut
    type: single
    label: Quel était votre lien ?
    short: Votre lien
    optional: true
    options:
      - { value: conjoint, label: Conjoint marié }
      - { value: pacs, label: Partenaire de PACS }
      - { value: autre, label: Autre }
tasks:
  - id: obseques
    title: Organiser les obsèques
    organisation: { name: Pompes funèbres }
    after: [volontes]
    deadline: { from: date_deces, add: 6, unit: jours }
  - id: volontes
    title: Rechercher les dernières volontés
    organisation: { name: Notaire }
    deadline: { from: date_deces, add: 7, unit: jours }
  - id: declarer
    title: Déclarer le décès
    organisation: { name: Mairie }
    deadline: { from: date_deces, add: 1, unit: jours }
  - id: employeur
    title: Prévenir l'employeur
    when: salarie
    organisation: { name: Employeur }
    deadline: { from: date_deces, add: 2, unit: mois }
  - id: reversion
    title: Demander la pension de réversion
    when: statut == "conjoint"
    organisation: { name: Caisse de retraite }
  - id: juge
    title: Saisir le juge en cas de désaccord
    kind: advice
    organisation: { name: Tribunal judiciaire }
  - id: pacs_dissous
    title: Le PACS est dissous
    kind: automatic
    when: statut == "pacs"
    organisation: { name: Mairie }
`

describe('plan sections', () => {
  const journey = compileOk(YAML)

  it('computes periods from today: a death 23 days ago has no « 24 heures » group, past deadlines come first', () => {
    const plan = buildPlan(journey, { date_deces: '2026-11-10', salarie: true, statut: 'autre' }, '2026-12-03')
    expect(plan.groups.map((g) => g.id)).toEqual(['overdue', '6mois'])
    expect(plan.groups[0]!.tasks.map((t) => t.id)).toEqual(['declarer', 'volontes', 'obseques'])
    expect(plan.groups[0]!.tasks.every((t) => t.overdue && t.dueInDays! < 0)).toBe(true)
    expect(plan.tasks.find((t) => t.id === 'employeur')!.dueInDays).toBe(38)
  })

  it('puts a démarche named in `after` first even when its own date is later', () => {
    const plan = buildPlan(journey, { date_deces: '2026-12-02', salarie: false, statut: 'autre' }, '2026-12-03')
    const order = plan.tasks.map((t) => t.id)
    expect(order.indexOf('volontes')).toBeLessThan(order.indexOf('obseques'))
    expect(plan.tasks.find((t) => t.id === 'volontes')!.due).toBe('2026-12-09')
    expect(plan.tasks.find((t) => t.id === 'obseques')!.due).toBe('2026-12-08')
  })

  it('keeps advice and automatic entries out of the to-dos, counted apart', () => {
    const plan = buildPlan(journey, { date_deces: '2026-12-02', salarie: false, statut: 'pacs' }, '2026-12-03')
    expect(plan.advice.map((t) => t.id)).toEqual(['juge'])
    expect(plan.automatic.map((t) => t.id)).toEqual(['pacs_dissous'])
    expect(plan.groups.flatMap((g) => g.tasks).some((t) => t.kind !== 'todo')).toBe(false)
    expect(plan.counts).toEqual({ todo: 3, advice: 1, automatic: 1, maybe: 0 })
    expect(plan.tasks.slice(-2).map((t) => t.id)).toEqual(['juge', 'pacs_dissous'])
  })

  it('shows what a « Je ne sais pas » leaves undecided, with the answer that would decide', () => {
    const plan = buildPlan(journey, { date_deces: '2026-12-02', salarie: null, statut: null }, '2026-12-03')
    expect(plan.maybe.map((t) => t.id)).toEqual(['employeur', 'reversion', 'pacs_dissous'])
    expect(plan.counts.maybe).toBe(3)
    const employeur = plan.maybe[0]!
    expect(employeur.certainty).toBe('maybe')
    const typeset = (text: string) => text.replaceAll('\u202F', ' ')
    expect(employeur.decidedBy).toHaveLength(1)
    expect(employeur.decidedBy![0]!).toMatchObject({ question: 'salarie', label: 'La personne était salariée' })
    expect(employeur.decidedBy![0]!.text).toBe('si «\u202FLa personne était salariée\u202F»\u202F: oui')
    expect(typeset(plan.maybe[1]!.decidedBy![0]!.text)).toBe('si « Votre lien » : Conjoint marié')
    // An automatic entry undecided by a « Je ne sais pas » is « peut-être » too, never certain.
    expect(plan.automatic).toEqual([])
    expect(plan.maybe[2]!.kind).toBe('automatic')
    expect(plan.groups.flatMap((g) => g.tasks).map((t) => t.id)).not.toContain('employeur')
  })

  it('a condition unknown only because a question is not answered yet is not « peut-être »', () => {
    const plan = buildPlan(journey, { date_deces: '2026-12-02' }, '2026-12-03')
    expect(plan.maybe).toEqual([])
  })
})

describe('« Je ne sais pas » in the machine', () => {
  const journey = compileOk(YAML)

  it('accepts null only for an optional question, and keeps it through a snapshot', () => {
    const actor = createActor(createJourneyMachine(journey), { input: { today: '2026-12-03' } }).start()
    actor.send({ type: 'ANSWER', value: null })
    expect(actor.getSnapshot().context.current).toBe('date_deces')
    actor.send({ type: 'ANSWER', value: '2026-12-02' })
    actor.send({ type: 'ANSWER', value: null })
    expect(actor.getSnapshot().context.answers.salarie).toBeNull()
    expect(actor.getSnapshot().context.current).toBe('statut')
    const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))
    const restored = createActor(createJourneyMachine(journey), { snapshot, input: { today: '2026-12-03' } }).start()
    expect(restored.getSnapshot().context.answers.salarie).toBeNull()
  })
})

describe('« Je ne sais pas » kept', () => {
  const journey = compileOk(YAML)

  it('resumes a saved session holding null answers, and its plan says « peut-être »', () => {
    const { actor } = startSession(journey, { today: '2026-12-03' })
    for (const value of ['2026-12-02', null, null]) actor.send({ type: 'ANSWER', value })
    expect(actor.getSnapshot().matches('plan')).toBe(true)
    const saved = JSON.parse(JSON.stringify(saveSnapshot(actor)))
    const resumed = startSession(journey, { today: '2026-12-03', saved })
    expect(resumed.discarded).toBeUndefined()
    expect(resumed.actor.getSnapshot().context.answers).toEqual({ date_deces: '2026-12-02', salarie: null, statut: null })
    expect(viewOf(journey, resumed.actor.getSnapshot()).plan!.counts.maybe).toBe(3)
  })

  it('refuses a saved null for a question that is not optional', () => {
    const { actor } = startSession(journey, { today: '2026-12-03' })
    actor.send({ type: 'ANSWER', value: '2026-12-02' })
    const saved = JSON.parse(JSON.stringify(saveSnapshot(actor)))
    saved.context.answers.date_deces = null
    expect(startSession(journey, { today: '2026-12-03', saved }).discarded).toBe('unreadable')
  })

  it('keeps a null answer through pruning', () => {
    expect(pruneAnswers(journey, { date_deces: '2026-12-02', salarie: null }, '2026-12-03')).toEqual({ date_deces: '2026-12-02', salarie: null })
  })
})

describe('after: checked at load', () => {
  it('reports an unknown id with a suggestion, at its line', () => {
    const result = compile(YAML.replace('after: [volontes]', 'after: [volonte]'))
    const problem = result.diagnostics.find((d) => d.code === 'unknown-task')!
    expect(problem.message).toBe('Démarche inconnue « volonte » dans after. Vouliez-vous dire « volontes » ?')
    const lines = YAML.split('\n')
    const line = lines.findIndex((l) => l.includes('after: [volontes]'))
    expect(formatDiagnostic(problem)).toMatch(new RegExp(`^journeys/test\\.yaml:${line + 1}:${lines[line]!.indexOf('volontes') + 1} erreur : Démarche inconnue`))
    expect(result.journey).toBeUndefined()
  })

  it('reports a cycle', () => {
    const text = YAML.replace("    title: Rechercher les dernières volontés\n", "    title: Rechercher les dernières volontés\n    after: [declarer, obseques]\n")
    const result = compile(text)
    const cycles = result.diagnostics.filter((d) => d.code === 'order-cycle')
    expect(cycles).toHaveLength(1)
    const problem = cycles[0]!
    const lines = text.split('\n')
    const at = [lines.findIndex((l) => l.includes('after: [volontes]')), lines.findIndex((l) => l.includes('after: [declarer, obseques]'))]
    // Reported once, at the after: entry that closes the loop.
    expect(at.map((i) => i + 1)).toContain(problem.line)
    expect(problem.column).toBe(lines[problem.line - 1]!.indexOf(problem.line - 1 === at[0] ? 'volontes' : 'obseques') + 1)
    expect(problem.message).toContain('boucle')
    expect(problem.message).toContain('« obseques »')
    expect(result.journey).toBeUndefined()
  })

  it('refuses a démarche after itself', () => {
    const result = compile(YAML.replace('after: [volontes]', 'after: [obseques]'))
    expect(result.diagnostics.find((d) => d.code === 'order-cycle')!.message).toBe('La démarche « obseques » ne peut pas venir après elle-même.')
  })

  it('refuses an unknown kind through the schema', () => {
    const result = compile(YAML.replace('kind: advice', 'kind: conseil'))
    expect(result.journey).toBeUndefined()
    expect(result.diagnostics[0]!.line).toBe(YAML.split('\n').findIndex((l) => l.includes('kind: advice')) + 1)
  })
})

describe('maybe: in scenario files', () => {
  const journey = compileOk(YAML)
  const scenarios = (lists: string) => `scenarios:
  - name: Ne sait pas
    today: 2026-12-03
    answers:
      date_deces: 2026-12-02
      salarie: null
      statut: conjoint
${lists}`

  it('passes when the undecided démarches are listed in maybe', () => {
    const run = runScenarios(journey, 'test.scenarios.yaml', scenarios('    tasks: [reversion]\n    maybe: [employeur]\n'))
    expect(run.diagnostics).toEqual([])
  })

  it('fails, at the line, when a maybe démarche is expected as certain or a certain one as maybe', () => {
    const text = scenarios('    tasks: [employeur]\n    maybe: [reversion, employe]\n')
    const messages = runScenarios(journey, 'test.scenarios.yaml', text).diagnostics.map((d) => [d.line, d.message])
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1
    expect(messages).toEqual([
      [line('tasks:'), "Scénario « Ne sait pas » : la démarche « employeur » n'apparaît qu'en « Peut-être » (réponse « Je ne sais pas ») : listez-la dans maybe."],
      [line('maybe:'), 'Scénario « Ne sait pas » : la démarche « reversion » devrait apparaître en « Peut-être », mais elle est certaine.'],
      [line('maybe:'), 'Scénario « Ne sait pas » : démarche inconnue « employe ». Vouliez-vous dire « employeur » ?'],
    ])
  })
})

describe('the graph', () => {
  const graph = journeyToMermaid(compileOk(YAML))

  it('shows kinds, « Je ne sais pas » and the after: order', () => {
    expect(graph).toContain('q_salarie{{"La personne était salariée (ou « Je ne sais pas »)"}}')
    expect(graph).toMatch(/subgraph s_\d+ \["Si besoin"\]\n    t_juge\(\["Saisir le juge en cas de désaccord"\]\)/)
    expect(graph).toMatch(/subgraph s_\d+ \["Rien à faire"\]\n    t_pacs_dissous\[\/"Le PACS est dissous"\/\]/)
    expect(graph).toContain('q_salarie -.->|"peut-être, si « Je ne sais pas »"| t_employeur')
    expect(graph).toContain('t_volontes -.->|avant| t_obseques')
    expect(graph).not.toContain('q_date_deces{{"Date du décès (ou')
  })
})
