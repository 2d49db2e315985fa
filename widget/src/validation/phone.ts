/**
 * French phone numbers as people write them, in metropolitan France and overseas,
 * normalised to E.164 (`+33612345678`) for the call centre.
 *
 * Accepted: 10 digits starting with 0 (overseas numbers are also 10 digits: 0262…,
 * 0590…, 0690…, given their own country code); +33 / 0033 followed by 9 digits (an optional "(0)" is dropped);
 * the overseas country codes +262 (La Réunion, Mayotte), +590 (Guadeloupe,
 * Saint-Martin, Saint-Barthélemy), +594 (Guyane), +596 (Martinique) with 9 digits,
 * +508 (Saint-Pierre-et-Miquelon), +681 (Wallis-et-Futuna), +687 (Nouvelle-Calédonie)
 * with 6 digits and +689 (Polynésie française) with 8 digits.
 * @module
 */

/**
 * Overseas departments use 10-digit national numbers too, but their international
 * code is not +33: 0262 12 34 56 (La Réunion) is +262 262 12 34 56.
 */
const OVERSEAS_PREFIX: Record<string, string> = {
  '262': '262', '263': '262', '692': '262', '693': '262', '269': '262', '639': '262',
  '590': '590', '690': '590', '691': '590',
  '594': '594', '694': '594',
  '596': '596', '696': '596', '697': '596',
}

const NSN_LENGTH: Record<string, number> = { '33': 9, '262': 9, '590': 9, '594': 9, '596': 9, '508': 6, '681': 6, '687': 6, '689': 8 }

/** The number in E.164, or undefined when it is not a French number. */
export function normalizePhone(input: string): string | undefined {
  let text = input.trim().replace(/[\s.\-/\u00a0\u202f]/g, '').replace(/\(0\)/, '')
  if (text.startsWith('00')) text = `+${text.slice(2)}`
  if (/^0[1-9]\d{8}$/.test(text)) return `+${OVERSEAS_PREFIX[text.slice(1, 4)] ?? '33'}${text.slice(1)}`
  const international = /^\+(\d+)$/.exec(text)
  if (!international) return undefined
  const digits = international[1]!
  for (const [code, length] of Object.entries(NSN_LENGTH)) {
    if (!digits.startsWith(code)) continue
    let national = digits.slice(code.length)
    // +262 0692… : some people keep the trunk 0.
    if (national.length === length + 1 && national.startsWith('0')) national = national.slice(1)
    if (national.length === length && /^[1-9]/.test(national)) return `+${code}${national}`
  }
  return undefined
}
