/**
 * What the root renders above the plan for « Cet appel vous a-t-il aidé ? ». Eager and
 * tiny: it loads the prompt's module (dynamic import) only when a booking kept in the
 * browser has reached its time; the prompt then asks the server whether the call
 * took place.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { ApiClient } from '../../api/client.ts'
import type { Locale } from '../../i18n/index.ts'
import { loadBooking, type StoredBooking } from '../../storage/callback-store.ts'
import type { Store } from '../../storage/store.ts'
import { bookingNow } from '../mdv-callback/clock.ts'

export interface SatisfactionOptions {
  locale: Locale
  theme: 'default' | 'dsfr'
  journey: string
  api: ApiClient
  store: Store
  /** The journey's `today` (moves the clock in demonstrations and tests). */
  today?: string
}

let loaded: Promise<unknown> | undefined
/** Bookings shown a prompt in this page: it stays rendered (its thanks) after the booking is forgotten. */
const shown = new WeakMap<Store, Map<string, StoredBooking>>()

export function renderSatisfaction(o: SatisfactionOptions): TemplateResult | typeof nothing {
  const now = bookingNow(o.today)
  const kept = loadBooking(o.store, o.journey, now)
  const seen = shown.get(o.store) ?? new Map<string, StoredBooking>()
  shown.set(o.store, seen)
  // Before its time, a call cannot have helped yet.
  if (kept && Date.parse(kept.start) <= now) seen.set(o.journey, kept)
  const booking = seen.get(o.journey)
  if (!booking) return nothing
  loaded ??= import('./mdv-satisfaction.ts')
  return html`<mdv-satisfaction .locale=${o.locale} .theme=${o.theme} .journey=${o.journey} .api=${o.api} .store=${o.store}
    .booking=${booking}></mdv-satisfaction>`
}
