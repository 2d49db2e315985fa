/**
 * A journey's scenarios on its preview page: all green in one line, otherwise what failed
 * (with its place) and what no scenario reaches.
 * @module
 */
import { formatPercent } from '../../engine/scenarios/coverage.ts'
import type { ScenarioReport } from '../preview/preview.ts'
import { ProblemList } from './problem-list.tsx'

export function ScenarioSummary({ report }: { report: ScenarioReport }) {
  const { passed, failed, problems, coverage } = report
  const complete = coverage.percent === 100
  const counts = `${passed} scénario(s) réussi(s)${failed ? `, ${failed} en échec` : ''}`
  const reach = `questions ${formatPercent(coverage.questions)}, démarches ${formatPercent(coverage.tasks)}`
  if (!failed && !problems.length && complete) {
    return (
      <p class="notice" role="status">
        <code>{report.file}</code> : {counts} ; couverture : {reach}.
      </p>
    )
  }
  return (
    <section class="notice notice--warning" aria-labelledby="scenarios">
      <h2 id="scenarios">Scénarios à revoir</h2>
      <p>
        <code>{report.file}</code> : {counts} ; couverture : {reach}.
      </p>
      {coverage.notAsked.length ? <p>Questions jamais posées : {coverage.notAsked.join(', ')}.</p> : null}
      {coverage.notShown.length ? <p>Démarches jamais affichées : {coverage.notShown.join(', ')}.</p> : null}
      {problems.length ? <ProblemList problems={problems} /> : null}
    </section>
  )
}
