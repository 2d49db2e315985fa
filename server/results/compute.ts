/**
 * The public figures (/resultats and /api/results) from the anonymous counters.
 * @module
 */
import { addDays, todayInParis } from '../../engine/dates/iso-date.ts'
import type { JourneyCatalogue } from '../journeys/catalogue.ts'
import type { Storage } from '../storage/storage.ts'

/** An agent marking a callback "called" this long after its slot still honoured it. */
export const HONOURED_GRACE_MINUTES = 15

export interface Results {
  period: { from: string; to: string }
  journeys: { journey: string; title: string; started: number; completed: number; abandoned: number; completionRate: number | null }[]
  abandonment: { journey: string; question: string; label: string; count: number }[]
  satisfaction: { journey: string; title: string; count: number; average: number | null; distribution: number[] }[]
  callbacks: { due: number; honoured: number; rate: number | null; byJourney: { journey: string; due: number; honoured: number; rate: number | null }[] }
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null)

export async function computeResults(storage: Storage, journeys: JourneyCatalogue, now: Date, days: number): Promise<Results> {
  const to = todayInParis(now)
  const from = addDays(to, -(days - 1))
  const raw = await storage.results({ fromDay: from, toDay: to, now, honouredGraceMinutes: HONOURED_GRACE_MINUTES })
  const title = (id: string) => journeys.get(id)?.journey.title ?? id
  const ids = [...new Set([...journeys.list.map((j) => j.id), ...raw.events.map((e) => e.journey), ...raw.ratings.map((r) => r.journey)])]

  const total = (journey: string, type: string) => raw.events.filter((e) => e.journey === journey && e.type === type).reduce((n, e) => n + e.count, 0)
  const journeyFigures = ids.map((journey) => {
    const started = total(journey, 'started')
    const completed = total(journey, 'completed')
    return { journey, title: title(journey), started, completed, abandoned: total(journey, 'abandoned'), completionRate: ratio(completed, started) }
  })

  // Questions in asking order, so the chart reads like the journey.
  const order = (journey: string, question: string) => journeys.get(journey)?.journey.questions.findIndex((q) => q.id === question) ?? -1
  const abandonment = raw.events
    .filter((e) => e.type === 'abandoned')
    .map((e) => {
      const q = journeys.get(e.journey)?.journey.questions.find((x) => x.id === e.question)
      return { journey: e.journey, question: e.question, label: q ? (q.short ?? q.label) : e.question, count: e.count }
    })
    .sort((a, b) => a.journey.localeCompare(b.journey) || order(a.journey, a.question) - order(b.journey, b.question))

  const satisfaction = ids
    .map((journey) => {
      const distribution = [1, 2, 3, 4, 5].map((rating) => raw.ratings.find((r) => r.journey === journey && r.rating === rating)?.count ?? 0)
      const count = distribution.reduce((a, b) => a + b, 0)
      const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0)
      return { journey, title: title(journey), count, average: count ? Math.round((sum / count) * 100) / 100 : null, distribution }
    })

  const due = raw.callbacks.reduce((n, r) => n + r.due, 0)
  const honoured = raw.callbacks.reduce((n, r) => n + r.honoured, 0)
  return {
    period: { from, to },
    journeys: journeyFigures,
    abandonment,
    satisfaction,
    callbacks: {
      due,
      honoured,
      rate: ratio(honoured, due),
      byJourney: raw.callbacks.map((r) => ({ journey: r.journey, due: r.due, honoured: r.honoured, rate: ratio(r.honoured, r.due) })),
    },
  }
}
