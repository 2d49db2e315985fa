/**
 * Base of the inner `mdv-*` parts. They render into their own light DOM, so that
 * everything the widget shows lives in one tree: the public element's shadow root
 * (default theme) or the page itself (`theme="dsfr"`). Labels, `aria-describedby`
 * and error-summary links then always find their targets, the public element's
 * stylesheet and `::part` reach every part, and a DSFR page's stylesheet styles
 * the DSFR markup.
 * @module
 */
import { LitElement, nothing } from 'lit'
import { LocalizeController } from '../controllers/localize-controller.ts'
import type { Locale } from '../i18n/index.ts'

export class LightElement extends LitElement {
  static override properties = {
    locale: { attribute: false },
    theme: { attribute: false },
  }

  declare locale: Locale
  declare theme: 'default' | 'dsfr'
  protected readonly localize = new LocalizeController(this)

  constructor() {
    super()
    this.locale = 'fr'
    this.theme = 'default'
  }

  protected override createRenderRoot(): HTMLElement {
    return this
  }

  /** Journey content is written in French: say so when the interface is in English. */
  protected get contentLang(): string | typeof nothing {
    return this.locale === 'fr' ? nothing : 'fr'
  }

  /** Moves focus to this part's heading (after a screen change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete
    this.querySelector<HTMLElement>('[data-mdv-heading]')?.focus()
  }
}
