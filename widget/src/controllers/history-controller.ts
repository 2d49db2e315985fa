/**
 * The browser's Back and Forward between questions: one history entry per screen of the
 * journey, pushed with `history.pushState` and a marker in the entry's state object.
 * The URL never changes (no new `#…`): a private link's fragment and a host page's own
 * hash routing are left alone, and a host router's state is kept beside the marker.
 * `popstate` on one of our entries takes the journey to the screen that entry stands for.
 * Hosts that manage history themselves turn it off with `history="off"`.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { JourneyEvent, JourneySnapshot } from '../../../engine/runtime/index.ts'

/** What an entry remembers: which journey, its place among our entries, and the screen. */
interface Marker {
  journey: string
  /** Position among the entries this widget made (0: the one the journey started on). */
  n: number
  /** Questions behind the screen (the engine's `history.length`). */
  depth: number
  /** The plan, or a question. */
  plan: boolean
}

type Screen = Omit<Marker, 'n'>

const KEY = 'mdv'

export interface HistoryHost extends ReactiveControllerHost {
  /** `false` with `history="off"`. */
  readonly historyEnabled: boolean
  /** The journey's current state, `undefined` while loading. */
  historySnapshot(): { journey: string; snapshot: JourneySnapshot } | undefined
  /** Sends an event to the journey, as the usager's buttons do. */
  historySend(event: JourneyEvent): void
}

function markerOf(state: unknown, journey: string): Marker | undefined {
  const marker = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[KEY] : undefined
  if (typeof marker !== 'object' || marker === null) return undefined
  const m = marker as Partial<Marker>
  const ok = m.journey === journey && Number.isInteger(m.n) && typeof m.depth === 'number' && typeof m.plan === 'boolean'
  return ok ? (m as Marker) : undefined
}

function screenOf(journey: string, snapshot: JourneySnapshot): Screen {
  return { journey, depth: snapshot.context.history.length, plan: snapshot.context.current === null }
}

const same = (a: Screen, b: Screen) => a.depth === b.depth && a.plan === b.plan

/**
 * Whether `next` is further into the journey than `from`: an answer (a deeper question,
 * or the plan after the last one) or « Modifier » from the plan (a question at the plan's
 * depth). « Recommencer » and the widget's Back are not.
 */
function further(next: Screen, from: Screen): boolean {
  if (next.plan) return !from.plan
  return from.plan ? next.depth >= from.depth : next.depth > from.depth
}

/** Which way the engine must go from `at` to reach `target`: BACK (-1), an answer (+1), or there (0). */
function direction(target: Screen, at: Screen): number {
  if (target.plan) return at.plan ? 0 : 1
  if (at.plan) return -1
  return Math.sign(target.depth - at.depth)
}

/** The host's own state (a router's key…) with our marker beside it. */
function withMarker(marker: Marker): unknown {
  const state: unknown = history.state
  const base = typeof state === 'object' && state !== null && !Array.isArray(state) ? state : {}
  return { ...base, [KEY]: marker }
}

export class HistoryController implements ReactiveController {
  /** The screens of our entries by position, as far as this page knows them (not those before a reload). */
  private entries: (Screen | undefined)[] = []
  private index = 0
  private started_ = false
  /** Moving the journey because of popstate: those changes must not push entries. */
  private following = false
  /** history.back() calls made for the widget's own Back, whose popstate finds the screen already shown. */
  private ownBacks = 0
  private readonly onPopState = (event: PopStateEvent) => this.popped(event.state)

  constructor(private readonly host: HistoryHost) {
    host.addController(this)
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState)
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState)
    this.started_ = false
    this.entries = []
    this.ownBacks = 0
  }

  /** The journey is on screen: the current entry stands for it (after a reload, at the place it had). */
  started(): void {
    const current = this.host.historySnapshot()
    if (!this.host.historyEnabled || !current) return
    this.index = markerOf(history.state, current.journey)?.n ?? 0
    this.entries = []
    this.started_ = true
    this.write('replace', screenOf(current.journey, current.snapshot))
  }

  /**
   * The journey moved. Further in: a new entry. To the screen of the entry behind (the
   * widget's own Back): the browser goes back too, so that its Back and Forward keep
   * matching what was seen. Anything else (« Recommencer »): the entry is updated.
   */
  changed(): void {
    const current = this.host.historySnapshot()
    if (!this.host.historyEnabled || !current || !this.started_) return
    const next = screenOf(current.journey, current.snapshot)
    const from = this.entries[this.index]
    if (this.following || !from) return this.write('replace', next)
    if (same(next, from)) return
    const behind = this.entries[this.index - 1]
    // Only from our own entry: after the host's own navigation (a new #route), Back must not undo it.
    if (behind && same(behind, next) && markerOf(history.state, next.journey)?.n === this.index) {
      this.index -= 1
      this.ownBacks += 1
      history.back()
    } else if (further(next, from)) {
      this.index += 1
      this.entries.length = this.index
      this.write('push', next)
    } else {
      this.write('replace', next)
    }
  }

  private write(how: 'push' | 'replace', screen: Screen): void {
    this.entries[this.index] = screen
    const state = withMarker({ ...screen, n: this.index })
    if (how === 'push') history.pushState(state, '')
    else history.replaceState(state, '')
  }

  /** Back or Forward landed on one of our entries: go to its screen. */
  private popped(state: unknown): void {
    const current = this.host.historySnapshot()
    if (!this.host.historyEnabled || !current || !this.started_) return
    const target = markerOf(state, current.journey)
    if (this.ownBacks > 0) {
      this.ownBacks -= 1
      if (target) this.index = target.n
      return
    }
    if (!target) return
    this.index = target.n
    this.entries[this.index] = { journey: target.journey, depth: target.depth, plan: target.plan }
    this.follow(target)
  }

  private follow(target: Screen): void {
    this.following = true
    let way = 0
    try {
      // Each step changes the screen; stop when it does not, or would turn back (an answer no longer applies).
      for (let guard = 0; guard < 1000; guard++) {
        const now = this.host.historySnapshot()
        if (!now) return
        const step = direction(target, screenOf(now.journey, now.snapshot))
        if (step === 0 || (way !== 0 && step !== way)) return
        way = step
        if (step < 0) this.host.historySend({ type: 'BACK' })
        else {
          // Forward: the question on screen is answered again with the answer it kept.
          const question = now.snapshot.context.current
          const value = question === null ? undefined : now.snapshot.context.answers[question]
          if (value === undefined) return
          this.host.historySend({ type: 'ANSWER', value })
        }
        if (this.host.historySnapshot()?.snapshot === now.snapshot) return
      }
    } finally {
      this.following = false
    }
  }
}
