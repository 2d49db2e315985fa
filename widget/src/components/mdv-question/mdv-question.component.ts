import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { keyed } from 'lit/directives/keyed.js'
import type { CompiledQuestion } from '../../../../engine/runtime/index.ts'
import type { AnswerValue } from '../../answer-value.ts'
import { countryName } from '../../i18n/format.ts'
import type { InputProblem } from '../../i18n/index.ts'
import { LightElement } from '../light-element.ts'
import { addStyles } from '../moment-de-vie/lazy-parts.ts'
import type { BaseApiClient } from '../../api/base-client.ts'
import { autocompleteFor } from './autocomplete.ts'
import type { CommuneCombobox } from './commune-combobox.ts'
import { DONT_KNOW, fieldId, readAnswer } from './read-answer.ts'
import { renderInline } from '../../render/markdown.ts'

/** DSFR's stepper styles `data-fr-steps` from 1 to 8. */
const DSFR_STEPPER_MAX = 8

/**
 * One question of the journey on its own screen: the "Étape X sur Y" heading, the
 * native controls of its type inside a fieldset (or a labelled field), help text,
 * inline errors and an error summary linking to the field.
 *
 * @event mdv-answer - Internal: a valid answer, `detail.value`.
 * @event mdv-back - Internal: the usager asked for the previous question.
 * @event mdv-restart - Internal: the usager asked to start again.
 * @csspart heading - The "Étape X sur Y" heading.
 * @csspart error-summary - The box listing the problems.
 * @csspart button - Every button; `button-primary` is "Continuer".
 *
 * @tagname mdv-question
 */
