import { html, type TemplateResult } from 'lit'
import { enrichBlocks } from '../../../../engine/text/autolink.ts'
import { renderInline } from '../../render/markdown.ts'
import { LightElement } from '../light-element.ts'
import { adoptQuickExitStyles } from './mdv-quick-exit.styles.ts'
import { ShiftShortcut } from './shift-shortcut.ts'
// This chunk's words come with it, not with the first question.
import '../../i18n/extra-words.ts'

/**
 * « Quitter ce site » on sensitive journeys, as GOV.UK's « Exit this page »: a button that
 * stays in view at the top of the widget, the Shift key pressed three times anywhere in
 * the page, each press announced to screen readers. The root erases the answers and
 * leaves; this part only says when.
 *
 * @event mdv-exit - Internal: the usager asked to leave (button or shortcut).
 * @csspart quick-exit-bar - The sticky bar holding the button.
 * @csspart quick-exit-button - The button (also `button`).
 *
 * @tagname mdv-quick-exit
 */
export class MdvQuickExit extends LightElement {
  static override properties = {
    ...LightElement.properties,
    announcement: { state: true },
  }

  /** @internal What the live region says as Shift is pressed. */
  declare announcement: string
  private stopListening?: () => void
  private readonly shortcut = new ShiftShortcut({
    progress: (remaining) => (this.announcement = this.localize.t.quickExitPressMore(remaining)),
    expired: () => (this.announcement = this.localize.t.quickExitExpired),
    exit: () => this.exit(),
  })

  constructor() {
    super()
    this.announcement = ''
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.theme === 'dsfr' || this.closest('[theme="dsfr"]')) adoptQuickExitStyles(this.ownerDocument)
    this.stopListening = this.shortcut.listen(this.ownerDocument)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopListening?.()
  }

  private exit(): void {
    this.announcement = ''
    this.dispatchEvent(new CustomEvent('mdv-exit'))
  }

  override render(): TemplateResult {
    const t = this.localize.t
    // The notice's emergency numbers (17, 114) are tel: links, like the journeys' own texts.
    const notice = enrichBlocks([{ type: 'paragraph', children: [{ type: 'text', text: t.sensitiveNotice }] }])
    return html`<div class="mdv-exit__bar fr-no-print" part="quick-exit-bar">
        <button type="button" class="fr-btn mdv-exit__button" part="button quick-exit-button" @click=${this.exit}>
          ${t.quickExit}<span class="fr-sr-only">${t.quickExitShortcut}</span>
        </button>
      </div>
      <p class="mdv-exit__notice fr-no-print">${renderInline(notice)}</p>
      <p class="fr-sr-only" role="status">${this.announcement}</p>`
  }
}
