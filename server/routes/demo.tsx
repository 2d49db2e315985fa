/**
 * The demo site: every journey listed, each on its own page with the widget embedded
 * exactly as a partner site would embed it, and the site's accessibility declaration.
 *
 * `?today=AAAA-MM-JJ` on a journey page previews the deadlines as they will be on that
 * day. In the editors' preview (`npm run dev`) the pages also show the problems of the
 * journeys and reload themselves when a file is saved.
 * @module
 */
import { Hono } from 'hono'
import { formatDateFr } from '../../engine/dates/format-fr.ts'
import { isIsoDate } from '../../engine/dates/iso-date.ts'
import type { AppDeps, AppEnv } from '../env.ts'
import { journeyMapRoutes, mapPath } from '../preview/map-routes.tsx'
import { brokenJourneyIds, problemsOf } from '../preview/preview.ts'
import { accessibilityRoutes } from './accessibility.tsx'
import { Layout } from '../views/layout.tsx'
import { widgetModulePreloads } from './widget-preload.ts'
import { ProblemList } from '../views/problem-list.tsx'
import { ScenarioSummary } from '../views/scenario-summary.tsx'

type TodayOverride = { ok: true; today?: string } | { ok: false; raw: string }

/** The `today` query parameter: absent, a valid date, or a mistake to point out. */
function readToday(raw: string | undefined): TodayOverride {
  if (raw === undefined || raw === '') return { ok: true }
  return isIsoDate(raw) ? { ok: true, today: raw } : { ok: false, raw }
}

function TodayNotice({ override }: { override: TodayOverride }) {
  if (override.ok && !override.today) return null
  if (!override.ok) {
    return (
      <p class="notice notice--warning" role="alert">
        La date d’aperçu « {override.raw} » n’est pas valide : écrivez-la AAAA-MM-JJ, par exemple <code>?today=2027-01-15</code>. Les délais
        sont calculés à partir d’aujourd’hui.
      </p>
    )
  }
  return (
    <p class="notice" role="status">
      Aperçu au <strong>{formatDateFr(override.today!)}</strong> : les délais sont calculés comme si nous étions ce jour-là.
    </p>
  )
}

/** « a, b, c » as links to the journeys' pages. */
function JourneyLinks({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <>
          {i ? ', ' : ''}
          <a href={`/parcours/${id}`}>{id}</a>
        </>
      ))}
    </>
  )
}

export function demoRoutes({ config, journeys, preview }: AppDeps): Hono<AppEnv> {
  const modulePreloads = widgetModulePreloads(config.widgetFile)
  const app = new Hono<AppEnv>()
  const liveReload = preview?.generation
  app.route('/', accessibilityRoutes())
  // The journey map for review, in the editors' preview only.
  if (preview) app.route('/', journeyMapRoutes({ journeys, preview }))

  app.get('/', (c) => {
    const broken = preview ? brokenJourneyIds(preview) : []
    const scenariosToReview = [...(preview?.scenarios ?? [])].filter(([, r]) => r.failed || r.problems.length || r.coverage.percent < 100).map(([id]) => id)
    return c.html(
      <Layout title="Accueil" liveReload={liveReload}>
        <h1>Moments de vie</h1>
        <p class="lead">
          Un événement important change votre vie ? Répondez à quelques questions : vous obtenez la liste de vos démarches, dans l’ordre et avec
          leurs délais. Un conseiller peut aussi vous rappeler.
        </p>
        {scenariosToReview.length ? (
          <p class="notice notice--warning">
            Scénarios à revoir : <JourneyLinks ids={scenariosToReview} />.
          </p>
        ) : null}
        {preview?.problems.length ? (
          <section class="notice notice--warning" aria-labelledby="problemes">
            <h2 id="problemes">Problèmes dans les parcours</h2>
            {broken.length ? (
              <p>
                Parcours non affichés à cause d’erreurs : <JourneyLinks ids={broken} />.
              </p>
            ) : null}
            <ProblemList problems={preview.problems} />
          </section>
        ) : null}
        <h2>Choisissez votre situation</h2>
        {journeys.list.length ? (
          <ul class="cards">
            {journeys.list.map((j) => (
              <li class="card">
                <h2>
                  <a href={`/parcours/${j.id}`}>{j.title}</a>
                </h2>
                <p>{j.description}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="notice">Aucun parcours n’est disponible pour le moment.</p>
        )}
      </Layout>,
    )
  })

  app.get('/parcours/:id', (c) => {
    const id = c.req.param('id')
    const served = journeys.get(id)
    const problems = preview ? problemsOf(preview, id) : { blocking: [], warnings: [] }
    if (problems.blocking.length) {
      return c.html(
        <Layout title={`Erreurs : ${id}`} liveReload={liveReload}>
          <h1>Le parcours « {id} » contient des erreurs</h1>
          <p class="lead">Corrigez-les et enregistrez le fichier : cette page se recharge toute seule.</p>
          <ProblemList problems={[...problems.blocking, ...problems.warnings]} />
        </Layout>,
      )
    }
    if (!served) return c.notFound()
    const { journey } = served
    const override = readToday(c.req.query('today'))
    const today = override.ok ? override.today : undefined
    const scenarios = preview?.scenarios?.get(id)
    return c.html(
      <Layout title={journey.title} scripts={['/widget.js']} modulePreloads={modulePreloads()} fetchPreloads={[`/journeys/${journey.id}.json`]} liveReload={liveReload}>
        <nav class="breadcrumb" aria-label="Vous êtes ici">
          <ol>
            <li>
              <a href="/">Accueil</a>
            </li>
            <li aria-current="page">{journey.title}</li>
          </ol>
        </nav>
        <h1>{journey.title}</h1>
        <p class="lead">{journey.description}</p>
        <TodayNotice override={override} />
        {problems.warnings.length ? (
          <section class="notice notice--warning" aria-labelledby="avertissements">
            <h2 id="avertissements">À corriger avant publication</h2>
            <ProblemList problems={problems.warnings} />
          </section>
        ) : null}
        {scenarios ? <ScenarioSummary report={scenarios} /> : null}
        {preview ? (
          <p>
            <a href={mapPath(journey.id)}>Carte du parcours</a> : chaque question, ce que change chaque réponse, et chaque démarche avec sa
            condition, son délai et sa période.
          </p>
        ) : null}
        <div class="widget-frame">
          <moment-de-vie journey={journey.id} today={today} hide-title="">
            <noscript>
              <p class="notice">Ce parcours a besoin de JavaScript. Vous pouvez aussi consulter service-public.fr.</p>
            </noscript>
          </moment-de-vie>
        </div>
      </Layout>,
    )
  })
  return app
}
