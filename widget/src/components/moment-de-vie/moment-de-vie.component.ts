import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { CompiledJourney, JourneyEvent, JourneySnapshot, Plan } from '../../../../engine/runtime/index.ts'
import type { BaseApiClient } from '../../api/base-client.ts'
import type { HistoryController } from '../../controllers/history-controller.ts'
import { JourneyController, type JourneyOptions, type JourneyView } from '../../controllers/journey-controller.ts'
import { LocalizeController } from '../../controllers/localize-controller.ts'
import { callbackBookedEvent, completeEvent, feedbackEvent, startEvent, stepEvent } from '../../events/index.ts'
import { DEFAULT_EXIT_URL, exitUrl, quickExit } from '../../events/quick-exit.ts'
import { toLocale, type Locale } from '../../i18n/index.ts'
import { loadDone, saveDone } from '../../storage/done-tasks.ts'
import { renewStatsSession, statsSession } from '../../storage/stats-session.ts'
import { withoutPrivateLink } from '../../storage/private-link.ts'
import { forgetEverything, openStore, type Store } from '../../storage/store.ts'
import '../mdv-question/mdv-question.ts'
import { apiClientFor, journeyUrl } from './addresses.ts'
import { openCallback } from './callback-request.ts'
import { forgetSharedAnswers, renderRestartConfirm, RESTART_SHARED_ID } from './confirmations.ts'
import { JourneyStats } from './journey-stats.ts'
import { renderQuestionScreen, reusedShown, type ScreenContext } from './journey-screens.ts'
import { LazyParts, type PartName } from './lazy-parts.ts'
import { momentDeVieStyles } from './moment-de-vie.styles.ts'
import { renderError, renderNotice } from './notices.ts'

/**
 * A "Moment de vie" journey that any site embeds: questions one per step, then the
 * personalised, dated to-do list, call-back booking and feedback.
 *
 * @summary An accessible public-service journey in one tag.
 *
 * @event mdv:start - The journey is shown. `detail: { journey, version, resumed }`.
 * @event mdv:step - A question is shown. `detail: { journey, question, step, total }` (the question's id, never an answer).
 * @event mdv:complete - The to-do list is shown after the last answer. `detail: { journey, tasks }`.
 * @event mdv:callback-booked - A call-back was booked. `detail: { journey }`.
 * @event mdv:feedback - Feedback was sent. `detail: { journey, rating }`.
 * @event mdv:quick-exit - "Quitter ce site" was pressed on a sensitive journey; cancelable (the host then handles the exit). `detail: { journey, url }`.
 *
 * @csspart container - The widget's outer box.
 * @csspart journey-title - The journey's title above every screen.
 * @csspart heading - Screen headings ("Étape X sur Y", "Vos démarches").
 * @csspart question - The question form.
 * @csspart legend - The question's text.
 * @csspart error-summary - The list of problems shown after an invalid answer.
 * @csspart error - An inline error message.
 * @csspart button - Every button (also `button-primary`, `button-secondary`, `button-tertiary`).
 * @csspart notice - Information boxes (answers restored, journey updated).
 * @csspart summary - The summary of answers.
 * @csspart plan - The to-do list.
 * @csspart group - A period of the to-do list.
 * @csspart task - One démarche.
 * @csspart callback - The call-back section.
 * @csspart feedback - The feedback section.
 * @csspart quick-exit - The safety banner of sensitive journeys (also `quick-exit-bar`, the sticky bar, and `quick-exit-button`).
 * @csspart caution - The warning before printing or adding to a calendar on sensitive journeys.
 *
 * @cssproperty --mdv-font-family - Font of the widget (default: Marianne if the page has it, else the system's sans-serif; never the page's serif).
 * @cssproperty --mdv-font-size - Base size, in px, of the text and of every size below (default 16px, whatever the page's root font size).
 * @cssproperty --mdv-font-size-heading - Screen headings (default 1.5 × the base size).
 * @cssproperty --mdv-font-size-question - Question text (default 1.25 × the base size).
 * @cssproperty --mdv-line-height - Line height (default 1.5).
 * @cssproperty --mdv-color-primary - Buttons, links, progress (default #000091).
 * @cssproperty --mdv-color-primary-hover - Primary button on hover.
 * @cssproperty --mdv-color-on-primary - Text on primary buttons (default #fff).
 * @cssproperty --mdv-color-text - Text (default #161616).
 * @cssproperty --mdv-color-text-muted - Help text (default #555).
 * @cssproperty --mdv-color-background - Behind the widget (default transparent).
 * @cssproperty --mdv-color-surface - Cards and fields (default #fff).
 * @cssproperty --mdv-color-border - Field and card borders (default #767676, 4.5:1 on white).
 * @cssproperty --mdv-color-error - Errors (default #ce0500).
 * @cssproperty --mdv-color-focus - Focus ring (default #0a76f6).
 * @cssproperty --mdv-radius - Corner radius (default 0.25 × the base size).
 * @cssproperty --mdv-max-width - Maximum width, for readable lines (default 48 × the base size, 768 px).
 * @cssproperty --mdv-space-1 - Spacing scale, from --mdv-space-1 (0.25 × the base size) to --mdv-space-6 (2 ×).
 * @cssproperty --mdv-sticky-top - Where « Quitter ce site » sticks, below a host's own sticky header (default 0).
 *
 * @tagname moment-de-vie
 */
