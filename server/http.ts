/**
 * Small helpers shared by the API routes: JSON bodies and error answers in one shape,
 * `{ error, errors?: { field: message } }` (one message per field, what the widget shows
 * beside each input).
 * @module
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { FieldError } from './validation.ts'

export function apiError(c: Context, status: ContentfulStatusCode, error: string, errors?: FieldError[]): Response {
  if (!errors?.length) return c.json({ error }, status)
  const byField: Record<string, string> = {}
  for (const { field, message } of errors) byField[field] ??= message
  return c.json({ error, errors: byField }, status)
}

export function invalid(c: Context, errors: FieldError[]): Response {
  return apiError(c, 400, 'Requête invalide : vérifiez les champs signalés.', errors)
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response }

/**
 * The body parsed as JSON. `requireJsonType` refuses other content types (415): a
 * cross-site form cannot then post a booking without a CORS preflight. Anonymous
 * counters accept text/plain, which is what navigator.sendBeacon sends.
 */
export async function readJson(c: Context, { requireJsonType = true, optional = false } = {}): Promise<JsonBody> {
  const type = c.req.header('content-type') ?? ''
  const text = await c.req.text()
  if (optional && !text.trim()) return { ok: true, value: undefined }
  if (requireJsonType && !/^application\/(.+\+)?json\b/i.test(type)) {
    return { ok: false, response: apiError(c, 415, 'Le corps de la requête doit être du JSON (Content-Type: application/json).') }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, response: apiError(c, 400, 'Corps de requête illisible : JSON invalide.', [{ field: '(corps)', message: 'JSON invalide.' }]) }
  }
}
