/**
 * Deadline rules as the widget words them, in French and in English: the plan carries the
 * rule as data (with the name of its start date) so that the interface language decides.
 */
import { describe, expect, it } from 'vitest'
import { buildPlan } from '../../engine/runtime/plan.ts'
import { en } from '../../widget/src/i18n/en.ts'
import { fr } from '../../widget/src/i18n/fr.ts'
import { compileOk, JOURNEY_HEAD } from '../engine/helpers.ts'

describe('deadline rules in the interface language', () => {
  it.each([
    [{ from: 'date_deces', add: 14, unit: 'jours', anchor: 'Date du décès' }, '14 jours après « Date du décès »', '14 days after “Date du décès”'],
    [{ from: 'date_deces', add: 1, unit: 'jours_ouvres', anchor: 'Date du décès' }, '1 jour ouvré après « Date du décès »', '1 business day (Monday to Friday) after “Date du décès”'],
    [{ from: 'date_deces', add: 6, unit: 'jours_ouvrables' }, '6 jours ouvrables après la date indiquée', '6 working days (Monday to Saturday) after the date you gave'],
    [{ from: 'date_prevue', add: -2, unit: 'mois', anchor: 'Date prévue' }, '2 mois avant « Date prévue »', '2 months before “Date prévue”'],
    [{ from: 'today', add: 3, unit: 'semaines' }, 'dans 3 semaines', 'within 3 weeks'],
    [{ from: 'today', add: 1, unit: 'ans' }, 'dans 1 an', 'within 1 year'],
    [{ from: 'today', add: 0, unit: 'jours' }, "aujourd'hui", 'today'],
    [{ before: '2027-03-12' }, 'avant le 12 mars 2027', 'by 12 March 2027'],
    [{ from: 'date_naissance', add: 195, unit: 'mois', label: '3 mois après vos 16 ans' }, '3 mois après vos 16 ans', '3 mois après vos 16 ans'],
    [{ from: 'date_naissance', add: 5, unit: 'jours', nextWorkingDay: true }, '5 jours après la date indiquée, reporté au jour ouvré suivant si c’est un samedi, un dimanche ou un jour férié', '5 days after the date you gave, moved to the next business day if that is a Saturday, a Sunday or a public holiday'],
  ] as const)('%j', (rule, french, english) => {
    expect(fr.deadlineRule(rule)).toBe(french)
    expect(en.deadlineRule(rule)).toBe(english)
  })

  it('the plan carries the rule with the short name of its start date, beside the French words', () => {
    const journey = compileOk(`${JOURNEY_HEAD}questions:
  - id: date_deces
    type: date
    label: Quelle est la date du décès ?
    short: Date du décès
    max: today
tasks:
  - id: declarer
    title: Déclarer le décès
    organisation: { name: Mairie }
    deadline: { from: date_deces, add: 1, unit: jours_ouvres }
`)
    const [task] = buildPlan(journey, { date_deces: '2026-11-20' }, '2026-11-24').tasks
    expect(task!.rule).toEqual({ from: 'date_deces', add: 1, unit: 'jours_ouvres', anchor: 'Date du décès' })
    expect(task!.deadline).toBe('1 jour ouvré après «\u202fDate du décès\u202f»') // typeset: narrow no-break spaces inside « »
    expect(en.deadlineRule(task!.rule!)).toBe('1 business day (Monday to Friday) after “Date du décès”')
  })
})
