/**
 * The widget's phone check: the same rule as the server's (engine/phone/french-phone.ts),
 * so a number accepted here is never refused on booking.
 * @module
 */
import { normalisePhone } from '../../../engine/phone/french-phone.ts'

/** The number in E.164, or undefined when it cannot be called back (not French, or 08…). */
export function normalizePhone(input: string): string | undefined {
  const result = normalisePhone(input)
  return result.ok ? result.e164 : undefined
}

/** Why a number is refused, in French, as the server words it; undefined when it is fine. */
export function phoneProblem(input: string): string | undefined {
  const result = normalisePhone(input)
  return result.ok ? undefined : result.message
}