export class MomentDeVie extends LitElement {
  static override styles = momentDeVieStyles

  static override properties = {
    journey: { type: String },
    src: { type: String },
    api: { type: String },
    lang: { type: String },
    theme: { type: String },
    noStorage: { type: Boolean, attribute: 'no-storage' },
    noAnalytics: { type: Boolean, attribute: 'no-analytics' },
    quickExitUrl: { type: String, attribute: 'quick-exit-url' },
    jdma: { type: String },
    hideTitle: { type: Boolean, attribute: 'hide-title' },
    historyMode: { type: String, attribute: 'history' },
    today: { type: String },
    confirmingRestart: { state: true },
    confirmingForget: { state: true },
    done: { state: true },
    announcement: { state: true },
    leaving: { state: true },
  }

  /** Journey id: loads `/journeys/<id>.json` from the server the script came from. */
  declare journey: string | undefined
  /** URL of a compiled journey JSON, instead of `journey`. */
  declare src: string | undefined
  /** Base URL of the server API (default: the widget script's origin). */
  declare api: string | undefined
  /** Interface language: French by default, `en` for English. */
  declare lang: string
  /** `dsfr`: render in the page (light DOM) with DSFR markup, styled by the site's DSFR stylesheet. Read once, when connected. */
  declare theme: string | undefined
  /** Where "Quitter ce site" goes on a sensitive journey (default: a search engine's home page). */
  declare quickExitUrl: string
  /** The « Je donne mon avis » address the Services Publics + observatory gave for this démarche (https://jedonnemonavis.numerique.gouv.fr/Demarches/…): its button is shown under the plan. */
  declare jdma: string | undefined
  /** Do not show the journey's title above each screen: the page's own h1 already says it. */
  declare hideTitle: boolean
  /** `off`: the browser's Back and Forward do not move between questions (for hosts that manage history). */
  declare historyMode: string | undefined
  /** Keep nothing in the browser (no resume, no shared answers, no check-offs). */
  declare noStorage: boolean
  /** Send no anonymous statistics to the server. */
  declare noAnalytics: boolean
  /** Today's date (`YYYY-MM-DD`) instead of the real one, for demonstrations and tests. */
  declare today: string | undefined
  /** @internal */
  declare confirmingRestart: boolean
  /** @internal */
  declare confirmingForget: boolean
  /** @internal */
  declare done: ReadonlySet<string>
  /** @internal */
  declare announcement: string
  /** @internal The quick exit is under way: nothing of the journey is shown. */
  declare leaving: boolean

