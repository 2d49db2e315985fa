/**
 * The public figures (/resultats and /api/results) from the anonymous counters: the
 * funnel per journey run (started ≥ completed + abandoned by construction), abandonment
 * as a share of the runs started, a weekly trend, ratings and callbacks honoured.
 * @module
 */
import { addDays, dayOfWeek, todayInParis } from '../../engine/dates/iso-date.ts'
import type { JourneyCatalogue } from '../journeys/catalogue.ts'
import type { Storage } from '../storage/storage.ts'

/** An agent marking a callback "called" this long after its slot still honoured it. */
export const HONOURED_GRACE_MINUTES = 15

export interface Results {
  period: { from: string; to: string; days: number }
  journeys: { journey: string; title: string; started: number; completed: number; abandoned: number; completionRate: number | null }[]
  /** `rate`: share of the journey's runs started in the period that stopped at this question. */
  abandonment: { journey: string; journeyTitle: string; question: string; label: string; count: number; rate: number | null }[]
  /** Each week (its Monday) touching the period; the first and last may be partial. */
  weeks: { week: string; started: number; completed: number }[]
  satisfaction: { journey: string; title: string; count: number; average: number | null; distribution: number[] }[]
  /** Ratings of the callbacks themselves, given by usagers after the call. */
  callSatisfaction: { journey: string; title: string; count: number; average: number | null; distribution: number[] }[]
  callbacks: { due: number; honoured: number; rate: number | null; byJourney: { journey: string; due: number; honoured: number; rate: number | null }[] }
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null)

/** The Monday of `day`'s week. */
export const mondayOf = (day: string) => addDays(day, -((dayOfWeek(day) + 6) % 7))

function everyWeek(from: string, to: string, counted: { week: string; started: number; completed: number }[]): Results['weeks'] {
  const weeks: Results['weeks'] = []
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) {
    const found = counted.find((w) => w.week === week)
    weeks.push({ week, started: found?.started ?? 0, completed: found?.completed ?? 0 })
  }
  return weeks
}

export async function computeResults(storage: Storage, journeys: JourneyCatalogue, now: Date, days: number): Promise<Results> {
  const to = todayInParis(now)
  const from = addDays(to, -(days - 1))
  const [raw, funnel, calls] = await Promise.all([
    storage.results({ fromDay: from, toDay: to, now, honouredGraceMinutes: HONOURED_GRACE_MINUTES }),
    storage.funnel({ fromDay: from, toDay: to }),
    storage.callSatisfaction({ fromDay: from, toDay: to }),
  ])
  const title = (id: string) => journeys.get(id)?.journey.title ?? id
  const ids = [...new Set([...journeys.list.map((j) => j.id), ...funnel.journeys.map((e) => e.journey), ...raw.ratings.map((r) => r.journey)])]

  const abandonedIn = (journey: string) => funnel.abandonment.filter((a) => a.journey === journey).reduce((n, a) => n + a.count, 0)
  const journeyFigures = ids.map((journey) => {
    const counted = funnel.journeys.find((j) => j.journey === journey)
    const started = counted?.started ?? 0
    const completed = counted?.completed ?? 0
    return { journey, title: title(journey), started, completed, abandoned: abandonedIn(journey), completionRate: ratio(completed, started) }
  })

  // Questions in asking order, so the chart reads like the journey.
  const order = (journey: string, question: string) => journeys.get(journey)?.journey.questions.findIndex((q) => q.id === question) ?? -1
  const abandonment = funnel.abandonment
    .map((a) => {
      const q = journeys.get(a.journey)?.journey.questions.find((x) => x.id === a.question)
      const started = journeyFigures.find((j) => j.journey === a.journey)?.started ?? 0
      return { ...a, journeyTitle: title(a.journey), label: q ? (q.short ?? q.label) : a.question, rate: ratio(a.count, started) }
    })
    .sort((a, b) => a.journey.localeCompare(b.journey) || order(a.journey, a.question) - order(b.journey, b.question))

  const satisfaction = ids.map((journey) => {
    const distribution = [1, 2, 3, 4, 5].map((rating) => raw.ratings.find((r) => r.journey === journey && r.rating === rating)?.count ?? 0)
    const count = distribution.reduce((a, b) => a + b, 0)
    const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0)
    return { journey, title: title(journey), count, average: count ? Math.round((sum / count) * 100) / 100 : null, distribution }
  })

  const due = raw.callbacks.reduce((n, r) => n + r.due, 0)
  const honoured = raw.callbacks.reduce((n, r) => n + r.honoured, 0)
  return {
    period: { from, to, days },
    journeys: journeyFigures,
    abandonment,
    weeks: everyWeek(from, to, funnel.weeks),
    satisfaction,
    callSatisfaction: calls
      .filter((c) => c.count > 0)
      .map((c) => ({ journey: c.journey, title: title(c.journey), count: c.count, average: Math.round(c.average * 100) / 100, distribution: [...c.distribution] })),
    callbacks: {
      due,
      honoured,
      rate: ratio(honoured, due),
      byJourney: raw.callbacks.map((r) => ({ journey: r.journey, due: r.due, honoured: r.honoured, rate: ratio(r.honoured, r.due) })),
    },
  }
}
