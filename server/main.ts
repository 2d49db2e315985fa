/**
 * `npx tsx server/main.ts`: serves the demo site, the journeys, the API and the agents'
 * console on PORT (3000). SIGTERM or SIGINT: stop accepting connections, finish the
 * requests in flight, stop the purge, close the database, exit 0.
 * @module
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { loadConfigOrExit } from './config.ts'
import { createLogger } from './log.ts'
import { schedulePurge } from './retention.ts'
import { prepareServer, StartupError } from './start.ts'

/** Requests still running after this are cut (load balancers drain before sending SIGTERM). */
const SHUTDOWN_TIMEOUT_MS = 10_000

async function main(): Promise<void> {
  const config = loadConfigOrExit()
  const log = createLogger({ level: config.logLevel })
  let prepared
  try {
    prepared = await prepareServer(config, log)
  } catch (error) {
    log.error('startup failed', { error: error as Error })
    if (error instanceof StartupError || (error as Error).name === 'DataDirLockedError') process.stderr.write(`${(error as Error).message}\n`)
    process.exit(1)
  }
  const { app, state, storage } = prepared
  const purge = schedulePurge({ storage, retentionDays: config.retentionDays, intervalMs: config.purgeIntervalMinutes * 60_000, log })

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    log.info('listening', { host: info.address, port: info.port, storage: storage.kind })
  })

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    state.stopping = true
    log.info('stopping', { signal })
    const force = setTimeout(() => {
      log.warn('requests still running at shutdown timeout: exiting')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS)
    force.unref()
    server.close(async () => {
      await purge.stop()
      await storage.close()
      log.info('stopped', { signal })
      process.exit(0)
    })
    // Keep-alive connections with no request in flight would hold close() open.
    ;(server as { closeIdleConnections?: () => void }).closeIdleConnections?.()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

await main()
