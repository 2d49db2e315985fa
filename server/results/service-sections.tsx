/**
 * The service's sections of /resultats: the usagers' ratings and the callbacks honoured
 * on their slot, each a chart and its table.
 * @module
 */
import { TableFrame } from '../views/table-frame.tsx'
import { BarChart, decimal, percent } from '../views/bar-chart.tsx'
import { HONOURED_GRACE_MINUTES, type Results } from './compute.ts'

export function SatisfactionSection({ satisfaction }: Pick<Results, 'satisfaction'>) {
  const withRatings = satisfaction.filter((s) => s.count > 0)
  return (
    <section>
      <h2 id="satisfaction">Satisfaction</h2>
      {withRatings.length ? (
        <>
          <BarChart
            id="chart-satisfaction"
            title="Note moyenne sur 5 par parcours"
            max={5}
            bars={withRatings.map((s) => ({ label: s.title, value: s.average ?? 0, display: `${decimal(s.average)} / 5` }))}
          />
          <RatingsTable id="table-ratings" caption="Notes données par les usagers" rows={withRatings} />
        </>
      ) : (
        <p>Aucun avis sur la période.</p>
      )}
    </section>
  )
}

export function CallSatisfactionSection({ callSatisfaction }: Pick<Results, 'callSatisfaction'>) {
  return (
    <section>
      <h2 id="satisfaction-appel">Satisfaction après l’appel</h2>
      <p>Après un rappel, l’usager peut dire si l’appel l’a aidé, de 1 à 5. Chaque rappel est noté une fois au plus.</p>
      {callSatisfaction.length ? (
        <>
          <BarChart
            id="chart-call-satisfaction"
            title="Note moyenne des appels sur 5 par parcours"
            max={5}
            bars={callSatisfaction.map((s) => ({ label: s.title, value: s.average ?? 0, display: `${decimal(s.average)} / 5 (${s.count})` }))}
          />
          <RatingsTable id="table-call-satisfaction" caption="Notes des appels données par les usagers" rows={callSatisfaction} />
        </>
      ) : (
        <p>Aucun appel noté sur la période.</p>
      )}
    </section>
  )
}

export function RatingsTable({ id, caption, rows }: { id: string; caption: string; rows: { title: string; count: number; average: number | null; distribution: number[] }[] }) {
  return (
    <TableFrame id={id} caption={caption}>
        <thead>
          <tr>
            <th scope="col">Parcours</th>
            <th scope="col" class="number">Avis</th>
            <th scope="col" class="number">Moyenne</th>
            {[1, 2, 3, 4, 5].map((n) => (
              <th scope="col" class="number">
                {n} / 5
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr>
              <th scope="row">{s.title}</th>
              <td class="number">{s.count}</td>
              <td class="number">{decimal(s.average)}</td>
              {s.distribution.map((n) => (
                <td class="number">{n}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableFrame>
  )
}

export function CallbacksSection({ callbacks, journeys }: Pick<Results, 'callbacks' | 'journeys'>) {
  return (
    <section>
      <h2 id="rappels">Rappels honorés sur leur créneau</h2>
      <p>
        Un rappel est honoré quand le conseiller a appelé pendant le créneau réservé (à {HONOURED_GRACE_MINUTES} minutes près). Sont comptés les
        créneaux passés, hors rappels annulés.
      </p>
      {callbacks.due ? (
        <BarChart
          id="chart-callbacks"
          title="Part des rappels honorés sur leur créneau"
          max={1}
          bars={[
            { label: 'Tous les parcours', value: callbacks.rate ?? 0, display: `${percent(callbacks.rate)} (${callbacks.honoured} / ${callbacks.due})` },
            ...callbacks.byJourney.map((r) => ({
              label: journeys.find((j) => j.journey === r.journey)?.title ?? r.journey,
              value: r.rate ?? 0,
              display: `${percent(r.rate)} (${r.honoured} / ${r.due})`,
            })),
          ]}
        />
      ) : (
        <p>Aucun rappel échu sur la période.</p>
      )}
    </section>
  )
}
