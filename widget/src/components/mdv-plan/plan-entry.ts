/**
 * One line of the plan: a native disclosure whose summary is the checklist line
 * (status, title, when in words) and whose body holds the details (description,
 * contacts, official references, documents, why). Past deadlines ask « L'avez-vous déjà
 * fait ? » on the line itself; a démarche ticked done loses its warnings and closes.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Answers, CompiledJourney, FicheRef, PlanTask } from '../../../../engine/runtime/index.ts'
import { formatDate } from '../../i18n/format.ts'
import type { Translations } from '../../i18n/index.ts'
import { renderBlocks, renderLink, type RenderOptions } from '../../render/markdown.ts'
import { isUrgent, whenWords, whyWords } from './plan-words.ts'

export interface EntryContext {
  t: Translations
  contentLang: string | typeof nothing
  today: string
  journey: CompiledJourney
  answers: Readonly<Answers>
  done: ReadonlySet<string>
  /** The démarches highlighted as « À faire en premier ». */
  first: ReadonlySet<string>
  /** Lines the usager opened: only open lines render their details (a plan of 50 stays light). */
  expanded: ReadonlySet<string>
  /** Printing: every line's details are on paper. */
  printing: boolean
  toggle(task: PlanTask, done: boolean): void
  disclosed(task: PlanTask, open: boolean): void
}

/** "service-public.gouv.fr" for a link text that says where it goes. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** Sensitive journeys open official links in a new tab: the plan stays in this one. */
function linkOptions(ctx: EntryContext): RenderOptions {
  return ctx.journey.sensitive ? { newTab: ctx.t.newTab } : {}
}

/** « Modèle de lettre », « Service en ligne », « Formulaire » before a resource's title. */
function referenceKind(t: Translations, fiche: FicheRef): string | undefined {
  const kind = (fiche as FicheRef & { kind?: string }).kind
  return kind === 'letter' ? t.letterModel : kind === 'online' ? t.onlineService : kind === 'form' ? t.form : undefined
}

function details(ctx: EntryContext, task: PlanTask, done: boolean): TemplateResult {
  const { t } = ctx
  const org = task.organisation
  const rule = task.rule && !('before' in task.rule) ? t.deadlineRule(task.rule) : undefined
  const due = task.due ? (task.overdue && !done ? t.overdue(formatDate(t, task.due)) : t.dueBefore(formatDate(t, task.due))) : undefined
  const checkId = `mdv-done-${task.id}`
  return html`<div class="mdv-entry__details">
    ${task.kind === 'todo'
      ? html`<p class="fr-badge fr-badge--sm ${task.mandatory ? 'fr-badge--warning' : 'fr-badge--info'} mdv-entry__badge">
          ${task.mandatory ? t.mandatory : t.recommended}
        </p>`
      : nothing}
    ${task.starts && task.starts > ctx.today
      ? html`<p class="mdv-entry__starts"><strong>${t.startsOn(formatDate(t, task.starts))}</strong>
          ${task.startLabel ? html`<span class="mdv-entry__rule" lang=${ctx.contentLang}>(${task.startLabel})</span>` : nothing}</p>`
      : nothing}
    ${due || rule
      ? html`<p class="mdv-entry__due ${task.overdue && !done ? 'mdv-entry__due--overdue' : ''}">
          ${due ? html`<strong>${due}</strong>` : nothing} ${rule ? html`<span class="mdv-entry__rule">(${rule})</span>` : nothing}
        </p>`
      : nothing}
    <div class="mdv-entry__body" lang=${ctx.contentLang}>${renderBlocks(task.description, linkOptions(ctx))}</div>
    ${task.kind === 'automatic'
      ? nothing
      : html`<p class="mdv-entry__contact">
          <strong>${t.contact}${t.colon}</strong> <span lang=${ctx.contentLang}>${org.name}</span>
          ${org.phone ? html`<br />${t.phone}${t.colon} <a href="tel:${org.phone.replace(/[^\d+]/g, '')}">${org.phone}</a>` : nothing}
          ${org.url ? html`<br />${t.website}${t.colon} ${renderLink(org.url, hostOf(org.url), linkOptions(ctx))}` : nothing}
        </p>`}
    ${task.fiches.length
      ? html`<div class="mdv-entry__fiches">
          <p><strong>${t.officialReferences}${t.colon}</strong></p>
          <ul>
            ${task.fiches.map((f) => {
              const kind = referenceKind(t, f)
              return html`<li>${kind ? html`${kind}${t.colon} ` : nothing}${renderLink(f.url, f.title, linkOptions(ctx), ctx.contentLang)}<span class="mdv-print-only"> (service-public.fr, ${f.id})</span></li>`
            })}
          </ul>
        </div>`
      : nothing}
    ${task.documents.length
      ? html`<div class="mdv-entry__documents">
          <p><strong>${t.documents}${t.colon}</strong></p>
          <ul lang=${ctx.contentLang}>${task.documents.map((d) => html`<li>${d}</li>`)}</ul>
        </div>`
      : nothing}
    <p class="mdv-entry__why"><strong>${t.why}</strong> ${whyWords(t, task, ctx.journey, ctx.answers)}</p>
    ${task.kind === 'todo' && task.certainty === 'certain'
      ? html`<div class="fr-checkbox-group mdv-entry__done fr-no-print">
          <input type="checkbox" id=${checkId} .checked=${done} @change=${(e: Event) => ctx.toggle(task, (e.target as HTMLInputElement).checked)} />
          <label class="fr-label" for=${checkId}>${t.markDone}<span class="fr-sr-only"> : ${task.title}</span></label>
        </div>`
      : nothing}
  </div>`
}

