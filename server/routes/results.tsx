/**
 * `/resultats`: public figures with inline SVG charts (completion per journey,
 * abandonment per question, satisfaction, callbacks honoured on their slot), and the
 * same figures as JSON at /api/results.
 * @module
 */
import { Hono, type Context } from 'hono'
import type { AppDeps, AppEnv } from '../env.ts'
import { invalid } from '../http.ts'
import { computeResults, HONOURED_GRACE_MINUTES, type Results } from '../results/compute.ts'
import { BarChart, decimal, percent } from '../views/bar-chart.tsx'
import { Layout } from '../views/layout.tsx'

const DEFAULT_DAYS = 90

function daysOf(c: Context): number | Response {
  const raw = c.req.query('days')
  if (raw === undefined) return DEFAULT_DAYS
  const days = Number(raw)
  return Number.isInteger(days) && days >= 1 && days <= 366 ? days : invalid(c, [{ field: 'days', message: 'Un nombre entier de 1 à 366 est attendu.' }])
}

const frDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

function ResultsPage({ results }: { results: Results }) {
  const { journeys, abandonment, satisfaction, callbacks } = results
  const withRatings = satisfaction.filter((s) => s.count > 0)
  return (
    <Layout title="Résultats">
      <h1>Résultats publics</h1>
      <p class="lead">
        Du {frDate(results.period.from)} au {frDate(results.period.to)}. Ces chiffres viennent de compteurs anonymes : aucun cookie, aucun
        identifiant. <a href={`/api/results?days=${daysBetween(results)}`}>Les mêmes chiffres en JSON</a>.
      </p>
      <ul class="figures">
        <li class="figure">
          <span class="figure__value">{journeys.reduce((n, j) => n + j.started, 0)}</span> parcours commencés
        </li>
        <li class="figure">
          <span class="figure__value">{journeys.reduce((n, j) => n + j.completed, 0)}</span> parcours terminés
        </li>
        <li class="figure">
          <span class="figure__value">{percent(callbacks.rate)}</span> rappels honorés sur leur créneau
        </li>
      </ul>

      <h2 id="achevement">Taux d’achèvement par parcours</h2>
      <BarChart
        id="chart-completion"
        title="Part des parcours commencés qui ont été terminés"
        max={1}
        bars={journeys.map((j) => ({ label: j.title, value: j.completionRate ?? 0, display: percent(j.completionRate) }))}
      />
      <div class="table-wrap">
        <table>
          <caption>Achèvement par parcours</caption>
          <thead>
            <tr>
              <th scope="col">Parcours</th>
              <th scope="col" class="number">Commencés</th>
              <th scope="col" class="number">Terminés</th>
              <th scope="col" class="number">Abandons</th>
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
        </table>
      </div>

      <h2 id="abandons">Abandons par question</h2>
      {abandonment.length ? (
        <>
          <BarChart
            id="chart-abandonment"
            title="Nombre d’abandons à chaque question"
            max={Math.max(...abandonment.map((a) => a.count))}
            bars={abandonment.map((a) => ({ label: a.label, value: a.count, display: String(a.count) }))}
          />
          <div class="table-wrap">
            <table>
              <caption>Abandons par question</caption>
              <thead>
                <tr>
                  <th scope="col">Parcours</th>
                  <th scope="col">Question</th>
                  <th scope="col" class="number">Abandons</th>
                </tr>
              </thead>
              <tbody>
                {abandonment.map((a) => (
                  <tr>
                    <td>{journeys.find((j) => j.journey === a.journey)?.title ?? a.journey}</td>
                    <th scope="row">{a.label}</th>
                    <td class="number">{a.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>Aucun abandon compté sur la période.</p>
      )}

      <h2 id="satisfaction">Satisfaction</h2>
      {withRatings.length ? (
        <>
          <BarChart
            id="chart-satisfaction"
            title="Note moyenne sur 5 par parcours"
            max={5}
            bars={withRatings.map((s) => ({ label: s.title, value: s.average ?? 0, display: `${decimal(s.average)} / 5` }))}
          />
          <div class="table-wrap">
            <table>
              <caption>Notes données par les usagers</caption>
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
                {withRatings.map((s) => (
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
            </table>
          </div>
        </>
      ) : (
        <p>Aucun avis sur la période.</p>
      )}

      <h2 id="rappels">Rappels honorés sur leur créneau</h2>
      <p>
        Un rappel est honoré quand le conseiller a appelé pendant le créneau réservé (à {HONOURED_GRACE_MINUTES} minutes près). Sont comptés
        les créneaux passés, hors rappels annulés.
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
    </Layout>
  )
}

function daysBetween(results: Results): number {
  return Math.round((Date.parse(results.period.to) - Date.parse(results.period.from)) / 86_400_000) + 1
}

export function resultsRoutes({ storage, journeys, now }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/api/results', async (c) => {
    const days = daysOf(c)
    if (days instanceof Response) return days
    c.header('Cache-Control', 'public, max-age=60')
    return c.json(await computeResults(storage, journeys, now(), days))
  })
  app.get('/resultats', async (c) => {
    const days = daysOf(c)
    if (days instanceof Response) return days
    c.header('Cache-Control', 'public, max-age=60')
    return c.html(<ResultsPage results={await computeResults(storage, journeys, now(), days)} />)
  })
  return app
}
