/**
 * The journeys' sections of /resultats: completion per journey, abandonment per question
 * (as a share of the runs started) and the weekly trend, each a chart and its table.
 * @module
 */
import { TableFrame } from '../views/table-frame.tsx'
import { BarChart, percent, SeriesChart } from '../views/bar-chart.tsx'
import type { Results } from './compute.ts'

export const frDate = (iso: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { ...options, timeZone: 'UTC' })

const weekLabel = (week: string) => `Semaine du ${frDate(week, { day: 'numeric', month: 'long' })}`

export function CompletionSection({ journeys }: Pick<Results, 'journeys'>) {
  return (
    <section>
      <h2 id="achevement">Taux d’achèvement par parcours</h2>
      <p>Un parcours est compté une fois par navigateur, même repris après un rechargement de la page.</p>
      <BarChart
        id="chart-completion"
        title="Part des parcours commencés qui ont été terminés"
        max={1}
        bars={journeys.map((j) => ({ label: j.title, value: j.completionRate ?? 0, display: percent(j.completionRate) }))}
      />
      <TableFrame id="table-completion" caption="Achèvement par parcours">
          <thead>
            <tr>
              <th scope="col">Parcours</th>
              <th scope="col" class="number">Commencés</th>
              <th scope="col" class="number">Terminés</th>
              <th scope="col" class="number">Abandonnés</th>
              <th scope="col" class="number">Taux d’achèvement</th>
            </tr>
          </thead>
          <tbody>
            {journeys.map((j) => (
              <tr>
                <th scope="row">{j.title}</th>
                <td class="number">{j.started}</td>
                <td class="number">{j.completed}</td>
                <td class="number">{j.abandoned}</td>
                <td class="number">{percent(j.completionRate)}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      <p class="hint">
        Les parcours ni terminés ni quittés sur une question (page encore ouverte, fermée sans signal) ne sont comptés ni comme terminés ni
        comme abandonnés.
      </p>
    </section>
  )
}

export function AbandonmentSection({ abandonment }: Pick<Results, 'abandonment'>) {
  const top = [...abandonment].sort((a, b) => b.count - a.count)[0]
  return (
    <section>
      <h2 id="abandons">Abandons par question</h2>
      {top ? (
        <>
          <p>
            {percent(top.rate)} des parcours « {top.journeyTitle} » commencés s’arrêtent à la question « {top.label} ». Chaque parcours
            abandonné est compté une fois, à la question la plus avancée qu’il a atteinte.
          </p>
          <BarChart
            id="chart-abandonment"
            title="Part des parcours commencés qui s’arrêtent à chaque question"
            max={Math.max(...abandonment.map((a) => a.rate ?? 0))}
            bars={abandonment.map((a) => ({ label: `${a.journeyTitle} — ${a.label}`, value: a.rate ?? 0, display: `${percent(a.rate)} (${a.count})` }))}
          />
          <TableFrame id="table-abandonment" caption="Abandons par question">
              <thead>
                <tr>
                  <th scope="col">Parcours</th>
                  <th scope="col">Question</th>
                  <th scope="col" class="number">Abandons</th>
                  <th scope="col" class="number">Part des parcours commencés</th>
                </tr>
              </thead>
              <tbody>
                {abandonment.map((a) => (
                  <tr>
                    <td>{a.journeyTitle}</td>
                    <th scope="row">{a.label}</th>
                    <td class="number">{a.count}</td>
                    <td class="number">{percent(a.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </TableFrame>
        </>
      ) : (
        <p>Aucun abandon compté sur la période.</p>
      )}
    </section>
  )
}

export function TrendSection({ weeks }: Pick<Results, 'weeks'>) {
  const max = Math.max(1, ...weeks.map((w) => w.started))
  return (
    <section>
      <h2 id="tendance">Tendance par semaine</h2>
      <p>Parcours commencés et terminés chaque semaine, comptés à leur premier jour ; la première et la dernière semaine peuvent être partielles.</p>
      <SeriesChart
        id="chart-trend"
        title="Parcours commencés et terminés par semaine"
        max={max}
        rows={weeks.map((w) => ({
          label: weekLabel(w.week),
          series: [
            { value: w.started, display: `${w.started} commencé${w.started > 1 ? 's' : ''}` },
            { value: w.completed, display: `${w.completed} terminé${w.completed > 1 ? 's' : ''}`, alt: true },
          ],
        }))}
      />
      <TableFrame id="table-trend" caption="Parcours par semaine">
          <thead>
            <tr>
              <th scope="col">Semaine</th>
              <th scope="col" class="number">Commencés</th>
              <th scope="col" class="number">Terminés</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr>
                <th scope="row">{weekLabel(w.week)}</th>
                <td class="number">{w.started}</td>
                <td class="number">{w.completed}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
    </section>
  )
}
