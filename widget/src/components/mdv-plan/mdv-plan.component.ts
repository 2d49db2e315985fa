import { html, nothing, type TemplateResult } from 'lit'
import type { Answers, CompiledJourney, Plan, PlanTask } from '../../../../engine/runtime/index.ts'
import { buildIcs, datedTasks, downloadIcs } from '../../calendar/ics.ts'
import { formatDate } from '../../i18n/format.ts'
import { LightElement } from '../light-element.ts'
import { periodLabel } from './period-label.ts'
import { renderEntry, type EntryContext } from './plan-entry.ts'
import { renderKeepLink, renderSensitiveCaution } from './plan-keep.ts'
import { describeTask, isUrgent } from './plan-words.ts'
import { watchPrint } from './print-mode.ts'
// The plan's words come with this chunk, not with the first question.
import '../../i18n/plan-words.ts'

/**
 * The result, as a service: first a compact checklist of every démarche by period, its
 * deadline in words relative to today and what to do first highlighted; each line opens
 * its details. Then what is only « peut-être », « si besoin » or done for the usager.
 * The list can be printed (page 1 is the dated checklist), put in a calendar, or kept
 * as a private link.
 *
 * @event mdv-toggle - Internal: a démarche was checked or unchecked, `detail.task`, `detail.done`.
 * @event mdv-callback-request - Internal: « Être rappelé » was chosen from the top of the plan.
 * @csspart plan - The whole list.
 * @csspart group - One period.
 * @csspart task - One démarche.
 * @csspart keep-link - « Retrouver ma liste plus tard ».
 *
 * @tagname mdv-plan
 */
export class MdvPlan extends LightElement {
  static override properties = {
    ...LightElement.properties,
    plan: { attribute: false },
    journey: { attribute: false },
    answers: { attribute: false },
    done: { attribute: false },
    copyStatus: { state: true },
    expanded: { state: true },
    printing: { state: true },
  }

  declare plan: Plan
  declare journey: CompiledJourney
  declare answers: Answers
  declare done: ReadonlySet<string>
  declare copyStatus: string
  declare expanded: ReadonlySet<string>
  declare printing: boolean
  private stopWatchingPrint?: () => void
  /** A démarche ticked from inside its details: they close, so focus goes back to its line. */
  private focusAfterToggle?: string

  constructor() {
    super()
    this.done = new Set()
    this.copyStatus = ''
    this.expanded = new Set()
    this.printing = false
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.stopWatchingPrint = watchPrint(this, (printing) => {
      this.printing = printing
      // Rendered before the browser lays the page out: Lit updates in a microtask, and the
      // browser runs microtasks right after the beforeprint handlers.
      this.requestUpdate()
    })
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopWatchingPrint?.()
  }

  private get todos(): PlanTask[] {
    return this.plan.groups.flatMap((g) => g.tasks)
  }

  /** Due within 48 hours or past and not done; else the first to-do not done. */
  private firstToDo(): Set<string> {
    const open = this.todos.filter((task) => !this.done.has(task.id))
    const urgent = open.filter(isUrgent)
    return new Set((urgent.length ? urgent : open.slice(0, 1)).map((task) => task.id))
  }

  private addToCalendar(): void {
    const t = this.localize.t
    const ics = buildIcs(this.plan, {
      calendarName: this.journey.title,
      today: this.plan.today,
      done: this.done,
      describe: (task) => describeTask(t, task, this.journey, this.answers, this.plan.today),
    })
    downloadIcs(ics, `${this.journey.id}.ics`, this)
  }

  protected override updated(): void {
    if (!this.focusAfterToggle || !this.done.has(this.focusAfterToggle)) return
    this.querySelector<HTMLElement>(`[data-task="${this.focusAfterToggle}"] summary`)?.focus()
    this.focusAfterToggle = undefined
  }

  private toggle(task: PlanTask, done: boolean): void {
    this.focusAfterToggle = done ? task.id : undefined
    this.dispatchEvent(new CustomEvent('mdv-toggle', { detail: { task: task.id, title: task.title, done } }))
  }

  private async copy(link: string): Promise<void> {
    const t = this.localize.t
    try {
      await navigator.clipboard.writeText(link)
      this.copyStatus = t.linkCopied
    } catch {
      this.copyStatus = t.copyFailed
      this.querySelector<HTMLInputElement>('#mdv-private-link')?.select()
    }
  }

  private entryContext(): EntryContext {
    return {
      t: this.localize.t,
      contentLang: this.contentLang,
      today: this.plan.today,
      journey: this.journey,
      answers: this.answers,
      done: this.done,
      first: this.firstToDo(),
      expanded: this.expanded,
      printing: this.printing,
      toggle: (task, done) => this.toggle(task, done),
      disclosed: (task, open) => {
        if (open === this.expanded.has(task.id)) return
        const expanded = new Set(this.expanded)
        if (open) expanded.add(task.id)
        else expanded.delete(task.id)
        this.expanded = expanded
      },
    }
  }

