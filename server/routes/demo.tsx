/**
 * The demo site, in the spirit of service-public.fr: every journey listed, each on its
 * own page with the widget embedded exactly as a partner site would embed it.
 * @module
 */
import { Hono } from 'hono'
import type { AppDeps, AppEnv } from '../env.ts'
import { Layout } from '../views/layout.tsx'

export function demoRoutes({ journeys }: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', (c) =>
    c.html(
      <Layout title="Accueil">
        <h1>Moments de vie</h1>
        <p class="lead">
          Un événement important change votre vie ? Répondez à quelques questions : vous obtenez la liste de vos démarches, dans l’ordre et avec
          leurs délais. Un conseiller peut aussi vous rappeler.
        </p>
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
    ),
  )

  app.get('/parcours/:id', (c) => {
    const served = journeys.get(c.req.param('id'))
    if (!served) return c.notFound()
    const { journey } = served
    return c.html(
      <Layout title={journey.title} scripts={['/widget.js']}>
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
        <div class="widget-frame">
          <moment-de-vie journey={journey.id}>
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
