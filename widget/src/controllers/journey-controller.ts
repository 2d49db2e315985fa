/**
 * Runs a journey for a component: loads the compiled JSON, starts the engine's actor
 * in hostConnected (resuming saved answers, reusing shared ones) and stops it in
 * hostDisconnected. Every change is saved to the browser and re-renders the host.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
// Not the runtime's index: it would bring the plan builder into the first question's download.
import { todayInParis } from '../../../engine/dates/iso-date.ts'
import type { CompiledJourney, JourneyEvent, Answers } from '../../../engine/runtime/index.ts'
import { saveSnapshot, screenOf, startSession, type JourneyActor, type JourneySnapshot } from '../../../engine/runtime/start-session.ts'
import { acceptedAnswers, readPrivateLink } from '../storage/private-link.ts'
import { forgetJourney, loadSession, saveSession } from '../storage/session-store.ts'
import { loadSharedAnswers, saveSharedAnswers } from '../storage/shared-answers.ts'
import { openTabStore, type Store } from '../storage/store.ts'
import { loadJourney, type LoadFailure } from './load-journey.ts'

/** The plan itself is built by the plan's chunk (see the root element), not by the first question's code. */
export interface JourneyView {
  question: string | null
  step: number
  total: number
  atPlan: boolean
}

export interface JourneyOptions {
  url: string
  store: Store
  today?: string
  /** The page's URL fragment: a private link (`#mdv=…`) restores its answers. */
  hash?: string
}

/** How the journey started, told to the usager once. */
export type Notice = 'other-version' | 'unreadable' | 'resumed' | 'link' | 'link-older'

export type JourneyState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; reason: LoadFailure }
  | { status: 'ready'; journey: CompiledJourney; snapshot: JourneySnapshot; view: JourneyView; notice?: Notice; reused: string[]; store: Store }

export interface JourneyHost extends ReactiveControllerHost {
  journeyOptions(): JourneyOptions | undefined
  /** Called after each change of the engine's state (not on the first one). */
  journeyChanged?(previous: JourneyView, next: JourneyView): void
  /** Called once the journey is ready, with the first view. */
  journeyStarted?(view: JourneyView, resumed: boolean): void
}

export class JourneyController implements ReactiveController {
  state: JourneyState = { status: 'idle' }
  private actor?: JourneyActor
  private unsubscribe?: () => void
  /** A snapshot kept in memory across disconnection (moved in the DOM, or storage off). */
  private kept?: { url: string; snapshot: unknown }
  /** Bumped on every (re)start so that a late fetch for an old start is ignored. */
  private generation = 0

  constructor(private readonly host: JourneyHost) {
    host.addController(this)
  }

  hostConnected(): void {
    void this.start()
  }

  hostDisconnected(): void {
    this.generation += 1
    const options = this.host.journeyOptions()
    if (this.actor && options) this.kept = { url: options.url, snapshot: saveSnapshot(this.actor) }
    this.stop()
  }

  /**
   * Reloads the journey (after `journey`, `src` or `today` changed). `fresh`: after the
   * usager erased their answers, start from nothing, not even a private link in the URL.
   */
  restartFromOptions(options: { fresh?: boolean } = {}): void {
    this.kept = undefined
    this.stop()
    void this.start(options.fresh ?? false)
  }

  send(event: JourneyEvent): void {
    this.actor?.send(event)
  }

  private stop(): void {
    this.unsubscribe?.()
    this.unsubscribe = undefined
    this.actor?.stop()
    this.actor = undefined
  }

  private async start(fresh = false): Promise<void> {
    const generation = ++this.generation
    const found = this.host.journeyOptions()
    const options = found && fresh ? { ...found, hash: '' } : found
    if (!options) {
      this.state = { status: 'idle' }
      this.host.requestUpdate()
      return
    }
    this.state = { status: 'loading' }
    this.host.requestUpdate()
    const result = await loadJourney(options.url)
    if (generation !== this.generation) return
    if (!result.ok) {
      this.state = { status: 'error', reason: result.reason }
      this.host.requestUpdate()
      return
    }
    const journey = result.journey
    const today = options.today ?? todayInParis()
    // A sensitive journey (violences…) keeps nothing in localStorage, which someone else may
    // read later: only the tab's session (a link followed and Back), erased by the quick exit.
    // Answers to shared questions given elsewhere are still offered; this journey adds none to them.
    const store = journey.sensitive ? openTabStore(options.store) : options.store
    if (journey.sensitive) forgetJourney(options.store, journey.id)
    const stored = loadSession(store, journey.id, journey.version)
    const kept = this.kept?.url === options.url ? this.kept.snapshot : undefined
    const reused = loadSharedAnswers(options.store, journey, today)
    const link = !journey.sensitive && options.hash ? readPrivateLink(options.hash, journey.id) : undefined
    let session
    try {
      session = startSession(journey, { today, reused, saved: link ? undefined : (kept ?? stored.saved) })
    } catch {
      // A journey the engine cannot run (hand-edited JSON) must not break the page.
      this.state = { status: 'error', reason: 'invalid-journey' }
      this.host.requestUpdate()
      return
    }
    this.kept = undefined
    let notice: Notice | undefined
    if (link) {
      notice = replayLink(session.actor, journey, acceptedAnswers(journey, link, today))
    } else {
      // « Nous avons repris vos réponses » only when there were answers to take up.
      const resumed = (kept ?? stored.saved) !== undefined && !session.discarded && session.actor.getSnapshot().context.history.length > 0
      notice = stored.otherVersion ? 'other-version' : session.discarded ?? (resumed && !kept ? 'resumed' : undefined)
    }
    const resumed = notice === 'resumed' || (kept !== undefined && session.actor.getSnapshot().context.history.length > 0)
    this.actor = session.actor
    const reusedIds = Object.keys(session.actor.getSnapshot().context.reused)
    const update = (snapshot: JourneySnapshot) => {
      const view = screenOf(journey, snapshot)
      saveSession(store, journey.id, journey.version, saveSnapshot(session.actor))
      saveSharedAnswers(store, journey, snapshot.context.answers)
      return view
    }
    const first = this.actor.getSnapshot()
    const firstView = update(first)
    this.state = { status: 'ready', journey, snapshot: first, view: firstView, reused: reusedIds, store, ...(notice ? { notice } : {}) }
    this.unsubscribe = this.actor.subscribe((snapshot) => {
      if (this.state.status !== 'ready' || snapshot === this.state.snapshot) return
      const previous = this.state.view
      const view = update(snapshot)
      // The notice is about how the journey started; it goes once the usager moves on.
      this.state = { status: 'ready', journey, snapshot, view, reused: reusedIds, store }
      this.host.journeyChanged?.(previous, view)
      this.host.requestUpdate()
    }).unsubscribe
    this.host.journeyStarted?.(firstView, resumed)
    this.host.requestUpdate()
  }
}

/** Answers the questions in order with the link's answers, as the usager would, until one is missing. */
function replayLink(actor: JourneyActor, journey: CompiledJourney, link: { answers: Answers; partial: boolean }): Notice {
  for (let guard = 0; guard <= journey.questions.length; guard++) {
    const current = actor.getSnapshot().context.current
    if (current === null || !(current in link.answers)) break
    const before = actor.getSnapshot()
    actor.send({ type: 'ANSWER', value: link.answers[current]! })
    if (actor.getSnapshot() === before) break
  }
  return link.partial ? 'link-older' : 'link'
}
