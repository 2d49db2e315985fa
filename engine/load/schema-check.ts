/**
 * JSON Schema validation (ajv) with errors mapped back to YAML positions.
 *
 * ajv reports every failing branch of a `oneOf`/`if`; editors need the one that
 * explains their mistake, so errors are narrowed to the most specific branch
 * before being worded in French.
 * @module
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import journeySchema from '../schema/journey.schema.json' with { type: 'json' }
import sharedSchema from '../schema/shared-questions.schema.json' with { type: 'json' }
import scenariosSchema from '../schema/scenarios.schema.json' with { type: 'json' }
import callbacksSchema from '../schema/callbacks.schema.json' with { type: 'json' }
import type { Diagnostic } from '../diagnostics.ts'
import { didYouMean } from '../text/did-you-mean.ts'
import type { YamlSource } from './yaml-source.ts'

export type SchemaName = 'journey' | 'shared' | 'scenarios' | 'callbacks'

let validators: Record<SchemaName, ValidateFunction> | undefined

function getValidators(): Record<SchemaName, ValidateFunction> {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true })
    addFormats(ajv, ['date', 'uri'])
    ajv.addSchema(journeySchema, 'journey.schema.json')
    validators = {
      journey: ajv.getSchema('journey.schema.json')!,
      shared: ajv.compile(sharedSchema),
      scenarios: ajv.compile(scenariosSchema),
      callbacks: ajv.compile(callbacksSchema),
    }
  }
  return validators
}

/** The journey JSON Schema, as served to editors' tools. */
export { journeySchema }

export function checkSchema(source: YamlSource, schema: SchemaName): Diagnostic[] {
  const validate = getValidators()[schema]
  if (validate(source.data)) return []
  return narrow(validate.errors ?? []).map((error) => toDiagnostic(source, error))
}

function depth(error: ErrorObject): number {
  return error.instancePath === '' ? 0 : error.instancePath.split('/').length - 1
}

/** Keeps, for every failing `oneOf`, only the errors of its most specific branch. */
function narrow(errors: ErrorObject[]): ErrorObject[] {
  let remaining = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'allOf')
  const oneOfs = remaining.filter((e) => e.keyword === 'oneOf').sort((a, b) => depth(b) - depth(a))
  for (const oneOf of oneOfs) {
    const inside = remaining.filter(
      (e) => e !== oneOf && (e.instancePath === oneOf.instancePath || e.instancePath.startsWith(oneOf.instancePath + '/')),
    )
    if (!inside.length) continue
    const groups = new Map<string, ErrorObject[]>()
    for (const e of inside) {
      const branch = e.schemaPath.startsWith(oneOf.schemaPath + '/')
        ? e.schemaPath.slice(oneOf.schemaPath.length + 1).split('/')[0]!
        : 'ref'
      groups.set(branch, [...(groups.get(branch) ?? []), e])
    }
    const score = (group: ErrorObject[]) =>
      Math.max(...group.map((e) => depth(e) * 10 - (e.keyword === 'type' && e.instancePath === oneOf.instancePath ? 5 : 0))) -
      group.length / 100
    const best = [...groups.values()].sort((a, b) => score(b) - score(a))[0]!
    remaining = remaining.filter((e) => e !== oneOf && (!inside.includes(e) || best.includes(e)))
  }
  // A misspelt key explains the "missing" required one: keep only the misspelling.
  const misspelt = new Set(
    remaining
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => `${e.instancePath}|${suggestKey(e)}`),
  )
  remaining = remaining.filter(
    (e) => !(e.keyword === 'required' && misspelt.has(`${e.instancePath}|${(e.params as { missingProperty: string }).missingProperty}`)),
  )
  const seen = new Set<string>()
  return remaining.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function suggestKey(error: ErrorObject): string | undefined {
  const { additionalProperty } = error.params as { additionalProperty: string }
  const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {})
  return didYouMean(additionalProperty, allowed)
}

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return []
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

