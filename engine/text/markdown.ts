/**
 * The small, safe Markdown subset of task descriptions: paragraphs, `- ` lists,
 * `**gras**`, `*italique*` and `[liens](https://…)`.
 *
 * Parsed into a tree (never into HTML strings), so renderers build DOM or escaped
 * text and nothing an editor writes can inject markup.
 * @module
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; text: string }

/** `ordered`: a numbered list (« 1. », steps in order); absent for a `- ` list. */
export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered?: true; items: Inline[][] }

export interface MarkdownProblem {
  message: string
  /** Offset in the Markdown text. */
  offset: number
}

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/y
const STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*/y
const EM = /\*(?=\S)([^*]*?\S)\*/y

export function parseMarkdown(text: string, problems: MarkdownProblem[] = []): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { text: string; offset: number }[] = []
  let paragraphOffset = 0
  let offset = 0
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' '), paragraphOffset, problems) })
    paragraph = []
  }
  const flushList = () => {
    if (list.length) blocks.push({ type: 'list', items: list.map((item) => parseInline(item.text, item.offset, problems)) })
    list = []
  }
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim()
    const item = /^[-*]\s+(.*)$/.exec(line)
    if (!line) {
      flushParagraph()
      flushList()
    } else if (item) {
      flushParagraph()
      list.push({ text: item[1]!, offset: offset + rawLine.indexOf(item[1]!) })
    } else if (list.length && /^\s/.test(rawLine)) {
      const last = list[list.length - 1]!
      last.text += ' ' + line
    } else {
      flushList()
      if (!paragraph.length) paragraphOffset = offset + rawLine.indexOf(line)
      paragraph.push(line)
    }
    offset += rawLine.length + 1
  }
  flushParagraph()
  flushList()
  return blocks
}

function parseInline(text: string, base: number, problems: MarkdownProblem[]): Inline[] {
  const out: Inline[] = []
  let plain = ''
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain })
    plain = ''
  }
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (ch === '[') {
      LINK.lastIndex = i
      const m = LINK.exec(text)
      if (m) {
        const href = m[2]!
        if (!/^https:\/\/[^\s<>"']+$/.test(href) && !/^mailto:[^\s<>"']+$/.test(href)) {
          problems.push({ message: `Lien « ${href} » refusé : seules les adresses https:// (ou mailto:) sont permises.`, offset: base + i })
          plain += m[1]
        } else {
          flush()
          out.push({ type: 'link', href, text: m[1]! })
        }
        i += m[0].length
        continue
      }
    } else if (ch === '*') {
      STRONG.lastIndex = i
      const strong = STRONG.exec(text)
      if (strong) {
        flush()
        out.push({ type: 'strong', children: parseInline(strong[1]!, base + i + 2, problems) })
        i += strong[0].length
        continue
      }
      EM.lastIndex = i
      const em = EM.exec(text)
      if (em) {
        flush()
        out.push({ type: 'em', children: parseInline(em[1]!, base + i + 1, problems) })
        i += em[0].length
        continue
      }
    }
    plain += ch
    i += 1
  }
  flush()
  return out
}

/** Plain text (for the CLI, calendar files and screen-reader summaries). */
export function markdownToText(blocks: readonly Block[]): string {
  const inline = (children: readonly Inline[]): string =>
    children.map((c) => (c.type === 'text' ? c.text : c.type === 'link' ? `${c.text} (${c.href})` : inline(c.children))).join('')
  return blocks
    .map((b) => (b.type === 'paragraph' ? inline(b.children) : b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n')))
    .join('\n\n')
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/** Escaped HTML, for server-rendered pages. */
export function markdownToHtml(blocks: readonly Block[]): string {
  const inline = (children: readonly Inline[]): string =>
    children
      .map((c) => {
        switch (c.type) {
          case 'text':
            return escapeHtml(c.text)
          case 'strong':
            return `<strong>${inline(c.children)}</strong>`
          case 'em':
            return `<em>${inline(c.children)}</em>`
          case 'link':
            return `<a href="${escapeHtml(c.href)}">${escapeHtml(c.text)}</a>`
        }
      })
      .join('')
  return blocks
    .map((b) => {
      if (b.type === 'paragraph') return `<p>${inline(b.children)}</p>`
      const tag = b.ordered ? 'ol' : 'ul'
      return `<${tag}>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${tag}>`
    })
    .join('')
}
