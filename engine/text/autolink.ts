/**
 * Addresses and phone numbers written in a description become links: `https://…` as
 * written, French numbers (01 23 45 67 89, 39 19, 3919) and the emergency numbers (15, 17,
 * 18, 112, 114, 115, 119) as `tel:` links — a usager in distress on a phone taps them.
 * Short numbers are linked only where they read as a number to call (« le 17 », « au 114 »,
 * « call 17 » in the widget's English strings, or alone in bold), never « 17 ans ».
 * @module
 */
import type { Block, Inline } from './markdown.ts'
import { frenchTypography } from './typography.ts'

const SERVICE_NUMBERS = '3919|39 19|3114|31 14|3939|3646|36 46|3960|39 60|3975|3018|3230|3237|3020|116 006|116 000'
const EMERGENCY = '15|17|18|112|114|115|119|196'
const PATTERN = new RegExp(
  [
    String.raw`(?<url>https:\/\/[^\s<>"'«»]+[^\s<>"'«».,;:!?)])`,
    String.raw`(?<phone>\b0[1-9](?:[ .\u00A0\u202F]?\d{2}){4}\b)`,
    String.raw`(?<service>\b(?:${SERVICE_NUMBERS})\b)`,
    String.raw`(?<=\b(?:le|au|ou|appelez|composez|SMS au|call|dial|text)[ \u00A0])(?<emergency>(?:${EMERGENCY}))\b(?![ \u00A0\u202F]*(?:ans|an|jours|mois|heures|h|%|€|euros|semaines|ème|e|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)`,
  ].join('|'),
  'gu',
)

function telOf(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}

function linkText(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const match of text.matchAll(PATTERN)) {
    const found = match[0]
    const index = match.index!
    if (index > last) out.push({ type: 'text', text: text.slice(last, index) })
    out.push({ type: 'link', href: match.groups!.url ? found : telOf(found), text: found })
    last = index + found.length
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out.length ? out : [{ type: 'text', text }]
}

function inline(children: readonly Inline[], inStrong = false): Inline[] {
  return children.flatMap((child): Inline[] => {
    switch (child.type) {
      case 'text': {
        const text = frenchTypography(child.text)
        // « **17** » alone in bold is a number to call.
        if (inStrong && new RegExp(`^(?:${EMERGENCY})$`).test(text.trim())) return [{ type: 'link', href: telOf(text), text }]
        return linkText(text)
      }
      case 'strong':
        return [{ type: 'strong', children: inline(child.children, true) }]
      case 'em':
        return [{ type: 'em', children: inline(child.children, inStrong) }]
      case 'link':
        return [{ ...child, text: frenchTypography(child.text) }]
    }
  })
}

/** The compiled description with typography applied and addresses and numbers linked. */
export function enrichBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map((block) =>
    block.type === 'paragraph' ? { type: 'paragraph', children: inline(block.children) } : { type: 'list', items: block.items.map((item) => inline(item)) },
  )
}
