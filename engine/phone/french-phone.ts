/**
 * French phone numbers, metropolitan and overseas, normalised to E.164: the one rule
 * the widget (as the usager types) and the server (on booking) both apply, so the
 * widget never accepts a number the server then refuses. No Node API: it runs in both.
 *
 * Special-rate and free numbers (08…) are refused: a call centre calls people back on
 * a fixed or mobile line.
 *
 * Usagers write numbers as they know them: "06 12 34 56 78", "+33 (0)6…", "0033…",
 * "0692 12 34 56" (La Réunion dialled from France) or "+262 692…". Overseas
 * departments have their own country codes but are dialled with a 0 from France, so
 * national numbers are mapped to the right code by their first digits.
 * @module
 */

export type PhoneResult = { ok: true; e164: string } | { ok: false; message: string }

/** National prefixes (after the 0) of the overseas departments, and their country code. */
const OVERSEAS_PREFIXES: Record<string, string> = {
  '262': '262', // La Réunion, fixed
  '263': '262', // La Réunion, fixed (new range)
  '692': '262', // La Réunion, mobile
  '693': '262', // La Réunion, mobile
  '269': '262', // Mayotte, fixed
  '639': '262', // Mayotte, mobile
  '590': '590', // Guadeloupe, Saint-Martin, Saint-Barthélemy, fixed
  '690': '590', // mobile
  '691': '590', // mobile
  '594': '594', // Guyane, fixed
  '694': '594', // mobile
  '596': '596', // Martinique, fixed
  '696': '596', // mobile
  '697': '596', // mobile
}

/** Country codes of the overseas territories with their own numbering, and their national number length. */
const OVERSEAS_CODES: Record<string, number> = {
  '262': 9, // La Réunion, Mayotte
  '590': 9, // Guadeloupe, Saint-Martin, Saint-Barthélemy
  '594': 9, // Guyane
  '596': 9, // Martinique
  '508': 6, // Saint-Pierre-et-Miquelon
  '681': 6, // Wallis-et-Futuna
  '687': 6, // Nouvelle-Calédonie
  '689': 8, // Polynésie française
  '269': 7, // Mayotte before 2007 (now the Comoros' code): kept as given
}

const INVALID: PhoneResult = {
  ok: false,
  message: 'Numéro de téléphone invalide : indiquez un numéro français, par exemple 06 12 34 56 78 ou +262 692 12 34 56.',
}

/** A 9-digit national significant number (without the leading 0). */
function fromNational(nsn: string): PhoneResult {
  if (!/^[1-79]\d{8}$/.test(nsn)) {
    if (/^8\d{8}$/.test(nsn)) return { ok: false, message: 'Les numéros spéciaux (08…) ne peuvent pas être rappelés : indiquez un numéro fixe ou mobile.' }
    return INVALID
  }
  const overseas = OVERSEAS_PREFIXES[nsn.slice(0, 3)]
  return { ok: true, e164: `+${overseas ?? '33'}${nsn}` }
}

export function normalisePhone(input: string): PhoneResult {
  // Separators people type: spaces (incl. non-breaking), dots, dashes, slashes, parentheses around the trunk 0.
  let text = input.trim().replace(/\(0\)/g, '').replace(/[\s\u00a0\u202f.\-/()]/g, '')
  if (text.startsWith('00')) text = '+' + text.slice(2)
  if (!/^\+?\d{6,15}$/.test(text)) return INVALID
  if (!text.startsWith('+')) return /^0\d{9}$/.test(text) ? fromNational(text.slice(1)) : INVALID

  const digits = text.slice(1)
  if (digits.startsWith('33')) {
    const rest = digits.slice(2).replace(/^0/, '')
    return rest.length === 9 ? fromNational(rest) : INVALID
  }
  for (const [code, length] of Object.entries(OVERSEAS_CODES)) {
    if (!digits.startsWith(code)) continue
    const rest = digits.slice(code.length).replace(/^0(?=\d{9}$)/, '')
    // A Mayotte number dialled with the former +269 code: its 9 digits say it is +262.
    if (code === '269' && /^(269|639)\d{6}$/.test(rest)) return { ok: true, e164: `+262${rest}` }
    if (rest.length !== length) return INVALID
    if (length === 9) {
      const expected = OVERSEAS_PREFIXES[rest.slice(0, 3)]
      return expected === code ? { ok: true, e164: `+${code}${rest}` } : INVALID
    }
    return { ok: true, e164: `+${code}${rest}` }
  }
  return { ok: false, message: 'Seuls les numéros français (métropole et outre-mer) peuvent être rappelés.' }
}

/** "+33 6 12 34 56 78" / "+262 692 12 34 56", for agents reading a number aloud. */
export function formatPhone(e164: string): string {
  if (e164.startsWith('+33') && e164.length === 12) return `+33 ${e164[3]} ${e164.slice(4).replace(/(\d{2})(?=\d)/g, '$1 ')}`
  const code = Object.keys(OVERSEAS_CODES).find((c) => e164.startsWith('+' + c))
  if (!code) return e164
  const rest = e164.slice(1 + code.length)
  return rest.length === 9 ? `+${code} ${rest.slice(0, 3)} ${rest.slice(3).replace(/(\d{2})(?=\d)/g, '$1 ')}` : `+${code} ${rest.replace(/(\d{2})(?=\d)/g, '$1 ')}`
}

/**
 * The number as dialled from France ("06 12 34 56 78", "0692 12 34 56"), for exports:
 * it cannot start with "+", which spreadsheets read as a formula. Territories without a
 * national form (Pacific, Saint-Pierre-et-Miquelon) keep their international form.
 */
export function nationalPhone(e164: string): string {
  if (/^\+33\d{9}$/.test(e164)) return `0${e164.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ')
  const overseas = /^\+(262|590|594|596)(\d{9})$/.exec(e164)
  if (overseas) return `0${overseas[2]!.slice(0, 3)} ${overseas[2]!.slice(3).replace(/(\d{2})(?=\d)/g, '$1 ')}`
  return formatPhone(e164)
}
