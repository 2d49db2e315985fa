/**
 * Structured logs: one JSON object per line on stdout.
 *
 * Privacy by design: only fields on an allow-list are written as they are; any other
 * field is replaced by "[redacted]", so a phone number, a name, an answer or a comment
 * can never reach the logs by accident, even if a caller passes the whole request body.
 * Free texts that are allowed (error messages) still have digit runs and quoted values
 * masked, because database errors may quote the input.
 * @module
 */
import type { LogLevelName } from './config.ts'

export type LogFields = Record<string, unknown>

export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

/** Fields that never hold personal data. */
export const LOGGABLE_FIELDS: ReadonlySet<string> = new Set([
  'method',
  'path',
  'status',
  'ms',
  'journey',
  'journeys',
  'centre',
  'centres',
  'reference',
  'diagnostics',
  'storage',
  'port',
  'host',
  'migration',
  'migrations',
  'callbacks',
  'comments',
  'count',
  'error',
  'errorName',
  'errorCode',
  'signal',
  'agent',
  'outcome',
  'retentionDays',
  'file',
])

const LEVELS: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

/** Masks what could be personal data in an otherwise allowed free text. */
export function scrub(text: string): string {
  return text
    .replace(/"[^"]*"|'[^']*'|«[^»]*»/g, '"…"')
    .replace(/\+?\d[\d .-]{4,}\d/g, '[digits]')
    .slice(0, 300)
}

function clean(fields: LogFields): LogFields {
  const out: LogFields = {}
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (!LOGGABLE_FIELDS.has(key)) out[key] = '[redacted]'
    else if (value instanceof Error) {
      out[key] = scrub(value.message)
      out.errorName = value.name
      const code = (value as { code?: unknown }).code
      if (typeof code === 'string') out.errorCode = code
    } else if (typeof value === 'string') out[key] = key === 'error' ? scrub(value) : value.slice(0, 300)
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) out[key] = value
    else out[key] = '[redacted]'
  }
  return out
}

export interface LoggerOptions {
  level?: LogLevelName
  write?: (line: string) => void
  now?: () => Date
}

export function createLogger({ level = 'info', write = (line) => process.stdout.write(line + '\n'), now = () => new Date() }: LoggerOptions = {}): Logger {
  const threshold = LEVELS[level]
  const log = (levelName: Exclude<LogLevelName, 'silent'>, message: string, fields: LogFields = {}) => {
    if (LEVELS[levelName] < threshold) return
    write(JSON.stringify({ time: now().toISOString(), level: levelName, msg: message, ...clean(fields) }))
  }
  return {
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  }
}

/** A logger that writes nothing (tests, benchmarks). */
export const silentLogger: Logger = createLogger({ level: 'silent' })
