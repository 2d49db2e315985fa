/**
 * The client's address, for rate limiting only (never stored, never logged).
 * Behind a load balancer (TRUST_PROXY=1) it is the first address of X-Forwarded-For.
 * @module
 */
import type { Context } from 'hono'

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'local'
}
