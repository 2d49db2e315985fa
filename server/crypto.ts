/**
 * Secrets the server hands out (cancel tokens, agent tokens) are random, shown once and
 * stored only as SHA-256 hashes: a copy of the database does not let anyone cancel a
 * callback or open the agent console. SHA-256 (not scrypt) is enough because the
 * secrets have 256 bits of entropy; nothing here is a password.
 * @module
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** Constant-time comparison of a secret's hash with the stored hash. */
export function matchesHash(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex')
  const b = Buffer.from(storedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

export function hmac(key: string, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('base64url')
}

/** Crockford's base 32: no I, L, O or U, easy to read aloud on the phone. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A booking reference the usager can read to an agent: `MDV-7KQ2-X9PD` (40 random bits). */
export function newReference(): string {
  const bytes = randomBytes(8)
  let code = ''
  for (let i = 0; i < 8; i++) code += CROCKFORD[bytes[i]! % 32]
  return `MDV-${code.slice(0, 4)}-${code.slice(4)}`
}

export const REFERENCE_PATTERN = /^MDV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/

/** Eight Crockford characters from 40 bits, grouped for reading: `K7P4-QX9M`. */
function crockfordCode(bytes: Buffer): string {
  let code = ''
  for (let i = 0; i < 8; i++) code += CROCKFORD[bytes[i]! % 32]
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** The short cancel code an usager notes down next to the reference: `K7P4-QX9M`. */
export function newCancelCode(): string {
  return crockfordCode(randomBytes(8))
}

/**
 * What a cancel code typed by a person means: upper case, no separators, and the
 * letters people confuse read as Crockford does (O → 0, I and L → 1). Null when it
 * cannot be a code.
 */
export function normaliseCancelCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-\u00a0\u202f.]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? `${code.slice(0, 4)}-${code.slice(4)}` : null
}

/**
 * Secrets of one booking that a replay with the same Idempotency-Key must give back
 * although only their hashes are stored: derived from the server's secret, the random
 * reference and the key's hash — never from what the client chose alone.
 */
export function derivedCancelSecrets(serverSecret: string, reference: string, keyHash: string): { token: string; code: string } {
  const token = hmac(serverSecret, `cancel-token:${reference}:${keyHash}`)
  const code = crockfordCode(createHmac('sha256', serverSecret).update(`cancel-code:${reference}:${keyHash}`, 'utf8').digest())
  return { token, code }
}

/**
 * The stored form of a short secret (cancel code) or of a client address: keyed with
 * the server's secret, so that a copy of the database cannot be reversed by trying
 * every value (40 bits or all of IPv4 are quickly tried with a plain hash).
 */
export function keyedHash(serverSecret: string, purpose: string, text: string): string {
  return createHmac('sha256', serverSecret).update(`${purpose}:${text}`, 'utf8').digest('hex')
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y)
}
