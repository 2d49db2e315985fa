/**
 * What every console screen needs to word a callback: names instead of ids, the time
 * (which buttons a card shows), the agent's rights, and where a form returns to.
 * @module
 */
import type { IsoDate } from '../../../engine/dates/iso-date.ts'

export interface ViewContext {
  journeyTitle: (id: string) => string
  /** The centre's name from journeys/callbacks.yaml, its id if the centre is gone. */
  centreName: (id: string) => string
  now: Date
  canWrite: boolean
}

/** The screen a card's forms come back to. */
export type Back = { view: 'avenir' } | { view: 'jour'; date: IsoDate } | { view: 'recherche' }

/** Where to go back to `reference` on the screen `back`; `updated` shows « Rappel … mis à jour ». */
export function backUrl(back: Back, reference: string, updated = true): string {
  const maj = updated ? `maj=${reference}` : ''
  switch (back.view) {
    case 'avenir':
      return `/agent${maj ? `?${maj}` : ''}#${reference}`
    case 'jour':
      return `/agent?date=${back.date}${maj ? `&${maj}` : ''}#${reference}`
    case 'recherche':
      return `/agent/recherche?reference=${reference}${maj ? `&${maj}` : ''}`
  }
}

/** `back` from a form's or a query's fields; the day view when a date comes alone. */
export function readBack(fields: Record<string, unknown>, isDate: (text: unknown) => text is IsoDate): Back {
  if (fields.back === 'avenir') return { view: 'avenir' }
  if (fields.back === 'recherche') return { view: 'recherche' }
  return isDate(fields.date) ? { view: 'jour', date: fields.date } : { view: 'avenir' }
}

/** The hidden fields that carry `back` through a form. */
export function BackFields({ back }: { back: Back }) {
  return (
    <>
      <input type="hidden" name="back" value={back.view} />
      {back.view === 'jour' ? <input type="hidden" name="date" value={back.date} /> : null}
    </>
  )
}
