/**
 * Agent access: a bearer token (`Authorization: Bearer …`, the API) or the console's
 * cookie holding that same token (HttpOnly, SameSite=Strict). Tokens are stored as
 * SHA-256 hashes; a missing or unknown token is 401, a token without the scope or the
 * centre is 403.
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { sha256 } from '../crypto.ts'
import type { AppEnv } from '../env.ts'
import type { AgentToken, Storage } from '../storage/storage.ts'

export const AGENT_COOKIE = 'mdv_agent'

export const AGENT_SCOPES = ['callbacks:read', 'callbacks:write', 'feedback:read'] as const
export type AgentScope = (typeof AGENT_SCOPES)[number]

export interface AgentAuthOptions {
  storage: Storage
  /** What to answer without a valid token (JSON for the API, a sign-in page for the console). */
  onUnauthorized: (c: Context<AppEnv>) => Response | Promise<Response>
}

export function tokenFrom(c: Context): string | undefined {
  const header = c.req.header('authorization')
  const bearer = header && /^Bearer\s+(\S+)$/i.exec(header)?.[1]
  return bearer || getCookie(c, AGENT_COOKIE) || undefined
}

/**
 * @example
 * app.use('/api/agent/*', agentAuth({ storage, onUnauthorized: (c) => c.json({ error: '…' }, 401) }))
 */
export const agentAuth = ({ storage, onUnauthorized }: AgentAuthOptions): MiddlewareHandler<AppEnv> =>
  async function agentAuth(c, next) {
    const token = tokenFrom(c)
    const agent = token && token.length <= 200 ? await storage.findAgentToken(sha256(token)) : null
    if (!agent) return onUnauthorized(c)
    c.set('agent', agent)
    return next()
  }

export function hasScope(agent: AgentToken, scope: AgentScope): boolean {
  return agent.scopes.includes(scope)
}

export function canSeeCentre(agent: AgentToken, centre: string): boolean {
  return agent.centres.includes('*') || agent.centres.includes(centre)
}

/**
 * @example
 * app.patch('/api/agent/callbacks/:reference', requireScope('callbacks:write', onForbidden), handler)
 */
export const requireScope = (scope: AgentScope, onForbidden: (c: Context<AppEnv>) => Response | Promise<Response>): MiddlewareHandler<AppEnv> =>
  async function requireScope(c, next) {
    if (!hasScope(c.get('agent'), scope)) return onForbidden(c)
    return next()
  }
