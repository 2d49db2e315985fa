/**
 * Request bodies checked against the OpenAPI document's schemas with ajv, each problem
 * worded in French and tied to its field: `{ field: "phone", message: "…" }`.
 * @module
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { openApiDocument } from './openapi/document.ts'
import type { SchemaName } from './openapi/schemas.ts'

export interface FieldError {
  field: string
  message: string
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv, ['date'])
// ajv-formats accepts a leap second (23:59:60), which no Date can hold: a date-time
// here is an instant JavaScript can represent, so that routes never see Invalid Date.
ajv.addFormat('date-time', {
  type: 'string',
  validate: (text: string) =>
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i.test(text) && !Number.isNaN(Date.parse(text)) && sameDay(text),
})

/** Date.parse rolls 2026-02-30 over to March: the written day must be the parsed one. */
function sameDay(text: string): boolean {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)!
  const probe = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return probe.getUTCMonth() === Number(m) - 1 && probe.getUTCDate() === Number(d)
}

/** A UTF-16 surrogate without its pair: not a character, and not storable as UTF-8. */
function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
}

/**
 * Text PostgreSQL cannot store (NUL) or that is not Unicode (a lone UTF-16 surrogate)
 * is refused at its field before any schema check, whatever the route: otherwise the
 * database fails on it with a 500. Keys are checked too (answers are keyed by id).
 */
function unstorableText(data: unknown, path: string[] = []): FieldError[] {
  const field = () => path.join('.') || '(corps)'
  if (typeof data === 'string') {
    if (data.includes('\u0000')) return [{ field: field(), message: 'Caractère nul (U+0000) interdit.' }]
    if (hasLoneSurrogate(data)) return [{ field: field(), message: 'Texte Unicode invalide (caractère isolé).' }]
    return []
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => unstorableText(item, [...path, String(i)]))
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      key.includes('\u0000') || hasLoneSurrogate(key) ? [{ field: [...path, '(clé)'].join('.'), message: 'Nom de champ invalide.' }] : unstorableText(value, [...path, key]),
    )
  }
  return []
}
ajv.addSchema(openApiDocument, 'openapi.json')

const validators = new Map<SchemaName, ValidateFunction>()
function validatorFor(name: SchemaName): ValidateFunction {
  let validate = validators.get(name)
  if (!validate) {
    validate = ajv.compile({ $ref: `openapi.json#/components/schemas/${name}` })
    validators.set(name, validate)
  }
  return validate
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un objet JSON',
}

function fieldOf(error: ErrorObject): string {
  const base = error.instancePath.slice(1).replace(/\//g, '.')
  const params = error.params as Record<string, unknown>
  const child = error.keyword === 'required' ? params.missingProperty : error.keyword === 'additionalProperties' ? params.additionalProperty : undefined
  return [base, child].filter(Boolean).join('.') || '(corps)'
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return 'Champ obligatoire.'
    case 'additionalProperties':
      return 'Champ inconnu.'
    case 'type':
      return `Doit être ${String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' ou ')}.`
    case 'format':
      return params.format === 'date'
        ? 'Date AAAA-MM-JJ attendue.'
        : 'Date et heure ISO 8601 attendues, par exemple 2026-11-25T09:00:00+01:00.'
    case 'enum':
      return `Valeurs possibles : ${(params.allowedValues as unknown[]).join(', ')}.`
    case 'const':
      return `Doit valoir ${JSON.stringify(params.allowedValue)}.`
    case 'minLength':
      return params.limit === 1 ? 'Ne peut pas être vide.' : `Au moins ${params.limit} caractères.`
    case 'maxLength':
      return `Au plus ${params.limit} caractères.`
    case 'minimum':
      return `Au moins ${params.limit}.`
    case 'maximum':
      return `Au plus ${params.limit}.`
    case 'maxItems':
    case 'maxProperties':
      return `Au plus ${params.limit} éléments.`
    case 'pattern':
      return 'Format invalide.'
    case 'oneOf':
    case 'anyOf':
      return 'Valeur d’un type non prévu.'
    default:
      return error.message ?? 'Valeur invalide.'
  }
}

/** Validates `data` against a named schema; at most one message per field. */
export function validateBody<T>(name: SchemaName, data: unknown): Validated<T> {
  const unstorable = unstorableText(data)
  if (unstorable.length) return { ok: false, errors: unstorable }
  const validate = validatorFor(name)
  if (validate(data)) return { ok: true, value: data as T }
  const byField = new Map<string, string>()
  // A failing oneOf also reports each branch's error at the same field: its own message says it better.
  const errors = [...(validate.errors ?? [])].filter((e) => e.keyword !== 'if').sort((a, b) => Number(b.keyword === 'oneOf') - Number(a.keyword === 'oneOf'))
  for (const error of errors) {
    const field = fieldOf(error)
    if (!byField.has(field)) byField.set(field, messageOf(error))
  }
  return { ok: false, errors: [...byField].map(([field, message]) => ({ field, message })) }
}
