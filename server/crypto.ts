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
