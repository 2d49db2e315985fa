import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { applicableQuestions, buildPlan, formatDateFr, questionName, type Answers, type CompiledJourney } from '../../../../engine/runtime/index.ts'
import { ApiClient } from '../../api/client.ts'
import { JourneyController, type JourneyOptions, type JourneyView } from '../../controllers/journey-controller.ts'
import { LocalizeController } from '../../controllers/localize-controller.ts'
import { callbackBookedEvent, completeEvent, feedbackEvent, quickExitEvent, startEvent, stepEvent } from '../../events/index.ts'
import { answerText } from '../../i18n/format.ts'
import { toLocale, translations, type Locale } from '../../i18n/index.ts'
import { loadDone, saveDone } from '../../storage/done-tasks.ts'
import { sessionKey, sharedKey } from '../../storage/keys.ts'
import { withoutPrivateLink } from '../../storage/private-link.ts'
import { forgetEverything, openStore, type Store } from '../../storage/store.ts'
import '../mdv-callback/mdv-callback.ts'
import '../mdv-feedback/mdv-feedback.ts'
import '../mdv-plan/mdv-plan.ts'
import '../mdv-question/mdv-question.ts'
import '../mdv-summary/mdv-summary.ts'
import { adoptDsfrGlue } from './dsfr-glue.styles.ts'
import { momentDeVieStyles } from './moment-de-vie.styles.ts'

