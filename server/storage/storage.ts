/**
 * The server's only state. Two implementations share one SQL dialect and one set of
 * migrations: PGlite (embedded, the default) and PostgreSQL (production, several
 * stateless server instances). Both are built by `createSqlStorage` over a small
 * driver (`SqlDriver`); the contract suite in test/server/storage runs against both.
 * @module
 */

export type StorageKind = 'pglite' | 'postgres'

export type CallbackStatus = 'booked' | 'called' | 'unreachable' | 'cancelled'
export const CALLBACK_STATUSES: readonly CallbackStatus[] = ['booked', 'called', 'unreachable', 'cancelled']

/** The answers in words and the plan, built on the server from raw answers (server/callbacks/summary.ts). */
export interface StructuredSummary {
  journeyVersion: number
  answers: { id: string; label: string; answer: string }[]
  /** `kind` (todo, advice « Si besoin », automatic « Automatique ») is absent in summaries stored before it was kept. */
  tasks: { id: string; title: string; period: string; due?: string; mandatory: boolean; kind?: 'todo' | 'advice' | 'automatic' }[]
}

/** A summary written by the widget itself (its answers as text). */
export interface TextSummary {
  text: string
}

/** What the agent sees of the journey, as consented by the usager. */
export type CallbackSummary = StructuredSummary | TextSummary

export function isTextSummary(summary: CallbackSummary): summary is TextSummary {
  return 'text' in summary
}

export interface NewCallback {
  reference: string
  journey: string
  centre: string
  start: Date
  end: Date
  /** Places of the slot, from the centre's configuration: checked by the database. */
  capacity: number
  phone: string
  name: string | null
  consent: boolean
  summary: CallbackSummary | null
  cancelTokenHash: string
  /** Keyed hash of the short cancel code (crypto.ts `keyedHash`). */
  cancelCodeHash: string | null
  idempotencyKeyHash: string | null
  requestHash: string | null
  now: Date
}

export interface StoredCallback {
  reference: string
  journey: string
  centre: string
  start: Date
  end: Date
  /** Null once the usager has cancelled: nothing personal is kept longer than needed. */
  phone: string | null
  name: string | null
  consent: boolean
  summary: CallbackSummary | null
  status: CallbackStatus
  statusAt: Date | null
  statusBy: string | null
  /** Who cancelled (the usager on /annuler or through the API, or an agent), and when. */
  cancelledBy: 'usager' | 'agent' | null
  cancelledAt: Date | null
  /** The usager's cancellation erased a summary they had shared. */
  summaryErased: boolean
  createdAt: Date
  cancelTokenHash: string
  /** Null for bookings made before cancel codes existed. */
  cancelCodeHash: string | null
  requestHash: string | null
}

export type BookingOutcome =
  | { outcome: 'booked'; callback: StoredCallback }
  /** Same Idempotency-Key as an earlier booking: that booking, nothing new. */
  | { outcome: 'replayed'; callback: StoredCallback }
  | { outcome: 'full' }
  | { outcome: 'reference-taken' }

export type StatusChange =
  | { outcome: 'updated'; callback: StoredCallback; previous: CallbackStatus }
  | { outcome: 'not-found' }
  /** Cancelled is final: its place has been given back. */
  | { outcome: 'cancelled' }
  | { outcome: 'not-allowed'; status: CallbackStatus }

export interface AgentToken {
  id: number
  name: string
  scopes: string[]
  /** Centre ids, or ['*'] for all. */
  centres: string[]
}

export interface FeedbackEntry {
  journey: string
  rating: number
  comment: string | null
  createdAt: Date
}

export type JourneyEventType = 'started' | 'completed' | 'abandoned'

export interface RawResults {
  events: { journey: string; type: JourneyEventType; question: string; count: number }[]
  ratings: { journey: string; rating: number; count: number }[]
  callbacks: { journey: string; due: number; honoured: number }[]
}

