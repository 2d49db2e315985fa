/**
 * The commune question's field: a combobox whose suggestions come from the server. In a
 * chunk of its own, downloaded when a commune question is shown (most journeys have none).
 * @module
 */
// The element itself (already running): what this chunk shares with it then stays in the
// element's own chunks instead of many small shared ones, which compress worse.
import '../../index.ts'
import { html, nothing, type TemplateResult } from 'lit'
import type { CompiledQuestion } from '../../../../engine/runtime/index.ts'
import type { InputProblem, Translations } from '../../i18n/index.ts'
import type { CommuneCombobox } from './commune-combobox.ts'
import { fieldId } from './read-answer.ts'
// This chunk's words come with it, not with the first question.
import '../../i18n/extra-words.ts'
import { communeStyles } from './commune-field.styles.ts'

export const styles = [communeStyles]

export { CommuneCombobox } from './commune-combobox.ts'

/** What the field needs from its question screen. */
export interface CommuneField {
  question: CompiledQuestion
  t: Translations
  combobox: CommuneCombobox
  problem: InputProblem | undefined
  contentLang: string | typeof nothing
  renderHelp: (text: string | undefined, hint?: string) => TemplateResult | typeof nothing
  renderError: () => TemplateResult | typeof nothing
  requestUpdate: () => void
}

export function renderCommuneField(f: CommuneField): TemplateResult {
  const { question: q, t, combobox: c, problem } = f
  const id = fieldId(q.id)
  const listId = fieldId(q.id, 'communes')
  const optionId = (i: number) => fieldId(q.id, `commune-${i}`)
  const describedBy = [fieldId(q.id, 'commune-status'), problem ? fieldId(q.id, 'error') : ''].filter(Boolean).join(' ')
  const status =
    c.state === 'searching' ? t.communeSearching
    : c.state === 'found' ? t.communeFound(c.suggestions.length)
    : c.state === 'none' ? t.communeNone
    : c.state === 'unavailable' ? t.communeUnavailable
    : c.state === 'chosen' ? t.communeChosen(c.text)
    : ''
  return html`
    <div class="fr-input-group mdv-combobox ${problem ? 'fr-input-group--error' : ''}">
      <label class="fr-label" for=${id} part="legend">
        <span lang=${f.contentLang}>${q.label}</span> ${f.renderHelp(q.help, t.communeHint)}
      </label>
      <input class="fr-input ${problem ? 'fr-input--error' : ''}" id=${id} name="commune-text" type="text"
        role="combobox" aria-autocomplete="list" aria-controls=${listId} aria-expanded=${c.expanded ? 'true' : 'false'}
        aria-activedescendant=${c.active >= 0 ? optionId(c.active) : nothing} autocomplete="off" spellcheck="false"
        aria-describedby=${describedBy} aria-invalid=${problem ? 'true' : nothing} .value=${c.text}
        @input=${(e: InputEvent) => c.onInput((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => c.onKeydown(e)} @blur=${() => { c.close(); f.requestUpdate() }} />
      <input type="hidden" name="answer" .value=${c.code} />
      <ul class="mdv-combobox__list" role="listbox" id=${listId} aria-label=${t.communeListLabel} ?hidden=${!c.expanded}>
        ${c.suggestions.map((commune, i) => html`
          <li class="mdv-combobox__option" role="option" id=${optionId(i)} aria-selected=${i === c.active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()} @click=${() => c.choose(i)}>
            ${commune.nom} (${commune.departement})
            <span class="mdv-combobox__postcodes">${commune.codesPostaux.slice(0, 3).join(', ')}${commune.codesPostaux.length > 3 ? '…' : ''}</span>
          </li>`)}
      </ul>
      <p class=${c.state === 'none' || c.state === 'unavailable' ? 'fr-hint-text mdv-combobox__status' : 'fr-sr-only'}
        id=${fieldId(q.id, 'commune-status')} role="status">${status}</p>
      ${f.renderError()}
    </div>
  `
}
