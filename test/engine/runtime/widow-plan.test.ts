/**
 * The reference plan of issue 9 (test/fixtures/widow.ts): its shape as the
 * usager meets it, the day after the death and 23 days later.
 */
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../../../engine/dates/iso-date.ts'
import { loadJourneys } from '../../../engine/node/journey-files.ts'
import { applicableQuestions } from '../../../engine/runtime/answers.ts'
import { buildPlan } from '../../../engine/runtime/plan.ts'

import { widowAnswers, WIDOW_JOURNEY } from '../../fixtures/widow.ts'

// Any day would do (the answers are relative to it); a fixed one keeps failures reproducible.
const TODAY = '2026-12-03'
const fixture = { today: TODAY, journey: WIDOW_JOURNEY, answers: widowAnswers(TODAY) }
const { journeys } = loadJourneys('journeys', { today: fixture.today })
const journey = journeys.get(fixture.journey)!.journey

/** The same situation `days` later: every date answer moved back. */
function later(days: number) {
  const answers = Object.fromEntries(
    Object.entries(fixture.answers).map(([id, value]) => [id, typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? addDays(value, -days) : value]),
  )
  return buildPlan(journey, answers, fixture.today)
}

describe('the widow’s plan', () => {
  const plan = buildPlan(journey, fixture.answers, fixture.today)
  const ids = plan.tasks.map((t) => t.id)

  it('answers every question the journey asks', () => {
    const unanswered = applicableQuestions(journey, fixture.answers, fixture.today).filter((q) => fixture.answers[q.id] === undefined)
    expect(unanswered.map((q) => q.id)).toEqual([])
  })

  it('holds 27 démarches: the to-dos and two « si besoin », nothing undecided', () => {
    expect(plan.counts.todo + plan.counts.advice + plan.counts.automatic).toBe(27)
    expect(plan.counts.maybe).toBe(0)
    expect(plan.advice.map((t) => t.id)).toEqual(['desaccord_obseques', 'prendre_soin_de_vous'])
    expect(plan.groups.flatMap((g) => g.tasks).every((t) => t.kind === 'todo' && t.certainty === 'certain')).toBe(true)
    expect(plan.tasks).toHaveLength(plan.counts.todo + plan.counts.advice + plan.counts.automatic + plan.counts.maybe)
  })

  it('the day after the death: nothing late, the 24 hours first, the hospital before the mairie', () => {
    expect(plan.groups[0]!.id).toBe('24h')
    expect(plan.groups.some((g) => g.id === 'overdue')).toBe(false)
    expect(plan.groups[0]!.tasks.map((t) => t.id)).toEqual(['contacter_etablissement', 'declarer_deces'])
    expect(plan.tasks.find((t) => t.id === 'declarer_deces')!.dueInDays).toBe(0)
  })

  it('puts « Rechercher les dernières volontés » before « Organiser les obsèques »', () => {
    expect(ids.indexOf('verifier_volontes')).toBeGreaterThanOrEqual(0)
    expect(ids.indexOf('verifier_volontes')).toBeLessThan(ids.indexOf('organiser_obseques'))
    // The banks ask for a copy of the death certificate.
    expect(ids.indexOf('copies_acte_deces')).toBeLessThan(ids.indexOf('prevenir_banques'))
  })

  it('counts days from today', () => {
    for (const task of plan.tasks) if (task.due) expect(task.dueInDays).toBe(daysBetween(fixture.today, task.due))
  })

  it('23 days after the death: no « Dans les 24 heures », what is late comes first, in the same order', () => {
    const late = later(22)
    expect(late.groups.map((g) => g.id)).not.toContain('24h')
    expect(late.groups.map((g) => g.id)).not.toContain('semaine')
    expect(late.groups[0]!.id).toBe('overdue')
    const first = late.groups[0]!.tasks.map((t) => t.id)
    expect(first.slice(0, 2)).toEqual(['contacter_etablissement', 'declarer_deces'])
    expect(first.indexOf('verifier_volontes')).toBeLessThan(first.indexOf('organiser_obseques'))
    expect(late.groups[0]!.tasks.every((t) => t.overdue)).toBe(true)
    // A period with no end stays where the editor put it.
    expect(late.tasks.find((t) => t.id === 'partager_biens')!.overdue).toBe(false)
    expect(late.counts).toEqual(plan.counts)
  })
})
