/**
 * `npx tsx server/main.ts`: serves the demo site, the journeys, the API and the agents'
 * console on PORT (3000). SIGTERM or SIGINT: stop accepting connections, finish the
 * requests in flight, stop the purge, close the database, exit 0.
 * @module
 */
import { serve } from '@hono/node-server'
import { Server as NetServer, type AddressInfo } from 'node:net'
import type { Server as HttpServer } from 'node:http'
import { loadConfigOrExit } from './config.ts'
import { createLogger } from './log.ts'
import { schedulePurge } from './retention.ts'
import { prepareServer, StartupError } from './start.ts'

/** Requests still running after this are cut (load balancers drain before sending SIGTERM). */
const SHUTDOWN_TIMEOUT_MS = 10_000
/**
 * How long idle keep-alive connections stay open after SIGTERM: a request a client has
 * already sent on one (not yet read by the server) is answered, with `Connection: close`,
 * instead of being reset.
 */
const KEEP_ALIVE_GRACE_MS = 1_000

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
  // Every answer given while stopping closes its connection after it.
  ;(server as HttpServer).on('request', (_request, response) => {
    if (stopping) response.setHeader('Connection', 'close')
  })
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
    // net's close stops accepting connections without http's closeIdleConnections(),
    // which would reset a keep-alive connection whose next request is already on its way.
    NetServer.prototype.close.call(server, async () => {
      clearInterval(sweep)
      await purge.stop()
      await storage.close()
      log.info('stopped', { signal })
      process.exit(0)
    })
    // After the grace period, idle keep-alive connections would hold close() open.
    let sweep: NodeJS.Timeout | undefined
    setTimeout(() => {
      ;(server as HttpServer).closeIdleConnections()
      sweep = setInterval(() => (server as HttpServer).closeIdleConnections(), 200)
    }, KEEP_ALIVE_GRACE_MS).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

await main()