function toDiagnostic(source: YamlSource, error: ErrorObject): Diagnostic {
  const path = pathOf(error.instancePath)
  const where = path.length ? `« ${path.filter((p) => typeof p === 'string').at(-1)} »` : 'le fichier'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return source.diagnostic(path, 'schema', `La propriété « ${params.missingProperty} » est obligatoire ici.`)
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const suggestion = suggestKey(error)
      const message = suggestion
        ? `Propriété inconnue « ${key} ». Vouliez-vous dire « ${suggestion} » ?`
        : `Propriété inconnue « ${key} » : elle n'est pas prévue à cet endroit (voir docs/journey-format.md).`
      return source.diagnostic([...path, key], 'unknown-property', message, { key: true, suggestion })
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      const value = String(valueAt(source.data, path))
      const suggestion = didYouMean(value, allowed)
      return source.diagnostic(
        path,
        'schema',
        `Valeur « ${value} » non prévue pour ${where}. Valeurs possibles : ${allowed.join(', ')}.`,
        { suggestion },
      )
    }
    case 'const':
      return source.diagnostic(path, 'schema', `${where} doit valoir « ${String(params.allowedValue)} ».`)
    case 'type': {
      const expected = TYPE_NAMES[String(params.type)] ?? String(params.type)
      return source.diagnostic(path, 'schema', `${capitalize(where)} doit être ${expected}.`)
    }
    case 'pattern':
      return source.diagnostic(path, 'schema', patternMessage(where, String(params.pattern), valueAt(source.data, path)))
    case 'format':
      return source.diagnostic(
        path,
        'schema',
        params.format === 'date'
          ? `${capitalize(where)} doit être une date réelle écrite AAAA-MM-JJ (par exemple 2026-03-12).`
          : `${capitalize(where)} doit être une adresse web complète (https://…).`,
      )
    case 'minItems':
    case 'minProperties':
      return source.diagnostic(path, 'schema', `${capitalize(where)} doit contenir au moins ${params.limit} élément(s).`)
    case 'minLength':
      return source.diagnostic(path, 'schema', `${capitalize(where)} ne peut pas être vide.`)
    case 'minimum':
    case 'maximum':
      return source.diagnostic(
        path,
        'schema',
        `${capitalize(where)} doit être ${error.keyword === 'minimum' ? 'au moins' : 'au plus'} ${params.limit}.`,
      )
    case 'oneOf':
      return source.diagnostic(path, 'schema', `${capitalize(where)} n'a pas la forme attendue (voir docs/journey-format.md).`)
    default:
      return source.diagnostic(path, 'schema', `${capitalize(where)} : ${error.message ?? 'valeur invalide'}.`)
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un ensemble de propriétés (clé: valeur)',
}

function patternMessage(where: string, pattern: string, value: unknown): string {
  const shown = `« ${String(value)} »`
  if (pattern.startsWith('^[FNR]')) return `${shown} n'est pas un identifiant de fiche service-public (F909, N31407, R1234).`
  if (pattern.startsWith('^[a-z][a-z0-9_]')) {
    return `${shown} n'est pas un identifiant valide : minuscules, chiffres et « _ », en commençant par une lettre (ex. date_deces).`
  }
  if (pattern.startsWith('^https')) return `${shown} doit commencer par https://.`
  if (pattern.startsWith('^([01][0-9]')) return `Plage horaire mal écrite ${shown} : « HH:MM-HH:MM » attendu (par exemple 09:00-12:30).`
  if (pattern.startsWith('^[0-9 +')) return `${shown} n'est pas un numéro de téléphone (chiffres et espaces, ex. « 39 60 »).`
  if (pattern.startsWith('^[a-z0-9]+')) return `${shown} n'est pas un identifiant valide : minuscules, chiffres et tirets.`
  return `${capitalize(where)} : ${shown} n'a pas la forme attendue.`
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let node: unknown = data
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment]
  return node
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
