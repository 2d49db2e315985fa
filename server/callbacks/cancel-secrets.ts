/**
 * The two secrets that let an usager cancel a booking without an account: a long
 * token for the widget (API, .ics) and a short code to note down with the reference
 * (the /annuler page). Both are random per booking, or — with an Idempotency-Key —
 * derived from the server's secret so that a replay gives the same ones back; only
 * their hashes are stored.
 * @module
 */
import { derivedCancelSecrets, keyedHash, matchesHash, newCancelCode, normaliseCancelCode, randomToken, sameHash, sha256 } from '../crypto.ts'
import type { StoredCallback } from '../storage/storage.ts'

export interface CancelSecrets {
  token: string
  code: string
  tokenHash: string
  codeHash: string
}

export function cancelSecretsFor(serverSecret: string, reference: string, idempotencyKeyHash: string | null): CancelSecrets {
  const { token, code } = idempotencyKeyHash
    ? derivedCancelSecrets(serverSecret, reference, idempotencyKeyHash)
    : { token: randomToken(32), code: newCancelCode() }
  return { token, code, tokenHash: sha256(token), codeHash: cancelCodeHash(serverSecret, code) }
}

export function cancelCodeHash(serverSecret: string, code: string): string {
  return keyedHash(serverSecret, 'cancel-code', code)
}

export function tokenMatches(callback: StoredCallback, token: string): boolean {
  return matchesHash(token, callback.cancelTokenHash)
}

/** Whether a code as typed (any case, with or without the dash) is this booking's. */
export function codeMatches(serverSecret: string, callback: StoredCallback, typed: string): boolean {
  const code = normaliseCancelCode(typed)
  return code !== null && callback.cancelCodeHash !== null && sameHash(cancelCodeHash(serverSecret, code), callback.cancelCodeHash)
}