  private readonly journeyController = new JourneyController(this)
  private readonly localize = new LocalizeController(this)
  private readonly parts = new LazyParts(this)
  /** Back and Forward between questions: a chunk downloaded once the first question is painted (startHistory). */
  private historyController: HistoryController | undefined
  private historyLoading: Promise<unknown> | undefined
  private store: Store = openStore(false)
  /** Move focus to the new screen's heading after the next render (not on first load: never steal the page's focus). */
  private focusPending = false
  private readonly stats = new JourneyStats(
    (type, question) => {
      const ready = this.ready
      if (!this.noAnalytics && ready) this.apiClient.stat(ready.journey.id, type, question, statsSession(ready.store, ready.journey.id))
    },
    () => this.ready && renewStatsSession(this.ready.store, this.ready.journey.id),
  )
  private readonly onPageHide = () => this.stats.abandon(this.ready?.view.question)
  /** Back from the exit page into a page kept in memory (answers erased, screen blank): the journey starts afresh. */
  private readonly onPageShow = () => {
    if (!this.leaving) return
    this.leaving = false
    this.journeyController.restartFromOptions({ fresh: true })
  }

  constructor() {
    super()
    this.confirmingRestart = false
    this.confirmingForget = false
    this.done = new Set()
    this.announcement = ''
    this.noStorage = false
    this.hideTitle = false
    this.quickExitUrl = DEFAULT_EXIT_URL
    this.leaving = false
    this.noAnalytics = false
  }

  get locale(): Locale {
    return toLocale(this.lang)
  }

