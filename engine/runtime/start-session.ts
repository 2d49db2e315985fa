/**
 * Starting a journey, and resuming one from a saved snapshot. Without the plan builder:
 * the widget's first question imports this file, and its plan chunk brings the plan
 * (session.ts adds viewOf, with the plan, for everything else).
 *
 * A snapshot saved by an older version of the journey, or damaged in storage,
 * restarts the journey cleanly (and says so) instead of crashing the page.
 * @module
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate'
import { todayInParis, type IsoDate } from '../dates/iso-date.ts'
import type { CompiledJourney } from '../journey/types.ts'
import { checkAnswer, type Answers } from './answers.ts'
import { createJourneyMachine, type JourneyMachine } from './journey-machine.ts'
import { progress } from './navigation.ts'

export type JourneyActor = Actor<JourneyMachine>
export type JourneySnapshot = SnapshotFrom<JourneyMachine>

export interface StartOptions {
  today?: IsoDate
  /** Answers to shared questions given in other journeys of the site. */
  reused?: Answers
  /** A snapshot saved earlier with `saveSnapshot` (parsed JSON, or anything found in storage). */
  saved?: unknown
}

export interface Session {
  actor: JourneyActor
  /** Why a saved snapshot was not used, when one was given. */
  discarded?: 'other-version' | 'unreadable'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether a saved snapshot belongs to this journey version and holds only valid answers. */
function checkSaved(journey: CompiledJourney, saved: unknown, today: IsoDate): 'ok' | 'other-version' | 'unreadable' {
  if (!isRecord(saved) || !isRecord(saved.context)) return 'unreadable'
  const context = saved.context
  if (context.journeyId !== journey.id) return 'unreadable'
  if (context.version !== journey.version) return 'other-version'
  if (!isRecord(context.answers) || !isRecord(context.reused) || !Array.isArray(context.history)) return 'unreadable'
  const byId = new Map(journey.questions.map((q) => [q.id, q]))
  for (const [id, value] of Object.entries(context.answers)) {
    const question = byId.get(id)
    // Date bounds move with time; an answer valid when given stays valid.
    if (!question || (checkAnswer(question, value, String(context.today ?? today)) !== undefined)) return 'unreadable'
  }
  if (context.current !== null && !byId.has(String(context.current))) return 'unreadable'
  // The state must be the one the context describes (XState would throw on an unknown state).
  const value = saved.value
  const expected = context.current === null ? 'plan' : { ask: context.current }
  if (JSON.stringify(value) !== JSON.stringify(expected)) return 'unreadable'
  return 'ok'
}

export function startSession(journey: CompiledJourney, options: StartOptions = {}): Session {
  const machine = createJourneyMachine(journey)
  const today = options.today ?? todayInParis()
  const fresh = (): JourneyActor => createActor(machine, { input: { today, reused: options.reused ?? {} } }).start()
  if (options.saved === undefined || options.saved === null) return { actor: fresh() }
  const verdict = checkSaved(journey, options.saved, today)
  if (verdict !== 'ok') return { actor: fresh(), discarded: verdict }
  try {
    const actor = createActor(machine, { snapshot: options.saved as JourneySnapshot, input: { today } }).start()
    // Time passed since the snapshot: conditions relative to today are re-evaluated.
    if (actor.getSnapshot().context.today !== today) actor.send({ type: 'SET_TODAY', today })
    return { actor }
  } catch {
    return { actor: fresh(), discarded: 'unreadable' }
  }
}

/** A JSON-safe snapshot to keep in localStorage. */
export function saveSnapshot(actor: JourneyActor): unknown {
  return actor.getPersistedSnapshot()
}

/**
 * What a screen needs from a snapshot, without the plan: the widget's first question must
 * not carry the plan builder, which its plan chunk brings (see viewOf for the plan).
 */
export function screenOf(journey: CompiledJourney, snapshot: JourneySnapshot): {
  question: string | null
  step: number
  total: number
  atPlan: boolean
} {
  const { answers, today, current, reused } = snapshot.context
  const { step, total } = progress(journey, answers, today, current, new Set(Object.keys(reused)))
  const atPlan = snapshot.matches('plan')
  return { question: atPlan ? null : current, step, total, atPlan }
}
