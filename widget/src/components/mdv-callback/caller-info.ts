/**
 * Who calls and from which number, shown before booking; in sensitive journeys, how to
 * take the call safely. What the centre does not say (voicemail) is never claimed.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { CallbackCentre } from '../../api/client.ts'
import type { Translations } from '../../i18n/index.ts'

export function callerLine(t: Translations, centre: CallbackCentre, when?: string): string {
  return t.callerLine(centre.caller, centre.callerNumber, centre.callerNumberHidden, when)
}

function voicemail(t: Translations, centre: CallbackCentre): string | undefined {
  if (centre.leavesVoicemail === undefined) return undefined
  return centre.leavesVoicemail ? t.voicemailLeaves : t.voicemailNone
}

export function renderCallerInfo(t: Translations, centre: CallbackCentre, sensitive: boolean): TemplateResult {
  const message = voicemail(t, centre)
  return html`
    <div class="fr-callout mdv-caller" part="notice">
      <h5 class="fr-callout__title mdv-caller__title">${t.callerTitle}</h5>
      <p class="fr-callout__text" data-mdv-caller>${callerLine(t, centre)}${message && !sensitive ? html` ${message}` : nothing}</p>
    </div>
    ${sensitive
      ? html`<div class="fr-alert fr-alert--warning mdv-safety" part="notice" data-mdv-safety>
          <h5 class="fr-alert__title">${t.safetyTitle}</h5>
          <ul>
            ${t.safetyTips.map((tip) => html`<li>${tip}</li>`)}
            ${centre.callerNumberHidden ? nothing : html`<li>${t.safetyMayBeHidden}</li>`}
            <li>${t.safetySomeoneElse}</li>
            ${message ? html`<li>${message}</li>` : nothing}
          </ul>
        </div>`
      : nothing}
  `
}
