/**
 * One log line per request: method, path (never the query string, which may carry a
 * cancel token), status and duration. Bodies and headers are never logged.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../log.ts'

export interface RequestLogOptions {
  log: Logger
}

/**
 * @example
 * app.use(requestLog({ log }))
 */
export const requestLog = ({ log }: RequestLogOptions): MiddlewareHandler =>
  async function requestLog(c, next) {
    const started = performance.now()
    await next()
    logRequest(log, c.req.method, c.req.path, c.res.status, started)
  }

/** The line itself, for routes that answer before the middleware stack (hot paths). */
export function logRequest(log: Logger, method: string, path: string, status: number, started: number): void {
  // A commune's INSEE code says where the usager lives or lost someone: not logged.
  const fields = { method, path: path.replace(/^\/api\/communes\/[^/]+$/, '/api/communes/:code'), status, ms: Math.round((performance.now() - started) * 10) / 10 }
  if (status >= 500) log.error('request', fields)
  else log.info('request', fields)
}
