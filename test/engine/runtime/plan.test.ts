import { describe, expect, it } from 'vitest'
import { buildPlan } from '../../../engine/runtime/plan.ts'
import { compileOk } from '../helpers.ts'

const journey = compileOk()

describe('buildPlan', () => {
  it('lists the applicable tasks with due dates computed from the answers', () => {
    // Friday 3 April 2026; Monday 6 April is Easter Monday: 1 jour ouvré → Tuesday 7 April.
    const plan = buildPlan(journey, { lieu: 'france', date_deces: '2026-04-03', lien: 'conjoint', age: 50 }, '2026-04-03')
    expect(plan.tasks.map((t) => [t.id, t.due])).toEqual([
      ['declarer', '2026-04-07'],
      ['succession', '2026-10-03'],
      ['veuvage', '2028-04-03'],
    ])
  })

  it('groups tasks by period, in the order of the periods', () => {
    const plan = buildPlan(journey, { lieu: 'france', date_deces: '2026-04-03', lien: 'conjoint', age: 50 }, '2026-04-03')
    expect(plan.groups.map((g) => [g.id, g.label, g.tasks.map((t) => t.id)])).toEqual([
      ['semaine', 'Dans la semaine', ['declarer']],
      ['6mois', 'Dans les 6 mois', ['succession']],
      ['plus-tard', 'Plus tard', ['veuvage']],
    ])
  })

  it('picks the first deadline rule whose condition holds', () => {
    const plan = buildPlan(journey, { lieu: 'etranger', date_deces: '2026-04-03', lien: 'autre' }, '2026-04-03')
    expect(plan.tasks.find((t) => t.id === 'succession')?.due).toBe('2027-04-03')
  })

  it('explains why a task applies from the answers that made it apply', () => {
    const plan = buildPlan(journey, { lieu: 'france', date_deces: '2026-04-03', lien: 'conjoint', age: 60 }, '2026-04-03')
    const reversion = plan.tasks.find((t) => t.id === 'reversion')!
    // Typeset like every text the usager reads (narrow no-break spaces before « ? » and « : »).
    expect(reversion.why).toBe('car vous avez indiqué\u202F: Quel lien\u202F?\u202F: Conjoint\u202F; Quel âge avez-vous\u202F?\u202F: 60')
    expect(plan.tasks.find((t) => t.id === 'succession')!.why).toBe('Cette démarche concerne toutes les situations de ce parcours.')
  })

  it('words the deadline and flags overdue tasks', () => {
    const plan = buildPlan(journey, { lieu: 'france', date_deces: '2026-03-02', lien: 'autre' }, '2026-03-10')
    const declarer = plan.tasks.find((t) => t.id === 'declarer')!
    expect(declarer).toMatchObject({ due: '2026-03-03', overdue: true, deadline: '1 jour ouvré après «\u202FDate du décès\u202F»' })
    expect(declarer.fiches).toEqual([{ id: 'F909', kind: 'fiche', title: 'Déclaration de décès', url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F909' }])
  })

  it('ignores answers to questions that no longer apply', () => {
    const plan = buildPlan(journey, { lieu: 'france', date_deces: '2026-04-03', lien: 'autre', age: 60 }, '2026-04-03')
    expect(plan.tasks.map((t) => t.id)).not.toContain('reversion')
  })

  it('has no due date when the starting date is unknown', () => {
    const plan = buildPlan(journey, { lieu: 'france', lien: 'autre' }, '2026-04-03')
    const declarer = plan.tasks.find((t) => t.id === 'declarer')!
    expect(declarer.due).toBeUndefined()
    expect(declarer.period).toBe('24h')
  })
})

describe('buildPlan caching', () => {
  it('gives the same plan as a fresh computation, whatever the order of answers and edits', async () => {
    const fc = (await import('fast-check')).default
    const { startSession } = await import('../../../engine/runtime/session.ts')
    const values: Record<string, unknown[]> = {
      lieu: ['france', 'etranger'],
      date_deces: ['2026-03-06', '2026-01-31', '2025-12-24'],
      lien: ['conjoint', 'autre'],
      age: [40, 55, 70],
    }
    const step = fc.oneof(
      fc.record({ type: fc.constant('ANSWER' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('EDIT' as const), question: fc.constantFrom('lieu', 'date_deces', 'lien', 'age') }),
      fc.record({ type: fc.constant('BACK' as const) }),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 14 }), (steps) => {
        const { actor } = startSession(journey, { today: '2026-03-10' })
        for (const s of steps) {
          const current = actor.getSnapshot().context.current
          if (s.type === 'ANSWER' && current) {
            const options = values[current]!
            actor.send({ type: 'ANSWER', value: options[s.pick % options.length] as never })
          } else if (s.type !== 'ANSWER') actor.send(s as never)
          const answers = actor.getSnapshot().context.answers
          const cached = buildPlan(journey, answers, '2026-03-10')
          const fresh = buildPlan(structuredClone(journey), structuredClone(answers), '2026-03-10')
          expect(cached.tasks).toEqual(fresh.tasks)
          expect(cached.groups.map((g) => g.id)).toEqual(fresh.groups.map((g) => g.id))
        }
      }),
      { numRuns: 200 },
    )
  })
})