type CountriesModule = typeof import('../../data/countries.ts')
/** The country list: a chunk downloaded with the first country question (most journeys have none). */
let countriesModule: CountriesModule | undefined
let countriesLoading: Promise<CountriesModule | undefined> | undefined
/** Browsers fail a module that failed once at once: a retry asks for it under another URL (as lazy-parts.ts does). */
let countriesFailedUrl: string | undefined
function loadCountries(): Promise<CountriesModule | undefined> {
  const load = countriesFailedUrl
    ? () => import(/* @vite-ignore */ `${countriesFailedUrl}?retry=${Date.now()}`) as Promise<CountriesModule>
    : () => import('../../data/countries.ts')
  return (countriesLoading ??= load().then(
    (module) => (countriesModule = module),
    (error: unknown) => {
      // Asked again by « Réessayer » or the next country question.
      countriesLoading = undefined
      const url = /(https?:\/\/[^\s"']+?\.js)\b/.exec(String(error instanceof Error ? error.message : error))?.[1]
      if (url) countriesFailedUrl = url.replace(/\?retry=\d+$/, '')
      return undefined
    },
  ))
}

/** Shadow roots that have the commune picker's styles (added once, whichever question downloads it). */
const styledRoots = new WeakSet<ShadowRoot>()

export class MdvQuestion extends LightElement {
  static override properties = {
    ...LightElement.properties,
    question: { attribute: false },
    value: { attribute: false },
    step: { attribute: false },
    total: { attribute: false },
    today: { attribute: false },
    canGoBack: { attribute: false },
    api: { attribute: false },
    problem: { state: true },
    problemField: { state: true },
  }

  declare question: CompiledQuestion
  declare value: AnswerValue | undefined
  declare step: number
  declare total: number
  declare today: string
  declare canGoBack: boolean
  /** The server, for the commune picker; without it a commune is typed as its INSEE code. */
  declare api: BaseApiClient | undefined
  declare problem: InputProblem | undefined
  declare problemField: string

  constructor() {
    super()
    this.step = 1
    this.total = 1
    this.canGoBack = false
    this.problemField = ''
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new question starts without the previous one's error.
    if (changed.has('question')) this.problem = undefined
    if (changed.has('question') && this.question.type === 'country' && !countriesModule) this.loadCountryList()
    if ((changed.has('question') || changed.has('value')) && this.question.type === 'commune') {
      if (this.api && !this.communeFailed) void this.loadCommuneField()
      this.commune?.reset(typeof this.value === 'string' ? this.value : undefined)
    }
  }

  private countriesLoading: Promise<void> | undefined
  /** The country list's chunk could not be downloaded: say so, with « Réessayer », never an empty list. */
  private countriesFailed = false

  private loadCountryList(): void {
    this.countriesFailed = false
    this.countriesLoading = loadCountries().then((module) => {
      this.countriesLoading = undefined
      this.countriesFailed = !module
      this.requestUpdate()
    })
  }
  /** The commune question's combobox and field, downloaded with the first commune question. */
  private commune: CommuneCombobox | undefined
  private communeField: typeof import('./commune-field.ts') | undefined
  private communeLoading: Promise<void> | undefined
  private communeFailed = false

  private emit(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail }))
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault()
    const result = readAnswer(this.question, event.target as HTMLFormElement, this.today)
    if (result.ok) {
      this.emit('mdv-answer', { value: result.value })
      return
    }
    this.problem = result.problem
    this.problemField = result.field
    this.emit('mdv-problem', { message: this.message })
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-mdv-error-summary]')?.focus())
  }

  private get message(): string {
    return this.problem ? this.localize.t.problem(this.problem, this.question) : ''
  }

  /** Error-summary links go to the field with script: in-page anchors do not reach into a shadow root. */
  private focusField(event: Event): void {
    event.preventDefault()
    this.querySelector<HTMLElement>(`#${this.problemField}`)?.focus()
  }

  /** "Aucune de ces situations" unticks the others, and the others untick it. */
  private onCheckbox(event: Event): void {
    const box = event.target as HTMLInputElement
    if (!box.checked) return
    const exclusive = new Set([DONT_KNOW, ...(this.question.options?.filter((o) => o.exclusive).map((o) => o.value) ?? [])])
    for (const other of this.querySelectorAll<HTMLInputElement>('input[name="answer"]')) {
      if (other !== box && (exclusive.has(box.value) || exclusive.has(other.value))) other.checked = false
    }
  }

  override render(): unknown {
    const t = this.localize.t
    // A new form per question: controls keep the state the usager gave them (a ticked box,
    // typed text), which must not carry over to the next question's controls.
    return keyed(this.question.id, html`
      <form novalidate @submit=${this.onSubmit} class="mdv-question" part="question">
        <div class="fr-stepper">
          <h2 class="fr-stepper__title" tabindex="-1" data-mdv-heading part="heading">
            <span class="fr-stepper__state">${t.step(this.step, this.total)}</span>
          </h2>
          ${this.renderProgress()}
        </div>
        ${this.problem ? this.renderSummary() : nothing} ${this.renderField()} ${this.renderDontKnow()}
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li><button class="fr-btn" type="submit" part="button button-primary">${t.continue}</button></li>
          ${this.canGoBack
            ? html`<li>
                <button class="fr-btn fr-btn--secondary" type="button" part="button button-secondary" @click=${() => this.emit('mdv-back')}>
                  ${t.back}
                </button>
              </li>`
            : nothing}
          ${this.canGoBack
            ? html`<li>
                <button class="fr-btn fr-btn--tertiary-no-outline" type="button" part="button button-tertiary" @click=${() => this.emit('mdv-restart')}>
                  ${t.restart}
                </button>
              </li>`
            : nothing}
        </ul>
      </form>
    `)
  }

  /**
   * The bar under « Étape X sur Y » (its words say it to screen readers). DSFR's stepper
   * draws at most 8 steps: a longer journey gets a bar in DSFR's colours (dsfr-glue.styles.ts).
   */
  private renderProgress(): TemplateResult {
    if (this.theme === 'dsfr' && this.total <= DSFR_STEPPER_MAX) {
      return html`<div class="fr-stepper__steps" data-fr-current-step=${this.step} data-fr-steps=${this.total}></div>`
    }
    return html`<progress class="mdv-progress" max=${this.total} value=${this.step} aria-hidden="true"></progress>`
  }

  private renderSummary(): TemplateResult {
    const t = this.localize.t
    return html`
      <div class="fr-alert fr-alert--error mdv-error-summary" tabindex="-1" data-mdv-error-summary part="error-summary"
        aria-labelledby=${fieldId(this.question.id, 'summary-title')}>
        <h3 class="fr-alert__title" id=${fieldId(this.question.id, 'summary-title')}>${t.errorSummaryTitle}</h3>
        <ul>
          <li><a href="#${this.problemField}" @click=${this.focusField}>${this.message}</a></li>
        </ul>
      </div>
    `
  }

  private renderError(): TemplateResult | typeof nothing {
    if (!this.problem) return nothing
    return html`<p class="fr-message fr-message--error fr-error-text" id=${fieldId(this.question.id, 'error')} part="error">
      <span class="fr-sr-only">${this.localize.t.errorPrefix}</span> ${this.message}
    </p>`
  }

  private renderHelp(text: string | undefined, hint?: string): TemplateResult | typeof nothing {
    const help = text ?? hint
    // Help with a number to call (« appelez le 17 ») carries its tel: links, compiled as blocks.
    const shown = text && this.question.helpBlocks ? renderInline(this.question.helpBlocks) : help
    return help ? html`<span class="fr-hint-text" lang=${text ? this.contentLang : nothing}>${shown}</span>` : nothing
  }

  private renderField(): TemplateResult {
    switch (this.question.type) {
      case 'single':
      case 'multiple':
      case 'boolean':
        return this.renderChoices()
      case 'date':
        return this.renderDate()
      case 'country':
        return this.renderCountry()
      case 'commune':
        return this.api && !this.communeFailed ? this.renderCommune() : this.renderInput()
      default:
        return this.renderInput()
    }
  }

  /** A fieldset whose accessible name is its legend and whose description is the error, DSFR style. */
  private fieldset(body: TemplateResult, extraClass = ''): TemplateResult {
    const q = this.question
    const legendId = fieldId(q.id, 'legend')
    return html`
      <fieldset class="fr-fieldset ${extraClass} ${this.problem ? 'fr-fieldset--error' : ''}"
        aria-labelledby="${legendId} ${fieldId(q.id, 'messages')}">
        <legend class="fr-fieldset__legend" id=${legendId} part="legend">
          <span lang=${this.contentLang}>${q.label}</span>
          ${this.renderHelp(q.help, q.type === 'date' ? this.localize.t.dateHint : undefined)}
        </legend>
        ${body}
        <div class="fr-messages-group" id=${fieldId(q.id, 'messages')} aria-live="polite">${this.renderError()}</div>
      </fieldset>
    `
  }

  /** For an optional question typed in (a date, a number…): a box « Je ne sais pas » under the field. */
  private renderDontKnow(): TemplateResult | typeof nothing {
    const q = this.question
    if (!q.optional || q.type === 'single' || q.type === 'multiple' || q.type === 'boolean') return nothing
    const id = fieldId(q.id, 'dont-know')
    return html`<div class="fr-checkbox-group mdv-dont-know">
      <input type="checkbox" id=${id} name="dont-know" .value=${DONT_KNOW} ?checked=${this.value === null} />
      <label class="fr-label" for=${id}>${this.localize.t.dontKnow}</label>
    </div>`
  }

  private renderChoices(): TemplateResult {
    const q = this.question
    const t = this.localize.t
    const multiple = q.type === 'multiple'
    const given = q.type === 'boolean' ? [{ value: 'true', label: t.yes }, { value: 'false', label: t.no }] : (q.options ?? [])
    // « Je ne sais pas » is one more choice where the editor allowed it (optional: true).
    const options = q.optional ? [...given, { value: DONT_KNOW, label: t.dontKnow }] : given
    const isChecked = (v: string) =>
      this.value === null ? v === DONT_KNOW
      : multiple ? Array.isArray(this.value) && this.value.includes(v) : this.value !== undefined && String(this.value) === v
    const kind = multiple ? 'checkbox' : 'radio'
    return this.fieldset(html`${options.map((o, i) => {
      const id = fieldId(q.id, `option-${i}`)
      const help = 'help' in o ? o.help : undefined
      return html`<div class="fr-fieldset__element">
        <div class="fr-${kind}-group">
          <input type=${kind} id=${id} name="answer" .value=${o.value} ?checked=${isChecked(o.value)}
            aria-invalid=${this.problem ? 'true' : nothing} @change=${multiple ? this.onCheckbox : nothing} />
          <label class="fr-label" for=${id} lang=${q.type === 'boolean' ? nothing : this.contentLang}>
            ${o.label} ${help ? html`<span class="fr-hint-text">${help}</span>` : nothing}
          </label>
        </div>
      </div>`
    })}`)
  }

  private renderDate(): TemplateResult {
    const q = this.question
    const t = this.localize.t
    const [year = '', month = '', day = ''] = typeof this.value === 'string' ? this.value.split('-') : []
    const bday = autocompleteFor(q) === 'bday'
    const part = (name: 'day' | 'month' | 'year', label: string, value: string, size: number) => html`
      <div class="fr-fieldset__element fr-fieldset__element--inline fr-fieldset__element--${name === 'year' ? 'year' : 'number'}">
        <div class="fr-input-group">
          <label class="fr-label" for=${fieldId(q.id, name)}>${label}</label>
          <input class="fr-input mdv-input--${name}" id=${fieldId(q.id, name)} name=${name} .value=${value.replace(/^0(?=\d)/, '')}
            inputmode="numeric" size=${size} autocomplete=${bday ? `bday-${name}` : 'off'}
            aria-invalid=${this.problem && this.problemField === fieldId(q.id, name) ? 'true' : nothing} />
        </div>
      </div>`
    return this.fieldset(
      html`${part('day', t.day, day, 2)}${part('month', t.month, month, 2)}${part('year', t.year, year, 4)}`,
      'mdv-date',
    )
  }

  private renderCountry(): TemplateResult {
    const q = this.question
    const t = this.localize.t
    const id = fieldId(q.id)
    const countries = countriesModule?.sortedCountries((code) => countryName(t, code), t.intl) ?? []
    return html`
      <div class="fr-select-group ${this.problem ? 'fr-select-group--error' : ''}">
        <label class="fr-label" for=${id} part="legend"><span lang=${this.contentLang}>${q.label}</span> ${this.renderHelp(q.help)}</label>
        <select class="fr-select" id=${id} name="answer" aria-describedby=${fieldId(q.id, 'error')} aria-invalid=${this.problem ? 'true' : nothing}>
          <option value="" ?selected=${!this.value}>${countriesModule ? t.chooseCountry : t.partLoading}</option>
          ${countries.map((c) => html`<option value=${c.code} ?selected=${this.value === c.code}>${c.name}</option>`)}
        </select>
        ${this.countriesFailed
          ? html`<p class="fr-message fr-message--error" role="alert">${t.partFailed}
              <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" part="button button-secondary" @click=${() => this.loadCountryList()}>
                ${t.partRetry}
              </button></p>`
          : nothing}
        ${this.renderError()}
      </div>
    `
  }

  /** The commune field once its chunk is there; meanwhile its label and a loading line, in its place. */
  private renderCommune(): TemplateResult {
    const module = this.communeField
    if (module && this.commune) {
      return module.renderCommuneField({
        question: this.question,
        t: this.localize.t,
        combobox: this.commune,
        problem: this.problem,
        contentLang: this.contentLang,
        renderHelp: (text, hint) => this.renderHelp(text, hint),
        renderError: () => this.renderError(),
        requestUpdate: () => this.requestUpdate(),
      })
    }
    const t = this.localize.t
    return html`
      <div class="fr-input-group mdv-combobox">
        <p class="fr-label" part="legend"><span lang=${this.contentLang}>${this.question.label}</span></p>
        <p class="mdv-loading" role="status">${t.partLoading}</p>
      </div>
    `
  }

  /** Downloads the commune field (once per page) and gives this screen its combobox. */
  private loadCommuneField(): Promise<void> {
    return (this.communeLoading ??= import('./commune-field.ts').then(
      (module) => {
        this.communeField = module
        const root = this.getRootNode()
        if (root instanceof ShadowRoot && !styledRoots.has(root)) {
          styledRoots.add(root)
          addStyles(root, module.styles)
        }
        this.commune = new module.CommuneCombobox(this, () => this.api)
        this.commune.reset(typeof this.value === 'string' ? this.value : undefined)
        this.requestUpdate()
      },
      () => {
        // Offline: the INSEE code can still be typed, as without a server.
        this.communeFailed = true
        this.requestUpdate()
      },
    ))
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete()
    if (!this.communeLoading && !this.countriesLoading) return result
    await Promise.all([this.communeLoading, this.countriesLoading])
    return super.getUpdateComplete()
  }

  private renderInput(): TemplateResult {
    const q = this.question
    const t = this.localize.t
    const id = fieldId(q.id)
    const hint = q.type === 'commune' ? t.communeCodeHint : undefined
    const autocomplete = autocompleteFor(q)
    const inputmode = q.type === 'number' ? (q.integer ? 'numeric' : 'decimal') : nothing
    const describedBy = [q.unit ? fieldId(q.id, 'unit') : '', this.problem ? fieldId(q.id, 'error') : ''].filter(Boolean).join(' ')
    return html`
      <div class="fr-input-group ${this.problem ? 'fr-input-group--error' : ''}">
        <label class="fr-label" for=${id} part="legend">
          <span lang=${this.contentLang}>${q.label}</span> ${this.renderHelp(q.help, hint)}
        </label>
        <div class="mdv-input-wrap">
          <input class="fr-input ${this.problem ? 'fr-input--error' : ''}" id=${id} name="answer" type="text"
            .value=${this.value === undefined ? '' : String(this.value)} inputmode=${inputmode}
            autocomplete=${autocomplete ?? 'off'} spellcheck=${q.type === 'text' ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing} aria-invalid=${this.problem ? 'true' : nothing} />
          ${q.unit ? html`<span class="mdv-unit" id=${fieldId(q.id, 'unit')} lang=${this.contentLang}>${q.unit}</span>` : nothing}
        </div>
        ${this.renderError()}
      </div>
    `
  }
}
