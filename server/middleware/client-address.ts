/**
 * The client's address, for rate limiting only (never stored, never logged: the
 * counters keep a keyed hash of it).
 *
 * Behind `TRUST_PROXY=<n>` proxies, each of which appends the address it received the
 * request from to `X-Forwarded-For`, the client is the hop the n-th proxy saw: counted
 * from the right, as `proxy-addr` does. The leftmost entries are whatever the client
 * wrote and are never trusted. IPv6 clients are keyed by their /64 (one subscriber's
 * network), so rotating addresses inside it does not escape the limit.
 * @module
 */
import type { Context } from 'hono'
import { isIP } from 'node:net'

/**
 * The address `trustedProxies` trusted hops say the request came from.
 * @example
 * forwardedClient('10.0.0.2', '6.6.6.6, 203.0.113.7', 1) // '203.0.113.7'
 */
export function forwardedClient(socketAddress: string, forwardedFor: string | undefined, trustedProxies: number): string {
  // Nearest first: the socket's peer, then X-Forwarded-For from right to left.
  const hops = [socketAddress, ...(forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter(Boolean).reverse()]
  for (let i = 0; i < Math.min(trustedProxies, hops.length - 1); i++) {
    // A hop that is not an address (garbage written by the client) ends the trusted chain.
    if (!isIP(stripPort(hops[i + 1]!))) return stripPort(hops[i]!)
  }
  return stripPort(hops[Math.min(trustedProxies, hops.length - 1)]!)
}

function stripPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop)
  if (bracketed) return bracketed[1]!
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop)
  return v4 ? v4[1]! : hop
}

/** The rate-limit key of an address: IPv4 as is, IPv6 by its /64, IPv4-mapped IPv6 as IPv4. */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) return mapped[1]!
  if (isIP(address) !== 6) return address
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`
}

export function clientAddress(c: Context, trustedProxies: number): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  const socketAddress = incoming?.socket?.remoteAddress ?? 'local'
  return trustedProxies > 0 ? forwardedClient(socketAddress, c.req.header('x-forwarded-for'), trustedProxies) : socketAddress
}
