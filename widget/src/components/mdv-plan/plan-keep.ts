/**
 * « Retrouver ma liste plus tard »: a private link (answers in the URL fragment, sent to no
 * server), to copy or to e-mail oneself through a `mailto:` link — nothing leaves the
 * browser through us. Not offered on sensitive journeys, which instead warn before the
 * list leaves the screen (paper, calendar).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Answers, CompiledJourney } from '../../../../engine/runtime/index.ts'
import type { Translations } from '../../i18n/index.ts'
import { privateLink } from '../../storage/private-link.ts'

export interface KeepContext {
  t: Translations
  journey: CompiledJourney
  answers: Readonly<Answers>
  /** The message after « Copier le lien » (copied, or how to copy by hand). */
  copyStatus: string
  copy(link: string): void
}

export function renderKeepLink(ctx: KeepContext): TemplateResult {
  const { t } = ctx
  const link = privateLink(location.href, ctx.journey, ctx.answers)
  const mailto = `mailto:?subject=${encodeURIComponent(t.emailSubject(ctx.journey.title))}&body=${encodeURIComponent(t.emailBody(link))}`
  return html`<details class="mdv-keep fr-no-print" part="keep-link">
    <summary class="mdv-keep__summary">${t.keepLink}</summary>
    <div class="mdv-keep__body">
      <p class="fr-hint-text">${t.keepLinkIntro}</p>
      <label class="fr-label" for="mdv-private-link">${t.linkLabel}</label>
      <input class="fr-input mdv-keep__link" id="mdv-private-link" type="url" readonly .value=${link}
        @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <ul class="fr-btns-group fr-btns-group--inline-md mdv-keep__actions">
        <li><button type="button" class="fr-btn fr-btn--secondary" part="button button-secondary" @click=${() => ctx.copy(link)}>${t.copyLink}</button></li>
        <li><a class="fr-btn fr-btn--tertiary" part="button button-tertiary" href=${mailto}>${t.emailLink}</a></li>
      </ul>
      <p class="mdv-keep__status" role="status">${ctx.copyStatus}</p>
    </div>
  </details>`
}

/** Sensitive journeys: printing or adding to a calendar leaves traces others may see; said before those buttons. */
export function renderSensitiveCaution(t: Translations, journey: CompiledJourney): TemplateResult | typeof nothing {
  if (!journey.sensitive) return nothing
  return html`<p class="mdv-plan__caution fr-no-print" part="caution" id="mdv-sensitive-caution">${t.sensitiveCaution}</p>`
}
