/**
 * Server settings, read once from the environment at start.
 *
 * Every setting has a default that runs the demo on a laptop (`npm start`); production
 * sets `DATABASE_URL` (PostgreSQL) and `CORS_ORIGINS` (the sites embedding the widget).
 * See docs/operations.md.
 * @module
 */
import { join } from 'node:path'

export interface Config {
  /** `PORT` (3000); 0 picks a free port (tests, benchmarks). */
  port: number
  /** `HOST` (0.0.0.0). */
  host: string
  /** `DATA_DIR` (./data): where the embedded PGlite database lives. */
  dataDir: string
  /** `DATABASE_URL`: PostgreSQL in production; unset means embedded PGlite. */
  databaseUrl: string | undefined
  /** `DATABASE_SCHEMA` (public): lets several deployments or test runs share one database. */
  databaseSchema: string
  /** `JOURNEYS_DIR` (journeys). */
  journeysDir: string
  /** `CALLBACKS_FILE` (<JOURNEYS_DIR>/callbacks.yaml). */
  callbacksFile: string
  /** `WIDGET_FILE` (dist/widget.js), built by `npx tsx scripts/build-widget.ts`. */
  widgetFile: string
  /** `CORS_ORIGINS`: comma-separated origins allowed to embed the widget (the server's own origin needs none). */
  corsOrigins: string[]
  /** `RETENTION_DAYS` (30): callbacks, their summaries and feedback comments are deleted this long after. */
  retentionDays: number
  /** `PURGE_INTERVAL_MINUTES` (60): how often the retention purge runs. */
  purgeIntervalMinutes: number
  /** `RATE_LIMIT_BOOKING` (10 per 10 minutes and per client; 0 disables). */
  bookingRateLimit: number
  /** `RATE_LIMIT_FEEDBACK` (20 per 10 minutes and per client; 0 disables). */
  feedbackRateLimit: number
  /** `RATE_LIMIT_CANCEL` (20 per 10 minutes and per client; 0 disables): cancellations, .ics files and /annuler. */
  cancelRateLimit: number
  /** `RATE_LIMIT_EVENTS` (300 per 10 minutes and per client; 0 disables). */
  eventsRateLimit: number
  /** `RATE_LIMIT_WINDOW_SECONDS` (600). */
  rateLimitWindowSeconds: number
  /**
   * `RATE_LIMIT_STORE`: where request counts live — `memory` (this instance; the default
   * with the embedded database) or `database` (shared by every instance; the default with
   * `DATABASE_URL`).
   */
  rateLimitStore: 'memory' | 'database'
  /** `TRUST_PROXY` (unset): true when at least one proxy is trusted (see `trustedProxies`). */
  trustProxy: boolean
  /**
   * `TRUST_PROXY=<n>` (0): how many proxies in front of the server append to
   * `X-Forwarded-For`; the client address is the first hop they did not write
   * (proxy-addr semantics). `true`, `yes` or `on` mean 1.
   */
  trustedProxies: number
  /**
   * `SERVER_SECRET`: keys the hashes of cancel codes and client addresses, and the
   * cancel secrets a replay gives back. Unset, one is generated and kept in the
   * database (shared by every instance on it). At least 32 characters.
   */
  serverSecret: string | undefined
  /** `LOG_LEVEL` (info): debug, info, warn, error or silent. */
  logLevel: LogLevelName
}

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error' | 'silent'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name}=${raw}: un entier supérieur ou égal à ${min} est attendu.`)
  return value
}

function flag(env: Env, name: string): boolean {
  return /^(1|true|yes|on)$/i.test(env[name]?.trim() ?? '')
}

function rateLimitStore(env: Env): Config['rateLimitStore'] {
  const raw = env.RATE_LIMIT_STORE?.trim()
  if (!raw) return env.DATABASE_URL?.trim() ? 'database' : 'memory'
  if (raw !== 'memory' && raw !== 'database') throw new ConfigError(`RATE_LIMIT_STORE=${raw}: valeurs possibles memory, database.`)
  return raw
}

function trustedProxies(env: Env): number {
  const raw = env.TRUST_PROXY?.trim() ?? ''
  if (!raw || /^(false|no|off)$/i.test(raw)) return 0
  if (flag(env, 'TRUST_PROXY') && !/^\d+$/.test(raw)) return 1
  return integer(env, 'TRUST_PROXY', 0)
}

function serverSecret(env: Env): string | undefined {
  const raw = env.SERVER_SECRET?.trim()
  if (!raw) return undefined
  if (raw.length < 32) throw new ConfigError('SERVER_SECRET : au moins 32 caractères (par exemple `openssl rand -base64 48`).')
  return raw
}

const LOG_LEVELS: LogLevelName[] = ['debug', 'info', 'warn', 'error', 'silent']

export function loadConfig(env: Env = process.env): Config {
  const journeysDir = env.JOURNEYS_DIR?.trim() || 'journeys'
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevelName
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL=${logLevel}: valeurs possibles ${LOG_LEVELS.join(', ')}.`)
  const schema = env.DATABASE_SCHEMA?.trim() || 'public'
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ConfigError(`DATABASE_SCHEMA=${schema}: minuscules, chiffres et « _ ».`)
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError(`CORS_ORIGINS: « ${origin} » n'est pas une origine (https://exemple.fr).`)
  }
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: env.DATA_DIR?.trim() || './data',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    databaseSchema: schema,
    journeysDir,
    callbacksFile: env.CALLBACKS_FILE?.trim() || join(journeysDir, 'callbacks.yaml'),
    widgetFile: env.WIDGET_FILE?.trim() || 'dist/widget.js',
    corsOrigins,
    retentionDays: integer(env, 'RETENTION_DAYS', 30, 1),
    purgeIntervalMinutes: integer(env, 'PURGE_INTERVAL_MINUTES', 60, 1),
    bookingRateLimit: integer(env, 'RATE_LIMIT_BOOKING', 10),
    feedbackRateLimit: integer(env, 'RATE_LIMIT_FEEDBACK', 20),
    eventsRateLimit: integer(env, 'RATE_LIMIT_EVENTS', 300),
    cancelRateLimit: integer(env, 'RATE_LIMIT_CANCEL', 20),
    rateLimitWindowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 600, 1),
    trustProxy: trustedProxies(env) > 0,
    trustedProxies: trustedProxies(env),
    serverSecret: serverSecret(env),
    rateLimitStore: rateLimitStore(env),
    logLevel,
  }
}

/** For entry points: the configuration, or a clear message on stderr and exit code 2. */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`Configuration : ${error.message}\n`)
    process.exit(2)
  }
}
