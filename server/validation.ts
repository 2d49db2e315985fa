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
addFormats(ajv, ['date', 'date-time'])
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
