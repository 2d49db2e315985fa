/**
 * One day's callbacks by slot, with the cards and their buttons (`/agent?date=…`).
 * @module
 */
import { addDays, type IsoDate } from '../../../engine/dates/iso-date.ts'
import { dayInWords, type DaySlot } from '../../agent/day.ts'
import type { CallSatisfaction } from '../../storage/storage.ts'
import { Layout } from '../../views/layout.tsx'
import { SearchForm } from './search-form.tsx'
import { SlotSection } from './slot-section.tsx'
import type { ViewContext } from './view-context.tsx'

export function DayPage({
  date,
  slots,
  context,
  ratings,
  updated,
}: {
  date: IsoDate
  slots: DaySlot[]
  context: ViewContext
  ratings: ReadonlyMap<string, CallSatisfaction>
  updated?: string | undefined
}) {
  const count = slots.reduce((n, s) => n + s.callbacks.length, 0)
  const dayLabel = dayInWords(date)
  return (
    <Layout title={`Rappels du ${dayLabel}`} site="agent" signedIn>
      <p>
        <a href="/agent">← Rappels à venir</a>
      </p>
      <h1>Rappels du {dayLabel}</h1>
      {updated ? (
        <p class="notice" role="status">
          Rappel {updated} mis à jour.
        </p>
      ) : null}
      <form method="get" action="/agent" class="form-row">
        <div>
          <label for="date">Jour</label>
          <input id="date" name="date" type="date" value={date} />
        </div>
        <button class="button button--secondary" type="submit">
          Afficher
        </button>
        <a class="button button--secondary" href={`/agent?date=${addDays(date, -1)}`}>
          Jour précédent
        </a>
        <a class="button button--secondary" href={`/agent?date=${addDays(date, 1)}`}>
          Jour suivant
        </a>
        <a class="button button--secondary" href={`/api/agent/callbacks.csv?date=${date}`} download>
          Exporter le jour (CSV)
        </a>
      </form>
      <SearchForm />
      <p>{count ? `${count} rappel${count > 1 ? 's' : ''} ce jour-là.` : 'Aucun rappel ce jour-là.'}</p>
      {slots.map((slot) => (
        <SlotSection slot={slot} context={context} back={{ view: 'jour', date }} ratings={ratings} />
      ))}
    </Layout>
  )
}
