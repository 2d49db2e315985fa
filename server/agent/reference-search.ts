/**
 * A reference as an usager reads it on the phone: any case, with or without dashes or
 * spaces, with or without « MDV », and the letters Crockford's alphabet leaves out (O,
 * I, L) read as the digits they look like.
 * @module
 */
import { REFERENCE_PATTERN } from '../crypto.ts'

/** « mdv 7kq2x9pd », « 7KQ2-X9PD » → « MDV-7KQ2-X9PD »; null when it cannot be one. */
export function normaliseReference(typed: string): string | null {
  let compact = typed.toUpperCase().replace(/[^0-9A-Z]/g, '')
  if (compact.length === 11 && compact.startsWith('MDV')) compact = compact.slice(3)
  if (compact.length !== 8) return null
  const code = compact.replace(/O/g, '0').replace(/[IL]/g, '1')
  const reference = `MDV-${code.slice(0, 4)}-${code.slice(4)}`
  return REFERENCE_PATTERN.test(reference) ? reference : null
}