  private get isDsfr(): boolean {
    return (this.theme ?? this.getAttribute('theme')) === 'dsfr'
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.isDsfr) return super.createRenderRoot()
    // Light DOM: the page's DSFR stylesheet styles the markup. Fallback content written
    // inside the element for browsers without JavaScript is replaced.
    this.replaceChildren()
    return this
  }

  override connectedCallback(): void {
    // Browsers without constructable stylesheets get <style> elements from Lit, which a strict CSP allows with this nonce.
    const nonce = this.nonce || this.getAttribute('nonce')
    if (nonce) (globalThis as { litNonce?: string }).litNonce ??= nonce
    this.store = openStore(!this.noStorage)
    super.connectedCallback()
    window.addEventListener('pagehide', this.onPageHide)
    window.addEventListener('pageshow', this.onPageShow)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('pagehide', this.onPageHide)
    window.removeEventListener('pageshow', this.onPageShow)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const reload = ['journey', 'src', 'today', 'noStorage'] as const
    if (this.hasUpdated && reload.some((k) => changed.has(k))) {
      this.store = openStore(!this.noStorage)
      this.journeyController.restartFromOptions()
    }
  }

  /** @internal For the journey controller: where the journey is and how to keep answers. */
  journeyOptions(): JourneyOptions | undefined {
    const url = journeyUrl(this.src, this.journey)
    if (!url) return undefined
    return { url, store: this.store, hash: location.hash, ...(this.today ? { today: this.today } : {}) }
  }

  private get apiClient(): BaseApiClient {
    return apiClientFor(this.api)
  }

  /** @internal For the history controller. */
  get historyEnabled(): boolean {
    return this.historyMode !== 'off'
  }

  /** @internal For the history controller. */
  historySnapshot(): { journey: string; snapshot: JourneySnapshot } | undefined {
    const ready = this.ready
    return ready ? { journey: ready.journey.id, snapshot: ready.snapshot } : undefined
  }

  /** @internal For the history controller: Back and Forward move the journey as its buttons do. */
  historySend(event: JourneyEvent): void {
    this.send(event)
  }

  private get ready() {
    const state = this.journeyController.state
    return state.status === 'ready' ? state : undefined
  }

  /** @internal Called by the journey controller. */
  journeyStarted(view: JourneyView, resumed: boolean): void {
    const ready = this.ready!
    this.done = loadDone(ready.store, ready.journey.id, ready.journey.version)
    this.stats.begin(ready.snapshot.context.history.length > 0, view.atPlan)
    // A private link is read once: off the address bar, so that a reload or a shared screen does not show it.
    if (ready.notice === 'link' || ready.notice === 'link-older') {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutPrivateLink(location.hash)}`)
    }
    this.startHistory()
    void this.updateComplete.then(() => {
      this.dispatchEvent(startEvent({ journey: ready.journey.id, version: ready.journey.version, resumed }))
      if (view.question) this.dispatchStep(ready.journey, view)
    })
  }

  /** @internal Called by the journey controller. */
  journeyChanged(previous: JourneyView, next: JourneyView): void {
    const ready = this.ready!
    const journey = ready.journey
    this.focusPending = true
    this.historyController?.changed()
    if (ready.snapshot.context.history.length > 0) this.stats.answered()
    if (next.question) {
      const question = journey.questions.find((q) => q.id === next.question)
      this.announcement = question?.label ?? ''
      void this.updateComplete.then(() => this.dispatchStep(journey, next))
    } else if (next.atPlan && !previous.atPlan) {
      const complete = this.stats.complete()
      // The plan is built by the plan's chunk: usually there already (fetched after the first question).
      const announce = () => {
        const tasks = this.planOf(ready.journey, ready.snapshot)?.tasks.length
        if (tasks === undefined) return
        this.announcement = this.localize.t.planReady(tasks)
        if (complete) void this.updateComplete.then(() => this.dispatchEvent(completeEvent({ journey: journey.id, tasks })))
      }
      if (this.parts.state('plan') === 'ready') announce()
      else void this.parts.load('plan').then((ok) => ok && announce())
    }
  }

  private planCache: { snapshot: JourneySnapshot; plan: Plan } | undefined

  /** The plan of a snapshot on the plan, built once by the plan's chunk; undefined until that chunk is there. */
  private planOf(journey: CompiledJourney, snapshot: JourneySnapshot): Plan | undefined {
    if (this.planCache?.snapshot === snapshot) return this.planCache.plan
    const part = this.parts.get('plan')
    if (!part) return undefined
    const { answers, today } = snapshot.context
    this.planCache = { snapshot, plan: part.buildPlan(journey, answers, today) }
    return this.planCache.plan
  }

  /** The journey is on screen: its history entry, once the history chunk is there (after the first paint). */
  private startHistory(): void {
    if (this.historyController) return this.historyController.started()
    if (!this.historyEnabled) return
    this.historyLoading ??= new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))).then(async () => {
      const loaded = await this.parts.load('history')
      this.historyLoading = undefined
      const part = this.parts.get('history')
      if (!loaded || !part) return
      // Lit calls hostConnected (the popstate listener) when a controller is added to a connected host.
      this.historyController ??= new part.HistoryController(this)
      this.historyController.started()
    })
  }

  private dispatchStep(journey: CompiledJourney, view: JourneyView): void {
    this.dispatchEvent(stepEvent({ journey: journey.id, question: view.question!, step: view.step, total: view.total }))
  }

  /** Resolves once the screen is rendered with the parts (and words) it needs, downloaded or failed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete()
    for (;;) {
      const waiting = [...this.parts.pending, ...this.localize.pending, ...(this.historyLoading ? [this.historyLoading] : [])]
      if (waiting.length === 0) return result
      await Promise.all(waiting)
      result = await super.getUpdateComplete()
    }
  }

  /** The parts the screen about to render needs, downloaded if they are not there yet. */
  private wantedParts(): PartName[] {
    const ready = this.ready
    const first: PartName[] = [
      ...(this.isDsfr ? (['dsfr'] as const) : []),
      ...(ready?.journey.sensitive ? (['quick-exit'] as const) : []),
      ...(this.showsReused ? (['summary'] as const) : []),
    ]
    if (!ready?.view.atPlan) return first
    return [...first, 'plan', 'summary', 'feedback', ...(ready.journey.callback ? (['callback'] as const) : [])]
  }

  /** A first question that lists answers reused from other journeys. */
  private get showsReused(): boolean {
    const ready = this.ready
    if (!ready?.view.question) return false
    const { answers, history } = ready.snapshot.context
    return reusedShown(answers, ready.reused, history.length === 0).length > 0
  }

  /**
   * The first screen waits for what it shows from a chunk: the DSFR theme's layout rules, a
   * sensitive journey's way out, the reused answers above a first question (a failed
   * download shows the screen, with « Réessayer » in the missing part's place).
   */
  private get themePending(): boolean {
    const pending = (name: PartName) => ['idle', 'loading'].includes(this.parts.state(name))
    return (
      (this.isDsfr && pending('dsfr')) ||
      (this.ready?.journey.sensitive === true && pending('quick-exit')) ||
      (this.showsReused && pending('summary'))
    )
  }

  protected override update(changed: PropertyValues<this>): void {
    this.parts.want(this.wantedParts())
    super.update(changed)
  }

  protected override async updated(): Promise<void> {
    // The plan screen is downloaded while the usager answers, after the question is painted
    // and after the history's small chunk, which the first answer needs.
    if (this.ready?.view.question) {
      if (this.historyLoading) void this.historyLoading.then(() => this.parts.prefetch('plan'))
      else this.parts.prefetch('plan')
    }
    const retried = await this.parts.focusRetried()
    if (retried === 'plan' && this.renderRoot.querySelector('mdv-plan')) this.focusPending = false
    if (retried) return
    if (!this.focusPending) return
    const screen = this.renderRoot.querySelector<HTMLElement & { focusHeading(): Promise<void> }>('mdv-question, mdv-plan')
    // While the plan downloads, its box holds the focus; the heading gets it once the plan is there.
    if (!screen) return this.renderRoot.querySelector<HTMLElement>('.mdv-part--plan')?.focus()
    this.focusPending = false
    await screen.focusHeading()
  }

  private renderPart(name: PartName, ready: () => TemplateResult): TemplateResult {
    return this.parts.render(this.localize.t, name, ready)
  }

  /** « Être rappelé » in the plan: the call-back section may still be downloading. */
  private async requestCallback(): Promise<void> {
    if (!(await this.parts.load('callback'))) return
    await this.updateComplete
    openCallback(this.renderRoot)
  }

  private send(event: Parameters<JourneyController['send']>[0]): void {
    this.confirmingRestart = false
    this.journeyController.send(event)
  }

  private askRestart(): void {
    this.confirmingRestart = true
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-mdv-restart]')?.focus())
  }

  private restart(): void {
    this.stats.reset()
    const ready = this.ready
    const forgetShared = this.renderRoot.querySelector<HTMLInputElement>(`#${RESTART_SHARED_ID}`)?.checked ?? false
    if (ready) {
      this.done = new Set()
      saveDone(ready.store, ready.journey.id, ready.journey.version, this.done)
    }
    if (forgetShared && ready) {
      forgetSharedAnswers(ready.store, ready.journey)
      this.confirmingRestart = false
      this.focusPending = true
      this.journeyController.restartFromOptions({ fresh: true })
      return
    }
    this.send({ type: 'RESTART' })
  }

  private askForget(): void {
    this.confirmingForget = true
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-mdv-forget]')?.focus())
  }

  /** « Effacer mes réponses sur cet appareil »: every journey's answers, shared answers and ticks. */
  private forget(): void {
    const ready = this.ready
    if (!ready) return
    forgetEverything(this.store)
    forgetEverything(ready.store)
    this.done = new Set()
    this.confirmingForget = false
    this.stats.reset()
    this.announcement = this.localize.t.forgotten
    this.focusPending = true
    this.journeyController.restartFromOptions({ fresh: true })
  }

  private cancelRestart(): void {
    this.confirmingRestart = false
    this.focusPending = true
  }

  private toggleDone(event: CustomEvent<{ task: string; title: string; done: boolean }>): void {
    const ready = this.ready
    if (!ready) return
    const done = new Set(this.done)
    if (event.detail.done) done.add(event.detail.task)
    else done.delete(event.detail.task)
    this.done = done
    saveDone(ready.store, ready.journey.id, ready.journey.version, done)
    const t = this.localize.t
    this.announcement = event.detail.done ? t.taskDone(event.detail.title) : t.taskUndone(event.detail.title)
  }

  override render(): TemplateResult {
    const t = this.localize.t
    const state = this.journeyController.state
    let body: TemplateResult
    if (this.leaving) body = html`<p class="mdv-exit__leaving" role="alert">${t.quickExitLoading}</p>`
    else if (state.status === 'idle') body = this.renderError(t.unknownJourney(this.journey ?? ''))
    // An English page waits for its words (a chunk) rather than flashing French ones.
    else if (state.status === 'loading' || !this.localize.ready || this.themePending) body = html`<p class="mdv-loading" role="status">${t.loading}</p>`
    else if (state.status === 'error') {
      const messages = { 'unknown-journey': t.unknownJourney(this.journey ?? this.src ?? ''), unreachable: t.unreachable, 'invalid-journey': t.invalidJourney }
      body = this.renderError(messages[state.reason])
    } else body = this.renderJourney()
    return html`<div class="mdv-root" part="container" lang=${this.locale}>${body}</div>`
  }

  private renderError(message: string): TemplateResult {
    return renderError(this.localize.t, message)
  }

  /**
   * Erases the answers, in storage and in memory (a page restored by Back shows nothing),
   * then leaves at once, replacing this page in the history, unless the host handles it.
   */
  private quickExit(): void {
    const url = exitUrl(this.quickExitUrl)
    const leave = quickExit(this, this.ready?.journey.id ?? '', url, [this.store, this.ready?.store])
    this.done = new Set()
    this.stats.reset()
    if (leave) {
      // Blank at once; nothing is written again before the page goes (a fresh start would save an empty session).
      this.leaving = true
      location.replace(url)
    } else this.journeyController.restartFromOptions({ fresh: true })
  }

  /** Under the plan (its chunk is there). */
  private renderRestartRow(journey: CompiledJourney): TemplateResult {
    const t = this.localize.t
    return html`<div class="fr-no-print mdv-restart">
      <button type="button" class="fr-btn fr-btn--tertiary-no-outline" part="button button-tertiary" @click=${this.askRestart}>
        ${t.restart}
      </button>
      ${journey.sensitive
        ? nothing
        : this.parts.get('plan')!.renderForget(t, {
            confirming: this.confirmingForget,
            onAsk: () => this.askForget(),
            onConfirm: () => this.forget(),
            onCancel: () => (this.confirmingForget = false),
          })}
    </div>`
  }

  private renderJourney(): TemplateResult {
    const ready = this.ready!
    const { journey, snapshot, view } = ready
    const { answers, today, history } = snapshot.context
    const t = this.localize.t
    const context: ScreenContext = {
      t,
      locale: this.locale,
      theme: this.isDsfr ? 'dsfr' : 'default',
      journey,
      answers,
      today,
      reused: ready.reused,
      api: this.apiClient,
      onEdit: (e) => this.send({ type: 'EDIT', question: e.detail.question }),
      part: (name, body) => this.renderPart(name, body),
    }
    const screen = view.question
      ? renderQuestionScreen(context, {
          view,
          canGoBack: history.length > 0,
          firstStep: history.length === 0,
          onAnswer: (e) => this.send({ type: 'ANSWER', value: e.detail.value }),
          onBack: () => this.send({ type: 'BACK' }),
          onRestart: () => this.askRestart(),
        })
      : this.renderPart('plan', () => !this.localize.complete
        // An English page's plan waits for the plan's English words (a chunk) rather than flashing French ones.
        ? html`<p class="mdv-loading" role="status">${t.loading}</p>`
        : this.parts.get('plan')!.renderPlanScreen(context, {
          plan: this.planOf(journey, snapshot)!,
          done: this.done,
          store: ready.store,
          restartRow: this.renderRestartRow(journey),
          parts: this.parts,
          part: (name, body) => this.renderPart(name, body),
          onToggle: (e) => this.toggleDone(e),
          onCallbackRequest: () => void this.requestCallback(),
          onBooked: () => this.dispatchEvent(callbackBookedEvent({ journey: journey.id })),
          onFeedback: (e) => this.dispatchEvent(feedbackEvent({ journey: journey.id, rating: e.detail.rating })),
          jdma: this.jdma,
        }))
    const contentLang = this.locale === 'fr' ? nothing : 'fr'
    const offerShared = ready.reused.length > 0 || journey.questions.some((q) => q.shared)
    return html`
      ${journey.sensitive
        ? this.renderPart('quick-exit', () => html`<mdv-quick-exit part="quick-exit" .locale=${this.locale} .theme=${context.theme} @mdv-exit=${() => this.quickExit()}></mdv-quick-exit>`)
        : nothing}
      ${this.hideTitle ? nothing : html`<p class="mdv-journey-title" part="journey-title" lang=${contentLang}>${journey.title}</p>`}
      <div class="fr-sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${renderNotice(t, ready.notice, journey.sensitive)}
      ${this.confirmingRestart
        ? renderRestartConfirm(t, { offerShared, onConfirm: () => this.restart(), onCancel: () => this.cancelRestart() })
        : nothing}
      ${screen}
    `
  }
}
