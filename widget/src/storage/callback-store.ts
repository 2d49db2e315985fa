/**
 * A booked call-back (reference, cancel token and code, times, who calls; no phone
 * number), so that the usager can still see and cancel it after a reload, and be asked
 * after the call whether it helped. Sensitive journeys are given a store that lives no
 * longer than the tab.
 * @module
 */
import type { CallbackCentre } from '../api/client.ts'
import { callbackKey } from './keys.ts'
import type { Store } from './store.ts'

export interface StoredBooking {
  reference: string
  cancelToken: string
  /** The short code to note down (absent from bookings kept by older versions). */
  cancelCode?: string
  start: string
  end: string
  /** Who calls and from which number, as the slots said when booking. */
  centre?: CallbackCentre
  /** The summary of answers was shared with the agent. */
  shareAnswers?: boolean
}

/** After its call, a booking waits this long for « Cet appel vous a-t-il aidé ? », then is forgotten. */
export const KEEP_AFTER_CALL_MS = 30 * 24 * 60 * 60 * 1000

export function loadBooking(store: Store, journey: string, now: number): StoredBooking | undefined {
  const read = store.read(callbackKey(journey))
  if (read.kind !== 'value' || typeof read.value !== 'object' || read.value === null) return undefined
  const b = read.value as Record<string, unknown>
  const ok = ['reference', 'cancelToken', 'start', 'end'].every((k) => typeof b[k] === 'string') && !Number.isNaN(Date.parse(String(b.end)))
  if (!ok) return undefined
  if (Date.parse(String(b.end)) + KEEP_AFTER_CALL_MS <= now) {
    store.remove(callbackKey(journey))
    return undefined
  }
  return b as unknown as StoredBooking
}

export function saveBooking(store: Store, journey: string, booking: StoredBooking | undefined): void {
  if (booking) store.write(callbackKey(journey), booking)
  else store.remove(callbackKey(journey))
}

/** Forgets the booking only if it is still this one (a newer booking may have replaced it). */
export function forgetBooking(store: Store, journey: string, reference: string): void {
  const read = store.read(callbackKey(journey))
  if (read.kind === 'value' && (read.value as { reference?: unknown } | null)?.reference === reference) store.remove(callbackKey(journey))
}
