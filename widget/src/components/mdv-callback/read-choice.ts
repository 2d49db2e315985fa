/**
 * The booking form read and checked: the slot, the number (French formats, overseas
 * included, turned into E.164), the name and both consents; only consent to be called
 * is required.
 * @module
 */
import type { Translations } from '../../i18n/index.ts'
import { normalizePhone } from '../../validation/phone.ts'
import type { Choice, Field } from './callback-form.ts'

export function readChoice(form: HTMLFormElement, t: Translations): { choice: Choice; errors: Partial<Record<Field, string>> } {
  const data = new FormData(form)
  const phone = String(data.get('phone') ?? '').trim()
  const e164 = normalizePhone(phone)
  const choice: Choice = {
    slot: String(data.get('slot') ?? ''),
    phone,
    e164: e164 ?? '',
    name: String(data.get('name') ?? '').trim(),
    consent: data.get('consent') === 'yes',
    share: data.get('share') === 'yes',
  }
  const errors: Partial<Record<Field, string>> = {}
  if (!choice.slot) errors.slot = t.slotRequired
  if (!phone) errors.phone = t.phoneRequired
  else if (!e164) errors.phone = t.phoneInvalid
  if (!choice.consent) errors.consent = t.consentRequired
  return { choice, errors }
}