const JOURNEY_ID = /^[a-z0-9][a-z0-9-]*$/

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
 * @csspart quick-exit - The safety banner of sensitive journeys (also `quick-exit-button`).
 *
 * @cssproperty --mdv-font-family - Font of the widget (default: the page's).
 * @cssproperty --mdv-font-size - Base font size (default 1rem).
 * @cssproperty --mdv-font-size-heading - Screen headings (default 1.5rem).
 * @cssproperty --mdv-font-size-question - Question text (default 1.25rem).
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
 * @cssproperty --mdv-radius - Corner radius (default 0.25rem).
 * @cssproperty --mdv-max-width - Maximum width (default 48rem).
 * @cssproperty --mdv-space-1 - Spacing scale, from --mdv-space-1 (0.25rem) to --mdv-space-6 (2rem).
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
    today: { type: String },
    confirmingRestart: { state: true },
    confirmingForget: { state: true },
    done: { state: true },
    announcement: { state: true },
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

  private readonly journeyController = new JourneyController(this)
  private readonly localize = new LocalizeController(this)
  private store: Store = openStore(false)
  /** Move focus to the new screen's heading after the next render (not on first load: never steal the page's focus). */
  private focusPending = false
  private started = false
  private completed = false
  private readonly onPageHide = () => this.reportAbandon()

  constructor() {
    super()
    this.confirmingRestart = false
    this.confirmingForget = false
    this.done = new Set()
    this.announcement = ''
    this.noStorage = false
    this.quickExitUrl = 'https://www.google.fr/'
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
    adoptDsfrGlue(this.ownerDocument)
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('pagehide', this.onPageHide)
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
    let url: string
    try {
      if (this.src) url = new URL(this.src, document.baseURI).href
      else if (this.journey && JOURNEY_ID.test(this.journey)) url = new URL(`/journeys/${this.journey}.json`, import.meta.url).href
      else return undefined
    } catch {
      return undefined
    }
    return { url, store: this.store, hash: location.hash, ...(this.today ? { today: this.today } : {}) }
  }

  private get apiClient(): ApiClient {
    let base: URL
    try {
      base = new URL(this.api ?? '/', this.api ? document.baseURI : import.meta.url)
    } catch {
      base = new URL('/', import.meta.url)
    }
    if (!base.pathname.endsWith('/')) base.pathname += '/'
    return new ApiClient(base)
  }

  private get ready() {
    const state = this.journeyController.state
    return state.status === 'ready' ? state : undefined
  }

  /** @internal Called by the journey controller. */
  journeyStarted(view: JourneyView, resumed: boolean): void {
    const ready = this.ready!
    this.done = loadDone(ready.store, ready.journey.id, ready.journey.version)
    this.started = ready.snapshot.context.history.length > 0
    this.completed = view.plan !== null
    // A private link is read once: off the address bar, so that a reload or a shared screen does not show it.
    if (ready.notice === 'link' || ready.notice === 'link-older') {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutPrivateLink(location.hash)}`)
    }
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
    if (!this.started && ready.snapshot.context.history.length > 0) {
      this.started = true
      this.stat('started')
    }
    if (next.question) {
      const question = journey.questions.find((q) => q.id === next.question)
      this.announcement = question?.label ?? ''
      void this.updateComplete.then(() => this.dispatchStep(journey, next))
    } else if (next.plan && !previous.plan) {
      this.announcement = this.localize.t.planReady(next.plan.tasks.length)
      // Once per run: coming back to the list after changing an answer is not a new completion.
      if (this.completed) return
      this.completed = true
      this.stat('completed')
      void this.updateComplete.then(() => this.dispatchEvent(completeEvent({ journey: journey.id, tasks: next.plan!.tasks.length })))
    }
  }

  private dispatchStep(journey: CompiledJourney, view: JourneyView): void {
    this.dispatchEvent(stepEvent({ journey: journey.id, question: view.question!, step: view.step, total: view.total }))
  }

  private stat(type: 'started' | 'completed' | 'abandoned', question?: string): void {
    const ready = this.ready
    if (!this.noAnalytics && ready) this.apiClient.stat(ready.journey.id, type, question)
  }

  private reportAbandon(): void {
    const ready = this.ready
    if (this.started && !this.completed && ready?.view.question) this.stat('abandoned', ready.view.question)
  }

  protected override async updated(): Promise<void> {
    if (!this.focusPending) return
    this.focusPending = false
    const screen = this.renderRoot.querySelector<HTMLElement & { focusHeading(): Promise<void> }>('mdv-question, mdv-plan')
    await screen?.focusHeading()
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
    this.started = false
    this.completed = false
    const ready = this.ready
    const forgetShared = this.renderRoot.querySelector<HTMLInputElement>('#mdv-restart-shared')?.checked ?? false
    if (ready) {
      this.done = new Set()
      saveDone(ready.store, ready.journey.id, ready.journey.version, this.done)
    }
    if (forgetShared && ready) {
      // Shared answers (date of birth…) are reused by every journey: forgetting them means starting without any.
      for (const key of ready.store.keys()) if (key.startsWith(sharedKey(''))) ready.store.remove(key)
      ready.store.remove(sessionKey(ready.journey.id, ready.journey.version))
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
    this.started = false
    this.completed = false
    this.announcement = this.localize.t.forgotten
    this.focusPending = true
    this.journeyController.restartFromOptions({ fresh: true })
  }

  private requestCallback(): void {
    const callback = this.renderRoot.querySelector<HTMLElement>('mdv-callback')
    if (!callback) return
    callback.scrollIntoView({ block: 'start' })
    const button = callback.querySelector<HTMLButtonElement>('button')
    if (button && !callback.querySelector('form')) button.click()
    void (callback as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete?.then(() =>
      (callback.querySelector<HTMLElement>('[data-mdv-heading], h2, h3, legend') ?? button)?.focus?.(),
    )
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

  /**
   * What the agent reads before calling, in French (the call centre's language): the
   * answers, then the démarches the usager was shown, so nothing is asked twice.
   */
  private summaryForAgent(journey: CompiledJourney, answers: Answers, today: string): string {
    const fr = translations('fr')
    const lines = applicableQuestions(journey, answers, today)
      .filter((q) => answers[q.id] !== undefined)
      .map((q) => `${questionName(q)} : ${answerText(fr, q, answers[q.id]!)}`)
    const tasks = buildPlan(journey, answers, today).tasks.map(
      (task) => `- ${task.title}${task.due ? ` (au plus tard le ${formatDateFr(task.due)})` : ''}`,
    )
    // The API keeps at most 8,000 characters of summary; never let a long plan block a booking.
    return [journey.title, ...lines, '', 'Démarches affichées :', ...tasks].join('\n').slice(0, 8000)
  }

  override render(): TemplateResult {
    const t = this.localize.t
    const state = this.journeyController.state
    let body: TemplateResult
    if (state.status === 'idle') body = this.renderError(t.unknownJourney(this.journey ?? ''))
    else if (state.status === 'loading') body = html`<p class="mdv-loading" role="status">${t.loading}</p>`
    else if (state.status === 'error') {
      const messages = { 'unknown-journey': t.unknownJourney(this.journey ?? this.src ?? ''), unreachable: t.unreachable, 'invalid-journey': t.invalidJourney }
      body = this.renderError(messages[state.reason])
    } else body = this.renderJourney()
    return html`<div class="mdv-root" part="container" lang=${this.locale}>${body}</div>`
  }

  private renderError(message: string): TemplateResult {
    return html`<div class="fr-alert fr-alert--error" role="alert" part="notice">
      <h2 class="fr-alert__title">${this.localize.t.errorTitle}</h2>
      <p>${message}</p>
    </div>`
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.ready?.notice
    if (!notice) return nothing
    const t = this.localize.t
    const text = {
      'other-version': t.discardedOtherVersion,
      unreadable: t.discardedUnreadable,
      resumed: t.resumed,
      link: t.restoredFromLink,
      'link-older': t.restoredOlderLink,
    }[notice]
    const kind = notice === 'resumed' || notice === 'link' ? 'info' : 'warning'
    return html`<div class="fr-alert fr-alert--${kind} fr-alert--sm fr-no-print" part="notice"><p>${text}</p></div>`
  }

  private renderRestartConfirm(): TemplateResult | typeof nothing {
    if (!this.confirmingRestart) return nothing
    const t = this.localize.t
    return html`<div class="fr-alert fr-alert--warning fr-no-print" part="notice" tabindex="-1" data-mdv-restart
      role="group" aria-labelledby="mdv-restart-text">
      <p id="mdv-restart-text">${t.restartConfirm}</p>
      ${this.ready?.reused.length || this.ready?.journey.questions.some((q) => q.shared)
        ? html`<div class="fr-checkbox-group mdv-restart__shared">
            <input type="checkbox" id="mdv-restart-shared" />
            <label class="fr-label" for="mdv-restart-shared">${t.restartForgetShared}</label>
          </div>`
        : nothing}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button type="button" class="fr-btn" part="button button-primary" @click=${this.restart}>${t.restartYes}</button></li>
        <li><button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${this.cancelRestart}>${t.cancel}</button></li>
      </ul>
    </div>`
  }

  private renderForget(): TemplateResult {
    const t = this.localize.t
    if (!this.confirmingForget) {
      return html`<button type="button" class="fr-btn fr-btn--tertiary-no-outline" part="button button-tertiary" @click=${this.askForget}>
        ${t.forget}
      </button>`
    }
    return html`<div class="fr-alert fr-alert--warning" part="notice" tabindex="-1" data-mdv-forget role="group" aria-labelledby="mdv-forget-text">
      <p id="mdv-forget-text">${t.forgetConfirm}</p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button type="button" class="fr-btn" part="button button-primary" @click=${this.forget}>${t.forgetYes}</button></li>
        <li><button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${() => (this.confirmingForget = false)}>${t.cancel}</button></li>
      </ul>
    </div>`
  }

  /** Leaves at once, without a history entry back to this page, unless the host handles it. */
  private quickExit(): void {
    const journey = this.ready?.journey.id ?? ''
    const event = quickExitEvent({ journey, url: this.quickExitUrl })
    if (this.dispatchEvent(event)) location.replace(this.quickExitUrl)
  }

  private renderQuickExit(): TemplateResult {
    const t = this.localize.t
    return html`<div class="mdv-quick-exit fr-no-print" part="quick-exit">
      <p>${t.sensitiveNotice}</p>
      <button type="button" class="fr-btn fr-btn--secondary" part="button quick-exit-button" @click=${this.quickExit}>${t.quickExit}</button>
    </div>`
  }

  private renderJourney(): TemplateResult {
    const ready = this.ready!
    const { journey, snapshot, view } = ready
    const { answers, today, history } = snapshot.context
    const common = { locale: this.locale, theme: this.isDsfr ? 'dsfr' : 'default' } as const
    const contentLang = this.locale === 'fr' ? nothing : 'fr'
    const edit = (e: CustomEvent<{ question: string }>) => this.send({ type: 'EDIT', question: e.detail.question })
    let screen: TemplateResult
    if (view.question) {
      const question = journey.questions.find((q) => q.id === view.question)!
      const reused = ready.reused.filter((id) => answers[id] !== undefined)
      screen = html`
        ${history.length === 0 && reused.length
          ? html`<mdv-summary .locale=${common.locale} .theme=${common.theme} .journey=${journey} .answers=${answers} .reused=${reused}
              .only=${reused} .today=${today} .heading=${this.localize.t.reusedIntro} @mdv-edit=${edit}></mdv-summary>`
          : nothing}
        <mdv-question .locale=${common.locale} .theme=${common.theme} .question=${question} .value=${answers[question.id]}
          .step=${view.step} .total=${view.total} .today=${today} .canGoBack=${history.length > 0} .api=${this.apiClient}
          @mdv-answer=${(e: CustomEvent<{ value: Answers[string] }>) => this.send({ type: 'ANSWER', value: e.detail.value })}
          @mdv-back=${() => this.send({ type: 'BACK' })} @mdv-restart=${this.askRestart}></mdv-question>
      `
    } else {
      const plan = view.plan!
      screen = html`
        <mdv-plan .locale=${common.locale} .theme=${common.theme} .plan=${plan} .journey=${journey} .answers=${answers} .done=${this.done}
          @mdv-toggle=${this.toggleDone} @mdv-callback-request=${this.requestCallback}></mdv-plan>
        <details class="mdv-answers fr-no-print" part="answers">
          <summary class="mdv-answers__summary">${this.localize.t.summaryToggle(Object.keys(answers).length)}</summary>
          <mdv-summary .locale=${common.locale} .theme=${common.theme} .journey=${journey} .answers=${answers} .reused=${ready.reused}
            .today=${today} .heading=${this.localize.t.summaryTitle} @mdv-edit=${edit}></mdv-summary>
        </details>
        <div class="fr-no-print mdv-restart">
          <button type="button" class="fr-btn fr-btn--tertiary-no-outline" part="button button-tertiary" @click=${this.askRestart}>
            ${this.localize.t.restart}
          </button>
          ${journey.sensitive ? nothing : this.renderForget()}
        </div>
        ${journey.callback
          ? html`<mdv-callback .locale=${common.locale} .theme=${common.theme} .journey=${journey.id} .api=${this.apiClient}
              .store=${ready.store} .today=${today} .summary=${this.summaryForAgent(journey, answers, today)}
              @mdv-booked=${() => this.dispatchEvent(callbackBookedEvent({ journey: journey.id }))}></mdv-callback>`
          : nothing}
        <mdv-feedback .locale=${common.locale} .theme=${common.theme} .journey=${journey.id} .api=${this.apiClient}
          @mdv-sent=${(e: CustomEvent<{ rating: number }>) => this.dispatchEvent(feedbackEvent({ journey: journey.id, rating: e.detail.rating }))}
        ></mdv-feedback>
      `
    }
    return html`
      ${journey.sensitive ? this.renderQuickExit() : nothing}
      <p class="mdv-journey-title" part="journey-title" lang=${contentLang}>${journey.title}</p>
      <div class="fr-sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.renderNotice()} ${this.renderRestartConfirm()} ${screen}
    `
  }
}
