/**
 * French typography for everything the usager reads, applied once when a journey is
 * compiled (editors type ordinary spaces): a narrow no-break space (U+202F) before « ? ! ; : »
 * and inside « … », so a line never starts with a lone « ? ». Times (9:30), URLs
 * (https://…?a=1;b=2) and ratios are left alone: a mark is spaced only when a space or the
 * end of the text follows it.
 * @module
 */

export const NNBSP = '\u202F'

/** Spaces an editor may have typed around a mark (ordinary, no-break, narrow no-break). */
const SPACES = '[ \\u00A0\\u202F]'

export function frenchTypography(text: string): string {
  return (
    text
      // « ? » « ! » « ; »: after a word or a space, before a space, a closing mark or the end.
      // « ?! » stays together: the second mark follows the first without a space.
      .replace(new RegExp(`(\\S)${SPACES}*([?!;])(?=[\\s»)?!]|$)`, 'gu'), (match, before: string, mark: string) =>
        before === '?' || before === '!' ? match : `${before}${NNBSP}${mark}`,
      )
      // « : » likewise; « 9:30 » and « https: » are never followed by a space.
      .replace(new RegExp(`(\\S)${SPACES}*:(?=\\s|$)`, 'gu'), (match, before: string) => (before === ':' ? match : `${before}${NNBSP}:`))
      // A text that starts with « : » after bold or a link (« **3919** : gratuit »).
      .replace(new RegExp(`^${SPACES}+([?!;:])(?=[\\s»)?!]|$)`, 'u'), `${NNBSP}$1`)
      .replace(new RegExp(`«${SPACES}*`, 'g'), `«${NNBSP}`)
      .replace(new RegExp(`${SPACES}*»`, 'g'), `${NNBSP}»`)
  )
}
