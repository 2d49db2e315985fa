/**
 * `npm run dev`: the demo server for content editors. It watches `journeys/`; saving a
 * YAML file reloads the pages open in the browser, and a file with errors shows them
 * (file:line:column, with the line) in the page instead of the widget.
 *
 * The application is rebuilt at every change from what changed (incremental-load.ts: the
 * saved journey and its scenarios, the users of a saved shared file); the database and
 * the live-reload connections stay.
 * @module
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import { formatDiagnostic } from '../../engine/diagnostics.ts'
import { buildWidget } from '../../scripts/build-widget.ts'
import { loadConfigOrExit } from '../config.ts'
import { createLogger } from '../log.ts'
import { openStorage } from '../storage/open.ts'
import { liveReload } from './live-reload.ts'
import { previewLoader } from './incremental-load.ts'
import { previewApp, type PreviewContent } from './preview-app.ts'
import { formatScenarioReports } from './scenario-reports.ts'
import { watchJourneys } from './watch-journeys.ts'

function report({ problems, scenarios }: PreviewContent): void {
  // Editors read the terminal too: the same lines as `mdv validate`, and the scenarios' verdicts as on the pages.
  for (const d of problems) process.stderr.write(formatDiagnostic(d) + '\n')
  for (const line of formatScenarioReports(scenarios)) process.stderr.write(line + '\n')
}

/** The preview is for the editor's own machine: reachable from elsewhere only when HOST says so. */
const PREVIEW_HOST = process.env.HOST?.trim() || '127.0.0.1'

async function main(): Promise<void> {
  const config = loadConfigOrExit({ LOG_LEVEL: 'warn', ...process.env })
  const log = createLogger({ level: config.logLevel })
  const { gzipBytes } = await buildWidget(config.widgetFile)
  process.stderr.write(`${config.widgetFile} construit (${(gzipBytes / 1024).toFixed(1)} Ko gzip)\n`)
  const storage = await openStorage(config, log)

  // Time-based start: a page left open across a restart of the preview reloads too.
  let generation = Date.now()
  const loader = previewLoader(config.journeysDir)
  const app = previewApp(config, storage, log)
  let content = app.build(generation, loader.reload())
  report(content)
  const reload = liveReload(generation)

  const root = new Hono()
  root.route('/', reload.routes)
  root.all('*', (c) => content.handle.app.fetch(c.req.raw, c.env))

  const watcher = watchJourneys(config.journeysDir, (files) => {
    generation += 1
    const started = performance.now()
    content = app.build(generation, loader.reload(files))
    const errors = content.problems.filter((d) => d.severity === 'error').length
    const took = `${Math.round(performance.now() - started)} ms`
    process.stderr.write(`\n${files.join(', ') || config.journeysDir} modifié : ${errors ? `${errors} erreur(s)` : 'parcours rechargés'} (${took})\n`)
    report(content)
    reload.notify(generation)
  })

  const server = serve({ fetch: root.fetch, port: config.port, hostname: PREVIEW_HOST }, (info: AddressInfo) => {
    const host = info.address === '0.0.0.0' || info.address === '::' ? 'localhost' : info.address
    process.stderr.write(`Aperçu des parcours : http://${host}:${info.port}/ (les pages se rechargent à chaque enregistrement dans ${config.journeysDir}/)\n`)
  })

  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error
    const why = error.code === 'EADDRINUSE' ? `le port ${config.port} est déjà utilisé (un autre « npm run dev » est peut-être ouvert)` : `le port ${config.port} n'est pas permis`
    process.stderr.write(`\nL'aperçu ne peut pas démarrer : ${why}. Fermez l'autre programme, ou choisissez un autre port : PORT=3001 npm run dev\n`)
    watcher.close()
    void storage.close().then(() => process.exit(1))
  })

  const stop = () => {
    watcher.close()
    server.close()
    ;(server as { closeAllConnections?: () => void }).closeAllConnections?.()
    void storage.close().then(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

await main()
