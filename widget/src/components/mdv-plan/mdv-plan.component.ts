import { html, nothing, type TemplateResult } from 'lit'
import { markdownToText, type Answers, type CompiledJourney, type PlanTask, type Plan } from '../../../../engine/runtime/index.ts'
import { buildIcs, datedTasks, downloadIcs } from '../../calendar/ics.ts'
import { answerText, formatDate } from '../../i18n/format.ts'
import { renderBlocks } from '../../render/markdown.ts'
import { LightElement } from '../light-element.ts'
import { periodLabel } from './period-label.ts'

/** "www.service-public.gouv.fr" for a link text that says where it goes. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/**
 * The result: démarches grouped by period, each with its due date in words and as a
 * date, who to contact, the official fiche, the documents to bring and why it applies.
 * Démarches can be checked off; the list can be printed or added to a calendar.
 *
 * @event mdv-toggle - Internal: a démarche was checked or unchecked, `detail.task`, `detail.done`.
 * @csspart plan - The whole list.
 * @csspart group - One period.
 * @csspart task - One démarche.
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
  }

  declare plan: Plan
  declare journey: CompiledJourney
  declare answers: Answers
  declare done: ReadonlySet<string>

  constructor() {
    super()
    this.done = new Set()
  }

  /** "Vous avez indiqué : Lieu du décès : En France", worded in the interface language. */
  private why(task: PlanTask): string {
    const t = this.localize.t
    if (!task.reasons.length) return t.whyAlways
    const byId = new Map(this.journey.questions.map((q) => [q.id, q]))
    const parts = task.reasons.map((r) => {
      const q = byId.get(r.question)
      const value = this.answers[r.question]
      return `${r.label} : ${q && value !== undefined ? answerText(t, q, value) : r.answer}`
    })
    return `${t.whyBecause} ${parts.join(' ; ')}`
  }

  private due(task: PlanTask): string | undefined {
    const t = this.localize.t
    if (task.overdue && task.due) return t.overdue(formatDate(t, task.due))
    return task.due ? t.dueBefore(formatDate(t, task.due)) : undefined
  }

  /** « À partir du… » while that day is still to come; nothing once the démarche is possible. */
  private starts(task: PlanTask): string | undefined {
    const t = this.localize.t
    return task.starts && task.starts > this.plan.today ? t.startsOn(formatDate(t, task.starts)) : undefined
  }

  private describe(task: PlanTask): string {
    const t = this.localize.t
    return [
      this.starts(task),
      this.due(task),
      task.rule ? this.localize.t.deadlineRule(task.rule) : undefined,
      markdownToText(task.description),
      `${t.contact}${t.colon} ${[task.organisation.name, task.organisation.phone, task.organisation.url].filter(Boolean).join(', ')}`,
      ...task.fiches.map((f) => `${t.fiche}${t.colon} ${f.title} ${f.url}`),
      task.documents.length ? `${t.documents}${t.colon}\n${task.documents.map((d) => `- ${d}`).join('\n')}` : undefined,
      `${t.why} ${this.why(task)}`,
    ]
      .filter(Boolean)
      .join('\n\n')
  }

  private addToCalendar(): void {
    const ics = buildIcs(this.plan, { calendarName: this.journey.title, today: this.plan.today, describe: (task) => this.describe(task) })
    downloadIcs(ics, `${this.journey.id}.ics`, this)
  }

  private toggle(task: PlanTask, event: Event): void {
    const done = (event.target as HTMLInputElement).checked
    this.dispatchEvent(new CustomEvent('mdv-toggle', { detail: { task: task.id, title: task.title, done } }))
  }

  override render(): TemplateResult {
    const t = this.localize.t
    const tasks = this.plan.tasks
    const dated = datedTasks(this.plan).length
    const doneCount = tasks.filter((task) => this.done.has(task.id)).length
    return html`
      <section class="mdv-plan" part="plan">
        <h2 class="mdv-plan__title" tabindex="-1" data-mdv-heading part="heading">${t.planTitle}</h2>
        <p class="fr-text--lead">
          ${tasks.length ? t.planIntro(tasks.length, tasks.filter((task) => task.mandatory).length) : t.planEmpty}
        </p>
        ${tasks.length ? html`<p class="mdv-plan__progress">${t.doneCount(doneCount, tasks.length)}</p>` : nothing}
        ${tasks.length
          ? html`<ul class="fr-btns-group fr-btns-group--inline-md fr-no-print">
              ${dated
                ? html`<li>
                    <button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" aria-describedby="mdv-ics-hint"
                      @click=${this.addToCalendar}>
                      ${t.addToCalendar}
                    </button>
                  </li>`
                : nothing}
              <li>
                <button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${() => window.print()}>
                  ${t.print}
                </button>
              </li>
            </ul>
            ${dated ? html`<p id="mdv-ics-hint" class="fr-hint-text fr-no-print">${t.calendarHint(dated)}</p>` : nothing}`
          : nothing}
        ${this.plan.groups.map(
          (group) => html`
            <section class="mdv-group" part="group" aria-labelledby="mdv-group-${group.id}">
              <h3 class="mdv-group__title" id="mdv-group-${group.id}" lang=${this.contentLang}>
                ${periodLabel(group, this.locale)}
              </h3>
              <ul class="mdv-tasks">
                ${group.tasks.map((task) => this.renderTask(task))}
              </ul>
            </section>
          `,
        )}
      </section>
    `
  }

  private renderTask(task: PlanTask): TemplateResult {
    const t = this.localize.t
    const done = this.done.has(task.id)
    const due = this.due(task)
    const starts = this.starts(task)
    const org = task.organisation
    const checkId = `mdv-done-${task.id}`
    // A fixed date ("avant le 12 mars 2027") already says all the rule says.
    const rule = task.rule && !('before' in task.rule) ? t.deadlineRule(task.rule) : undefined
    return html`
      <li class="mdv-task ${done ? 'mdv-task--done' : ''}" part="task">
        <div class="mdv-task__head">
          <h4 class="mdv-task__title" lang=${this.contentLang}>${task.title}</h4>
          <p class="fr-badge fr-badge--sm ${task.mandatory ? 'fr-badge--warning' : 'fr-badge--info'}">
            ${task.mandatory ? t.mandatory : t.recommended}
          </p>
        </div>
        ${starts
          ? html`<p class="mdv-task__starts">
              <strong>${starts}</strong>
              ${task.startLabel ? html`<span class="mdv-task__rule" lang=${this.contentLang}>(${task.startLabel})</span>` : nothing}
            </p>`
          : nothing}
        ${due || rule
          ? html`<p class="mdv-task__due ${task.overdue ? 'mdv-task__due--overdue' : ''}">
              ${due ? html`<strong>${due}</strong>` : nothing}
              ${rule ? html`<span class="mdv-task__rule">(${rule})</span>` : nothing}
            </p>`
          : nothing}
        <div class="mdv-task__body" lang=${this.contentLang}>${renderBlocks(task.description)}</div>
        <p class="mdv-task__contact">
          <strong>${t.contact}${t.colon}</strong> <span lang=${this.contentLang}>${org.name}</span>
          ${org.phone ? html`<br />${t.phone}${t.colon} <a href="tel:${org.phone.replace(/[^\d+]/g, '')}">${org.phone}</a>` : nothing}
          ${org.url ? html`<br />${t.website}${t.colon} <a href=${org.url}>${hostOf(org.url)}</a>` : nothing}
        </p>
        ${task.fiches.length
          ? html`<p class="mdv-task__fiches">
              <strong>${t.fiche}${t.colon}</strong>
              ${task.fiches.map((f, i) => html`${i ? ', ' : ''}<a href=${f.url} lang=${this.contentLang}>${f.title}</a>`)}
            </p>`
          : nothing}
        ${task.documents.length
          ? html`<div class="mdv-task__documents">
              <p><strong>${t.documents}${t.colon}</strong></p>
              <ul lang=${this.contentLang}>
                ${task.documents.map((d) => html`<li>${d}</li>`)}
              </ul>
            </div>`
          : nothing}
        <p class="mdv-task__why"><strong>${t.why}</strong> ${this.why(task)}</p>
        <div class="fr-checkbox-group mdv-task__done">
          <input type="checkbox" id=${checkId} .checked=${done} @change=${(e: Event) => this.toggle(task, e)} />
          <label class="fr-label" for=${checkId}>${t.markDone}<span class="fr-sr-only"> : ${task.title}</span></label>
        </div>
      </li>
    `
  }
}
