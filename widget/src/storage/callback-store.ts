/**
 * A booked call-back (reference, cancel token and times, no phone number), so that the
 * usager can still see and cancel it after a reload.
 * @module
 */
import { callbackKey } from './keys.ts'
import type { Store } from './store.ts'

export interface StoredBooking {
  reference: string
  cancelToken: string
  start: string
  end: string
}

export function loadBooking(store: Store, journey: string): StoredBooking | undefined {
  const read = store.read(callbackKey(journey))
  if (read.kind !== 'value' || typeof read.value !== 'object' || read.value === null) return undefined
  const b = read.value as Record<string, unknown>
  const ok = ['reference', 'cancelToken', 'start', 'end'].every((k) => typeof b[k] === 'string')
  // A booking whose time has passed is of no further use.
  return ok && Date.parse(String(b.end)) > Date.now() ? (b as unknown as StoredBooking) : undefined
}

export function saveBooking(store: Store, journey: string, booking: StoredBooking | undefined): void {
  if (booking) store.write(callbackKey(journey), booking)
  else store.remove(callbackKey(journey))
}
