/**
 * The console's landing view: the next days' callbacks by day and slot, each a link to
 * its card in the day view; search by reference; any day reachable.
 * @module
 */
import type { IsoDate } from '../../../engine/dates/iso-date.ts'
import { dayInWords, STATUS_LABELS } from '../../agent/day.ts'
import { UPCOMING_DAYS, type UpcomingDay } from '../../agent/upcoming.ts'
import { timeParis } from '../../callbacks/paris-time.ts'
import { Layout } from '../../views/layout.tsx'
import { displayName } from './callback-card.tsx'
import { SearchForm } from './search-form.tsx'
import type { ViewContext } from './view-context.tsx'

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`

function Day({ day, context }: { day: UpcomingDay; context: ViewContext }) {
  const count = day.slots.reduce((n, s) => n + s.callbacks.length, 0)
  const toCall = day.slots.reduce((n, s) => n + s.callbacks.filter((c) => c.status === 'booked').length, 0)
  const id = `jour-${day.date}`
  return (
    <section class="upcoming-day" aria-labelledby={id}>
      <div class="slot__head">
        <h2 id={id}>{dayInWords(day.date)}</h2>
        <span>
          {plural(count, 'rappel')}, {toCall} à rappeler · <a href={`/agent?date=${day.date}`}>Ouvrir le jour</a>
        </span>
      </div>
      {day.slots.map((slot) => (
        <div class="upcoming-slot">
          <h3>
            {timeParis(slot.start)} – {timeParis(slot.end)} <span class="hint upcoming-slot__centre">{context.centreName(slot.centre)}</span>
          </h3>
          <ul class="upcoming-list">
            {slot.callbacks.map((c) => (
              <li id={c.reference}>
                <a href={`/agent?date=${day.date}#${c.reference}`}>{displayName(c)}</a>{' '}
                <span class={`badge badge--${c.status}`}>{STATUS_LABELS[c.status]}</span>
                <span class="hint">
                  {context.journeyTitle(c.journey)} · {c.reference}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

export function UpcomingPage({ today, days, context, updated }: { today: IsoDate; days: UpcomingDay[]; context: ViewContext; updated?: string | undefined }) {
  const count = days.reduce((n, d) => n + d.slots.reduce((m, s) => m + s.callbacks.length, 0), 0)
  return (
    <Layout title="Rappels à venir" site="agent" signedIn>
      <h1>Rappels à venir</h1>
      {updated ? (
        <p class="notice" role="status">
          Rappel {updated} mis à jour.
        </p>
      ) : null}
      <SearchForm />
      <form method="get" action="/agent" class="form-row">
        <div>
          <label for="date">Voir un jour</label>
          <input id="date" name="date" type="date" value={today} />
        </div>
        <button class="button button--secondary" type="submit">
          Afficher
        </button>
        <a class="button button--secondary" href={`/agent?date=${today}`}>
          Aujourd’hui
        </a>
      </form>
      <p>
        {count
          ? `${plural(count, 'rappel')} aujourd’hui et dans les ${UPCOMING_DAYS - 1} jours suivants.`
          : `Aucun rappel aujourd’hui ni dans les ${UPCOMING_DAYS - 1} jours suivants.`}
      </p>
      {days.map((day) => (
        <Day day={day} context={context} />
      ))}
    </Layout>
  )
}
