/**
 * Builds the Hono application from its route modules. No port, no process: tests call
 * `app.request()`, main.ts serves it.
 * @module
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { CallbackCentre } from './callbacks/centres.ts'
import type { Config } from './config.ts'
import type { AppDeps, AppEnv } from './env.ts'
import { randomToken } from './crypto.ts'
import { apiError } from './http.ts'
import type { JourneyCatalogue } from './journeys/catalogue.ts'
import type { Logger } from './log.ts'
import { publicCors, usagerCors } from './middleware/embedding-cors.ts'
import { jsonBodyLimit } from './middleware/json-body-limit.ts'
import { requestLog } from './middleware/request-log.ts'
import { sameOriginOnly } from './middleware/same-origin-only.ts'
import { apiSecurityHeaders, pageSecurityHeaders } from './middleware/security-headers.ts'
import { agentConsoleRoutes } from './routes/agent.tsx'
import { agentApiRoutes } from './routes/agent-api.ts'
import { callbackRoutes } from './routes/callbacks.ts'
import { cancelPageRoutes } from './routes/cancel-page.tsx'
import { communeRoutes } from './routes/communes.ts'
import { demoRoutes } from './routes/demo.tsx'
import { eventRoutes } from './routes/events.ts'
import { feedbackRoutes } from './routes/feedback.ts'
import { healthRoutes } from './routes/health.ts'
import { journeyRoutes } from './routes/journeys.ts'
import { openApiRoutes } from './routes/openapi.ts'
import { resultsRoutes } from './routes/results.tsx'
import { satisfactionRoutes } from './routes/satisfaction.ts'
import { assetRoutes, widgetRoutes } from './routes/static.ts'
import type { Preview } from './preview/preview.ts'
import type { Storage } from './storage/storage.ts'

export interface AppOptions {
  config: Config
  storage: Storage
  journeys: JourneyCatalogue
  centres: ReadonlyMap<string, CallbackCentre>
  log: Logger
  now?: () => Date
  /** The server's secret (start.ts); tests may leave it out and get a random one. */
  secret?: string
  /** Set by the editors' preview (`npm run dev`): problems shown in the pages, live reload. */
  preview?: Preview
}

export interface AppHandle {
  app: Hono<AppEnv>
  /** Set during shutdown: /healthz answers 503 so load balancers stop sending traffic. */
  state: { stopping: boolean }
}

/** API bodies are small: the largest is a booking with its answers. */
const MAX_BODY_BYTES = 32 * 1024

/** Paths that are not HTML pages: they get API headers instead of the pages' CSP. */
const NOT_PAGES = /^\/(api\/|journeys|widget\.js|healthz|assets\/)|\.js(\.map)?$/
/** Public, read-only: any site may read them (`Access-Control-Allow-Origin: *`). */
const PUBLIC_READ = /^\/(journeys(\/.*)?|widget\.js(\.map)?|api\/callbacks\/slots|api\/communes(\/.*)?|api\/results|api\/openapi\.json)$/
/** What the widget sends for a usager: any site, or only CORS_ORIGINS when set. */
const USAGER_WRITE = /^\/api\/(callbacks(\/.*)?|feedback|events)$/

export function createApp(options: AppOptions): AppHandle {
  const deps: AppDeps = { ...options, now: options.now ?? (() => new Date()), secret: options.secret ?? options.config.serverSecret ?? randomToken(32) }
  const state = { stopping: false }
  const app = new Hono<AppEnv>()
  const pageHeaders = pageSecurityHeaders()
  const apiHeaders = apiSecurityHeaders()

  // Hot paths first: they build their answers with all their headers and log themselves.
  app.route('/', journeyRoutes(deps))
  app.route('/', widgetRoutes(deps))

  app.use(requestLog({ log: deps.log }))
  app.use((c, next) => (NOT_PAGES.test(c.req.path) ? apiHeaders(c, next) : pageHeaders(c, next)))
  const publicPolicy = publicCors()
  const usagerPolicy = usagerCors({ origins: deps.config.corsOrigins })
  app.use((c, next) => (PUBLIC_READ.test(c.req.path) ? publicPolicy(c, next) : USAGER_WRITE.test(c.req.path) ? usagerPolicy(c, next) : next()))
  for (const path of ['/agent', '/agent/*', '/api/agent/*']) app.use(path, sameOriginOnly())
  app.use('/api/*', jsonBodyLimit({ maxBytes: MAX_BODY_BYTES }))
  app.use('/agent/*', jsonBodyLimit({ maxBytes: 8 * 1024 }))

  app.route('/', healthRoutes(deps, state))
  app.route('/', assetRoutes())
  app.route('/', callbackRoutes(deps))
  app.route('/', satisfactionRoutes(deps))
  app.route('/', cancelPageRoutes(deps))
  app.route('/', communeRoutes(deps))
  app.route('/', feedbackRoutes(deps))
  app.route('/', eventRoutes(deps))
  app.route('/', resultsRoutes(deps))
  app.route('/', openApiRoutes())
  app.route('/', agentApiRoutes(deps))
  app.route('/', agentConsoleRoutes(deps))
  app.route('/', demoRoutes(deps))

  app.notFound((c) =>
    NOT_PAGES.test(c.req.path) ? apiError(c, 404, 'Adresse inconnue.') : c.html('<!doctype html><html lang="fr"><title>Page introuvable</title><h1>Page introuvable</h1><p><a href="/">Retour à l’accueil</a></p></html>', 404),
  )
  app.onError((error, c) => {
    // Middleware refusals (CSRF, for one) are answers, not failures.
    if (error instanceof HTTPException) return error.getResponse()
    deps.log.error('unhandled error', { method: c.req.method, path: c.req.path, error })
    return NOT_PAGES.test(c.req.path)
      ? apiError(c, 500, 'Erreur interne : réessayez dans un instant.')
      : c.html('<!doctype html><html lang="fr"><title>Erreur</title><h1>Erreur interne</h1><p>Réessayez dans un instant.</p></html>', 500)
  })
  return { app, state }
}