export function renderEntry(ctx: EntryContext, task: PlanTask): TemplateResult {
  const { t } = ctx
  const checkable = task.kind === 'todo' && task.certainty === 'certain'
  const done = checkable && ctx.done.has(task.id)
  const first = !done && ctx.first.has(task.id)
  const overdue = task.overdue && !done
  const when = done ? undefined : whenWords(t, task, ctx.today)
  const openByDefault = !done && isUrgent(task)
  const rendered = openByDefault || ctx.printing || ctx.expanded.has(task.id)
  const classes = ['mdv-entry', first ? 'mdv-entry--first' : '', done ? 'mdv-entry--done' : '', overdue ? 'mdv-entry--overdue' : ''].join(' ')
  return html`<li class=${classes} part="task" data-task=${task.id}>
    <details class="mdv-entry__disclosure" ?open=${openByDefault}
      @toggle=${(e: Event) => ctx.disclosed(task, (e.target as HTMLDetailsElement).open)}>
      <summary class="mdv-entry__summary">
        <span class="mdv-entry__title" lang=${ctx.contentLang}>${task.title}</span>
        ${task.decidedBy?.length
          ? html`<span class="mdv-entry__maybe" lang=${ctx.contentLang}>${t.maybeDecides(task.decidedBy.map((d) => d.text))}</span>`
          : nothing}
        ${task.kind === 'automatic'
          ? html`<span class="mdv-entry__automatic" lang=${ctx.contentLang}>${t.automaticLine(task.organisation.name)}</span>`
          : nothing}
        ${checkable || when
          ? html`<span class="mdv-entry__meta">
              ${checkable
                ? html`<span class="mdv-entry__status ${done ? 'mdv-entry__status--done' : ''}">${done ? `✓ ${t.statusDone}` : t.statusTodo}</span>`
                : nothing}
              ${when ? html`<span class="mdv-entry__when ${overdue ? 'mdv-entry__when--overdue' : ''}">${when}</span>` : nothing}
              ${first ? html`<span class="mdv-entry__first">${t.firstBadge}</span>` : nothing}
            </span>`
          : nothing}
      </summary>
      ${rendered ? details(ctx, task, done) : nothing}
    </details>
    ${overdue
      ? html`<p class="mdv-entry__ask fr-no-print">
          <span>${t.askDone}</span>
          <button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${() => ctx.toggle(task, true)}>
            ${t.yesDone}<span class="fr-sr-only"> : ${task.title}</span>
          </button>
        </p>`
      : nothing}
  </li>`
}
