/**
 * Editors' Markdown, parsed at build time by a CommonMark parser (mdast-util-from-markdown)
 * into the small tree the widget renders (`Block[]`, engine/text/markdown.ts). Node and
 * build side only: the browser receives the tree, never the parser.
 *
 * The supported subset: paragraphs, `- ` and `1. ` lists (one level), `**gras**`,
 * `*italique*`, links to `https://` or `mailto:` (their URL may hold parentheses). Anything
 * else (headings, code, images, HTML, quotes…) is reported with its offset, and kept as
 * plain text so that nothing is lost.
 * @module
 */

import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import type { Block, Inline, MarkdownProblem } from './markdown.ts'

const SAFE_HREF = /^(https:\/\/[^\s<>"']+|mailto:[^\s<>"']+)$/

const UNSUPPORTED: Record<string, string> = {
  heading: 'Titre Markdown (#) non pris en charge : écrivez un paragraphe, avec **gras** si besoin.',
  code: 'Bloc de code non pris en charge : les usagers liraient des symboles.',
  inlineCode: 'Code (`…`) non pris en charge : écrivez le texte sans accents graves.',
  image: 'Image non prise en charge dans une description.',
  html: 'HTML non pris en charge : utilisez le Markdown simple (gras, italique, listes, liens).',
  blockquote: 'Citation (>) non prise en charge.',
  thematicBreak: 'Ligne de séparation (---) non prise en charge.',
  linkReference: 'Lien par référence ([texte][ref]) non pris en charge : écrivez [texte](https://…).',
  definition: 'Définition de lien ([ref]: …) non prise en charge : écrivez [texte](https://…).',
}

function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0
}

/** The source text of a node, kept as plain text when its construct is not supported. */
function sourceOf(node: Nodes, text: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : text.slice(start, end)
}

function plainText(children: readonly Inline[]): string {
  return children.map((c) => (c.type === 'text' ? c.text : c.type === 'link' ? c.text : plainText(c.children))).join('')
}

function inlines(nodes: readonly PhrasingContent[], text: string, problems: MarkdownProblem[]): Inline[] {
  const out: Inline[] = []
  const pushText = (value: string) => {
    if (!value) return
    const last = out[out.length - 1]
    if (last?.type === 'text') last.text += value
    else out.push({ type: 'text', text: value })
  }
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // Soft line breaks inside a paragraph are spaces, as the old parser read them.
        pushText(node.value.replace(/\s*\n\s*/g, ' '))
        break
      case 'break':
        pushText(' ')
        break
      case 'strong':
        out.push({ type: 'strong', children: inlines(node.children, text, problems) })
        break
      case 'emphasis':
        out.push({ type: 'em', children: inlines(node.children, text, problems) })
        break
      case 'link': {
        const label = plainText(inlines(node.children, text, problems))
        if (SAFE_HREF.test(node.url)) out.push({ type: 'link', href: node.url, text: label })
        else {
          problems.push({ message: `Lien « ${node.url} » refusé : seules les adresses https:// (ou mailto:) sont permises.`, offset: offsetOf(node) })
          pushText(label)
        }
        break
      }
      case 'inlineCode':
        problems.push({ message: UNSUPPORTED.inlineCode!, offset: offsetOf(node) })
        pushText(node.value)
        break
      default:
        problems.push({ message: UNSUPPORTED[node.type] ?? `Élément Markdown non pris en charge (${node.type}).`, offset: offsetOf(node) })
        pushText(node.type === 'image' ? (node.alt ?? '') : sourceOf(node, text))
    }
  }
  // The tree never starts or ends a paragraph with spaces.
  const first = out[0]
  if (first?.type === 'text') first.text = first.text.trimStart()
  const last = out[out.length - 1]
  if (last?.type === 'text') last.text = last.text.trimEnd()
  return out.filter((c) => c.type !== 'text' || c.text)
}

function blocks(nodes: readonly RootContent[], text: string, problems: MarkdownProblem[]): Block[] {
  const out: Block[] = []
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      out.push({ type: 'paragraph', children: inlines(node.children, text, problems) })
    } else if (node.type === 'list') {
      if (node.ordered && node.start !== null && node.start !== undefined && node.start !== 1) {
        problems.push({ message: `Liste numérotée commençant à ${node.start} : numérotez à partir de 1.`, offset: offsetOf(node) })
      }
      const items = node.children.map((item) => {
        // An item's paragraphs join; a nested list or other block inside an item is not in the subset.
        const children: Inline[] = []
        for (const child of item.children) {
          if (child.type === 'paragraph') {
            if (children.length) children.push({ type: 'text', text: ' ' })
            children.push(...inlines(child.children, text, problems))
          } else {
            problems.push({ message: child.type === 'list' ? 'Liste imbriquée non prise en charge : un seul niveau de tirets.' : (UNSUPPORTED[child.type] ?? `Élément Markdown non pris en charge (${child.type}).`), offset: offsetOf(child) })
            children.push({ type: 'text', text: ' ' + sourceOf(child, text).replace(/\s+/g, ' ').trim() })
          }
        }
        return children
      })
      out.push(node.ordered ? { type: 'list', ordered: true, items } : { type: 'list', items })
    } else {
      problems.push({ message: UNSUPPORTED[node.type] ?? `Élément Markdown non pris en charge (${node.type}).`, offset: offsetOf(node) })
      const kept = node.type === 'heading' ? plainText(inlines(node.children, text, problems)) : sourceOf(node, text).trim()
      if (kept && node.type !== 'thematicBreak' && node.type !== 'definition') out.push({ type: 'paragraph', children: [{ type: 'text', text: kept }] })
    }
  }
  return out
}

/** `Block[]` from `text`; problems (with their offset in `text`) for what the subset does not have. */
export function parseEditorMarkdown(text: string, problems: MarkdownProblem[] = []): Block[] {
  return blocks(fromMarkdown(text).children, text, problems)
}
