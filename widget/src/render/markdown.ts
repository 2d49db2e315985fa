/**
 * Task descriptions are a safe Markdown tree (engine/text/markdown.ts); they are
 * rendered as Lit templates, so editors' text is always escaped and never parsed as HTML.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Block, Inline } from '../../../engine/runtime/index.ts'

function inline(children: readonly Inline[]): (TemplateResult | string)[] {
  return children.map((c) => {
    switch (c.type) {
      case 'text':
        return c.text
      case 'strong':
        return html`<strong>${inline(c.children)}</strong>`
      case 'em':
        return html`<em>${inline(c.children)}</em>`
      case 'link':
        return html`<a href=${c.href}>${c.text}</a>`
    }
  })
}

export function renderBlocks(blocks: readonly Block[]): TemplateResult | typeof nothing {
  if (!blocks.length) return nothing
  return html`${blocks.map((b) =>
    b.type === 'paragraph'
      ? html`<p>${inline(b.children)}</p>`
      : b.ordered
        ? html`<ol>${b.items.map((item) => html`<li>${inline(item)}</li>`)}</ol>`
        : html`<ul>${b.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`,
  )}`
}
