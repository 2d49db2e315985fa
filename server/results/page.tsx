/**
 * The /resultats page: the period chosen by plain links (no script under the strict CSP),
 * the headline figures, then each section with its chart and table.
 * @module
 */
import { Layout } from '../views/layout.tsx'
import { percent } from '../views/bar-chart.tsx'
import type { Results } from './compute.ts'
import { AbandonmentSection, CompletionSection, frDate, TrendSection } from './funnel-sections.tsx'
import { CallbacksSection, CallSatisfactionSection, SatisfactionSection } from './service-sections.tsx'

/** The periods offered; any `?days=` from 1 to 366 still works. */
export const PERIODS = [7, 30, 90] as const

function PeriodChoice({ days }: { days: number }) {
  return (
    <nav class="period" aria-label="Période">
      <span class="period__label" id="period-label">
        Période :
      </span>
      <ul class="period__choices" aria-labelledby="period-label">
        {PERIODS.map((n) => (
          <li>
            <a class="period__choice" href={`/resultats?days=${n}`} aria-current={n === days ? 'page' : undefined}>
              {n} derniers jours
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function ResultsPage({ results }: { results: Results }) {
  const { journeys, callbacks, period } = results
  return (
    <Layout title="Résultats">
      <h1>Résultats publics</h1>
      <PeriodChoice days={period.days} />
      <p class="lead">
        Du {frDate(period.from)} au {frDate(period.to)}. Ces chiffres viennent de compteurs anonymes : aucun cookie, aucune adresse ; un
        identifiant tiré au hasard par parcours, gardé haché, évite de compter deux fois un parcours repris.{' '}
        <a href={`/api/results?days=${period.days}`}>Les mêmes chiffres en JSON</a>.
      </p>
      <ul class="figures">
        <li class="figure">
          <span class="figure__value">{journeys.reduce((n, j) => n + j.started, 0)}</span> parcours commencés
        </li>
        <li class="figure">
          <span class="figure__value">{journeys.reduce((n, j) => n + j.completed, 0)}</span> parcours terminés
        </li>
        <li class="figure">
          <span class="figure__value">{journeys.reduce((n, j) => n + j.abandoned, 0)}</span> parcours abandonnés
        </li>
        <li class="figure">
          <span class="figure__value">{percent(callbacks.rate)}</span> rappels honorés sur leur créneau
        </li>
      </ul>
      <CompletionSection journeys={journeys} />
      <AbandonmentSection abandonment={results.abandonment} />
      <TrendSection weeks={results.weeks} />
      <SatisfactionSection satisfaction={results.satisfaction} />
      <CallbacksSection callbacks={callbacks} journeys={journeys} />
      <CallSatisfactionSection callSatisfaction={results.callSatisfaction} />
    </Layout>
  )
}
