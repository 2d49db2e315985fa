/**
 * « Je donne mon avis »: the button of the Services Publics + observatory
 * (jedonnemonavis.numerique.gouv.fr), shown under the plan when the host gives the
 * address its JDMA back-office issued for this démarche (`jdma` attribute).
 *
 * Only an address on the observatory's own site is accepted, so a mistyped or hostile
 * attribute never turns the official button into a link elsewhere. The picture is the
 * observatory's own (light and dark versions), as its integration guide asks.
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit'
// The plan's words come with this chunk, not with the first question.
import '../../i18n/plan-words.ts'

const ORIGIN = 'https://jedonnemonavis.numerique.gouv.fr'

/** The JDMA address, or `undefined` when it is not one (absent, another site, not a démarche). */
export function jdmaUrl(attribute: string | null | undefined): string | undefined {
  if (!attribute) return undefined
  try {
    const url = new URL(attribute.trim())
    return url.origin === ORIGIN && /^\/Demarches\/\d+\/?$/i.test(url.pathname) ? url.href : undefined
  } catch {
    return undefined
  }
}

export interface JdmaWords {
  jdmaIntro: string
  jdmaAlt: string
  newWindow: string
}

export function renderJdma(attribute: string | undefined, t: JdmaWords): TemplateResult | typeof nothing {
  const href = jdmaUrl(attribute)
  if (!href) return nothing
  return html`<div class="mdv-jdma fr-no-print" part="jdma">
    <p class="mdv-jdma__intro">${t.jdmaIntro}</p>
    <a class="mdv-jdma__link" href=${href} target="_blank" rel="noopener" title=${`${t.jdmaAlt} - ${t.newWindow}`}>
      <picture>
        <source srcset="${ORIGIN}/static/bouton-bleu-sombre.svg" media="(prefers-color-scheme: dark)" />
        <img src="${ORIGIN}/static/bouton-bleu-clair.svg" alt=${`${t.jdmaAlt} (${t.newWindow})`} width="200" height="85" />
      </picture>
    </a>
  </div>`
}

/** Adopted by the root (shadow DOM); in the DSFR theme the page's stylesheet applies as well. */
export const jdmaStyles = css`
  .mdv-jdma {
    margin-block-start: 2em;
  }
  .mdv-jdma__link {
    display: inline-block;
  }
  .mdv-jdma img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
`