  override render(): TemplateResult {
    const t = this.localize.t
    const todos = this.todos
    const { counts } = this.plan
    const doneCount = todos.filter((task) => this.done.has(task.id)).length
    const dated = datedTasks(this.plan, this.done).length
    const ctx = this.entryContext()
    const empty = !this.plan.tasks.length
    return html`
      <section class="mdv-plan" part="plan">
        <h2 class="mdv-plan__title" tabindex="-1" data-mdv-heading part="heading">${t.planTitle}</h2>
        <p class="mdv-plan__dated">${t.planDated(formatDate(t, this.plan.today))}</p>
        ${empty
          ? html`<p class="fr-text--lead">${t.planEmpty}</p>`
          : html`<p class="mdv-plan__counts">${t.planCounts(counts)}</p>
              ${todos.length ? html`<p class="mdv-plan__progress">${t.doneCount(doneCount, todos.length)}</p>` : nothing}`}
        ${empty || !this.printing ? nothing : this.renderPrintChecklist()}
        ${this.journey.callback ? this.renderCallbackCard() : nothing}
        ${empty ? nothing : this.renderActions(dated)}
        <div class="mdv-plan__sections">
        ${this.plan.groups.map(
          (group) => html`<section class="mdv-group" part="group" aria-labelledby="mdv-group-${group.id}">
            <h3 class="mdv-group__title" id="mdv-group-${group.id}" lang=${group.id === 'overdue' ? nothing : this.contentLang}>
              ${group.id === 'overdue' ? t.overdueGroup : periodLabel(group, this.locale)}
            </h3>
            <ul class="mdv-entries">${group.tasks.map((task) => renderEntry(ctx, task))}</ul>
          </section>`,
        )}
        ${this.renderSection('maybe', t.maybeTitle, t.maybeIntro, this.plan.maybe, ctx)}
        ${this.renderSection('advice', t.adviceTitle, t.adviceIntro, this.plan.advice, ctx)}
        ${this.renderSection('automatic', t.automaticTitle, t.automaticIntro, this.plan.automatic, ctx)}
        </div>
      </section>
    `
  }

  private renderSection(id: string, title: string, intro: string, tasks: PlanTask[], ctx: EntryContext): TemplateResult | typeof nothing {
    if (!tasks.length) return nothing
    return html`<section class="mdv-group mdv-group--${id}" part="group" aria-labelledby="mdv-group-${id}">
      <h3 class="mdv-group__title" id="mdv-group-${id}">${title}</h3>
      <p class="mdv-group__intro">${intro}</p>
      <ul class="mdv-entries">${tasks.map((task) => renderEntry(ctx, task))}</ul>
    </section>`
  }

  /** Page 1 on paper (rendered only while printing, like the closed lines' details): every to-do with a box to tick by hand and its date; the details follow. */
  private renderPrintChecklist(): TemplateResult {
    const t = this.localize.t
    const line = (task: PlanTask) =>
      html`<li><span class="mdv-print-box">${this.done.has(task.id) ? '☑' : '☐'}</span> <span lang=${this.contentLang}>${task.title}</span>${task.due
        ? html` — ${t.dueBefore(formatDate(t, task.due))}`
        : nothing}</li>`
    return html`<div class="mdv-print-checklist" aria-hidden="true">
      ${this.plan.groups.map(
        (group) => html`<h3>${group.id === 'overdue' ? t.overdueGroup : periodLabel(group, this.locale)}</h3>
          <ul>${group.tasks.map(line)}</ul>`,
      )}
      ${this.plan.maybe.length ? html`<h3>${t.maybeTitle}</h3><ul>${this.plan.maybe.map(line)}</ul>` : nothing}
      ${this.plan.advice.length ? html`<h3>${t.adviceTitle}</h3><ul>${this.plan.advice.map(line)}</ul>` : nothing}
    </div>`
  }

  private renderCallbackCard(): TemplateResult {
    const t = this.localize.t
    return html`<div class="mdv-callback-card fr-no-print" part="callback-card">
      <p><strong>${t.callbackCardTitle}</strong> ${t.callbackCardText}</p>
      <button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary"
        @click=${() => this.dispatchEvent(new CustomEvent('mdv-callback-request', { bubbles: true, composed: true }))}>
        ${t.callbackCardButton}
      </button>
    </div>`
  }

  private renderActions(dated: number): TemplateResult {
    const t = this.localize.t
    return html`<div class="mdv-plan__actions fr-no-print">
      ${renderSensitiveCaution(t, this.journey)}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${() => window.print()}>
            ${t.printPdf}
          </button>
        </li>
        ${dated
          ? html`<li>
              <button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" aria-describedby="mdv-ics-hint"
                @click=${this.addToCalendar}>
                ${t.addToCalendar}
              </button>
            </li>`
          : nothing}
      </ul>
      ${dated ? html`<p id="mdv-ics-hint" class="fr-hint-text">${t.calendarHint(dated)}</p>` : nothing}
      ${this.journey.sensitive
        ? nothing
        : renderKeepLink({ t, journey: this.journey, answers: this.answers, copyStatus: this.copyStatus, copy: (link) => void this.copy(link) })}
    </div>`
  }
}