export interface CallbackStore {
  /** Books a place atomically: the capacity check and the insert are one statement. */
  bookCallback(input: NewCallback): Promise<BookingOutcome>
  findCallback(reference: string): Promise<StoredCallback | null>
  findByIdempotencyKey(keyHash: string): Promise<StoredCallback | null>
  /** Booked places per slot start (ms since epoch) of a centre, in [from, to). */
  bookedCounts(centre: string, from: Date, to: Date): Promise<Map<number, number>>
  listCallbacks(filter: { from: Date; to: Date; centres: readonly string[] | '*' }): Promise<StoredCallback[]>
  /**
   * Changes a callback's status; moving to `cancelled` gives its place back, and
   * `forget` (the usager's own cancellation) erases the phone, name and summary at once;
   * a cancellation records who made it: the usager with `forget`, an agent without.
   */
  setCallbackStatus(
    reference: string,
    change: { status: Exclude<CallbackStatus, 'booked'>; by: string; now: Date; forget?: boolean; onlyFrom?: readonly CallbackStatus[] },
  ): Promise<StatusChange>
  /**
   * Retention: deletes callbacks whose slot ended before `before`, after adding them to
   * the anonymous daily figures (their call ratings stay, unlinked), and erases feedback
   * and call-rating comments older than `before`.
   */
  purgeExpired(before: Date, honouredGraceMinutes: number): Promise<{ callbacks: number; comments: number }>
}

/** An usager's rating of a call they received (stored without anything personal). */
export interface CallSatisfaction {
  /** Null once retention has deleted the booking. */
  reference: string | null
  journey: string
  centre: string
  rating: number
  comment: string | null
  /** Paris civil day of the answer (AAAA-MM-JJ). */
  day: string
}

export type SatisfactionOutcome =
  | { outcome: 'added'; satisfaction: CallSatisfaction }
  | { outcome: 'not-found' }
  /** Only a call marked « Appelé » can be rated. */
  | { outcome: 'not-called'; status: CallbackStatus }
  | { outcome: 'already-answered'; satisfaction: CallSatisfaction }

export interface CallSatisfactionFigures {
  journey: string
  count: number
  average: number
  /** Count of each rating, 1 to 5. */
  distribution: [number, number, number, number, number]
}

export interface SatisfactionStore {
  /** Records the rating of a called booking, once: the check and the insert are one transaction. */
  addCallSatisfaction(entry: { reference: string; rating: number; comment: string | null; now: Date }): Promise<SatisfactionOutcome>
  /** The ratings of these bookings, by reference. */
  callSatisfactionOf(references: readonly string[]): Promise<Map<string, CallSatisfaction>>
  /** Latest ratings first (the console's « avis » page). */
  listCallSatisfaction(filter: { fromDay: string; limit: number }): Promise<CallSatisfaction[]>
  /** Per journey over Paris days [fromDay, toDay] (the results page). */
  callSatisfaction(filter: { fromDay: string; toDay: string }): Promise<CallSatisfactionFigures[]>
}

export interface FeedbackStore {
  addFeedback(entry: { journey: string; rating: number; comment: string | null; now: Date }): Promise<void>
  listFeedback(filter: { since: Date; journeys?: readonly string[]; limit: number }): Promise<FeedbackEntry[]>
}

export interface EventStore {
  /** Adds one to the day's counter; no identifier of any kind is stored. */
  countEvent(event: { day: string; journey: string; type: JourneyEventType; question: string | null }): Promise<void>
  results(filter: { fromDay: string; toDay: string; now: Date; honouredGraceMinutes: number }): Promise<RawResults>
}

export interface AgentStore {
  createAgentToken(token: { name: string; tokenHash: string; scopes: string[]; centres: string[]; now: Date }): Promise<AgentToken>
  findAgentToken(tokenHash: string): Promise<AgentToken | null>
  revokeAgentTokens(name: string, now: Date): Promise<number>
}

export interface RateLimitStore {
  /** Counts one request of a client in a fixed window; returns the window's count so far. */
  hitRateLimit(hit: { bucket: string; clientHash: string; windowStart: Date }): Promise<number>
  /** Deletes the counters of windows that started before `before`; returns how many. */
  purgeRateLimits(before: Date): Promise<number>
}

export interface Storage extends CallbackStore, SatisfactionStore, FeedbackStore, EventStore, AgentStore, RateLimitStore {
  readonly kind: StorageKind
  /**
   * The secret shared by every instance on this database: `candidate` is stored if none
   * is yet (the first instance to start wins), and the stored one is returned.
   */
  serverSecret(candidate: string): Promise<string>
  /** Fails when the database cannot answer (health check). */
  ping(): Promise<void>
  close(): Promise<void>
}

// The per-run journey funnel of /resultats, declared beside its SQL (merged into Storage).
import type { FunnelStore } from './queries/events.ts'
export interface Storage extends FunnelStore {}
