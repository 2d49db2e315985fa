/**
 * Task descriptions are a safe Markdown tree (engine/text/markdown.ts); they are
 * rendered as Lit templates, so editors' text is always escaped and never parsed as HTML.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Block, Inline } from '../../../engine/runtime/index.ts'

export interface RenderOptions {
  /**
   * Sensitive journeys: web links open in a new tab, so that coming back to the plan
   * is closing that tab; the text given here (« (nouvel onglet) ») says so to screen readers.
   */
  newTab?: string
}

/** A web link, in a new tab when asked (never a `tel:` or `mailto:` link: those open an app). */
export function renderLink(href: string, text: unknown, options: RenderOptions = {}, lang?: string | typeof nothing): TemplateResult {
  if (options.newTab && /^https?:/i.test(href)) {
    return html`<a href=${href} lang=${lang ?? nothing} target="_blank" rel="noopener noreferrer">${text}<span class="fr-sr-only">${options.newTab}</span></a>`
  }
  return html`<a href=${href} lang=${lang ?? nothing}>${text}</a>`
}

function inline(children: readonly Inline[], options: RenderOptions): (TemplateResult | string)[] {
  return children.map((c) => {
    switch (c.type) {
      case 'text':
        return c.text
      case 'strong':
        return html`<strong>${inline(c.children, options)}</strong>`
      case 'em':
        return html`<em>${inline(c.children, options)}</em>`
      case 'link':
        return renderLink(c.href, c.text, options)
    }
  })
}

export function renderBlocks(blocks: readonly Block[], options: RenderOptions = {}): TemplateResult | typeof nothing {
  if (!blocks.length) return nothing
  return html`${blocks.map((b) =>
    b.type === 'paragraph'
      ? html`<p>${inline(b.children, options)}</p>`
      : b.ordered
        ? html`<ol>${b.items.map((item) => html`<li>${inline(item, options)}</li>`)}</ol>`
        : html`<ul>${b.items.map((item) => html`<li>${inline(item, options)}</li>`)}</ul>`,
  )}`
}

/** One paragraph's text and links without the paragraph, for a hint inside a label or a banner. */
export function renderInline(blocks: readonly Block[], options: RenderOptions = {}): (TemplateResult | string)[] {
  return blocks.flatMap((b, i) => {
    const children = b.type === 'paragraph' ? inline(b.children, options) : b.items.flatMap((item) => inline(item, options))
    return i === 0 ? children : [' ', ...children]
  })
}
