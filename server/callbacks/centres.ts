/**
 * Call centres (`journeys/callbacks.yaml`): loaded once at start, checked against
 * engine/schema/callbacks.schema.json with ajv, every problem reported as
 * `file:line:column message` like the journeys' own checks.
 * @module
 */
import { readFileSync } from 'node:fs'
import Ajv, { type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import schema from '../../engine/schema/callbacks.schema.json' with { type: 'json' }
import type { IsoDate } from '../../engine/dates/iso-date.ts'
import { sortDiagnostics, type Diagnostic } from '../../engine/diagnostics.ts'
import { YamlSource } from '../../engine/load/yaml-source.ts'
import { didYouMean } from '../../engine/text/did-you-mean.ts'

/** Minutes since local midnight, Europe/Paris wall clock. */
export interface OpeningRange {
  open: number
  close: number
}

export interface CallbackCentre {
  id: string
  name: string
  slotMinutes: number
  capacity: number
  minNoticeHours: number
  horizonDays: number
  /** Index 0 = Sunday … 6 = Saturday, as `dayOfWeek` in engine/dates/iso-date.ts. */
  hours: OpeningRange[][]
  closed: ReadonlySet<IsoDate>
}

export interface CentresResult {
  centres: Map<string, CallbackCentre>
  diagnostics: Diagnostic[]
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

interface SourceCentre {
  id: string
  name: string
  slotMinutes: number
  capacity: number
  minNoticeHours: number
  horizonDays: number
  hours: Partial<Record<(typeof WEEKDAYS)[number], string[]>>
  closed?: string[]
}

// verbose: errors carry their parent schema, whose keys feed the "did you mean".
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true })
addFormats(ajv, ['date'])
const validate = ajv.compile(schema)

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')))
}

function schemaDiagnostic(source: YamlSource, error: ErrorObject): Diagnostic {
  const path = pathOf(error.instancePath)
  const name = path.filter((p) => typeof p === 'string').at(-1)
  const where = name ? `« ${name} »` : 'le fichier'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return source.diagnostic(path, 'schema', `La propriété « ${params.missingProperty} » est obligatoire ici.`)
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {})
      const suggestion = didYouMean(key, allowed)
      const message = suggestion
        ? `Propriété inconnue « ${key} ». Vouliez-vous dire « ${suggestion} » ?`
        : `Propriété inconnue « ${key} ». Propriétés possibles : ${allowed.filter((k) => k !== '$schema').join(', ')}.`
      return source.diagnostic([...path, key], 'unknown-property', message, { key: true, suggestion })
    }
    case 'type':
      return source.diagnostic(path, 'schema', `${where} doit être ${TYPE_NAMES[String(params.type)] ?? params.type}.`)
    case 'pattern':
      return source.diagnostic(
        path,
        'schema',
        typeof path.at(-1) === 'number'
          ? `Plage horaire mal écrite : « HH:MM-HH:MM » attendu (par exemple 09:00-12:30).`
          : `${where} : minuscules, chiffres et tirets (par exemple « deces »).`,
      )
    case 'format':
      return source.diagnostic(path, 'schema', `${where} doit être une date réelle écrite AAAA-MM-JJ.`)
    case 'minimum':
    case 'maximum':
      return source.diagnostic(path, 'schema', `${where} doit être ${error.keyword === 'minimum' ? 'au moins' : 'au plus'} ${params.limit}.`)
    case 'minItems':
    case 'minProperties':
      return source.diagnostic(path, 'schema', `${where} ne peut pas être vide.`)
    case 'minLength':
      return source.diagnostic(path, 'schema', `${where} est trop court.`)
    default:
      return source.diagnostic(path, 'schema', `${where} : ${error.message ?? 'valeur invalide'}.`)
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  array: 'une liste',
  object: 'un ensemble de propriétés (clé: valeur)',
}

/** A misspelt key explains the "missing" one it was meant to be: report only the misspelling. */
function explainable(errors: ErrorObject[]): ErrorObject[] {
  const misspelt = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => {
        const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {})
        return `${e.instancePath}|${didYouMean(String((e.params as { additionalProperty: string }).additionalProperty), allowed)}`
      }),
  )
  return errors.filter((e) => !(e.keyword === 'required' && misspelt.has(`${e.instancePath}|${(e.params as { missingProperty: string }).missingProperty}`)))
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
}

/** Checks that the schema cannot express: ranges in order, not overlapping, cut into whole slots. */
function checkCentre(source: YamlSource, index: number, centre: SourceCentre, diagnostics: Diagnostic[]): CallbackCentre {
  const hours: OpeningRange[][] = WEEKDAYS.map(() => [])
  WEEKDAYS.forEach((day, dayIndex) => {
    const ranges = (centre.hours[day] ?? []).map((text, i) => ({ text, i, open: minutes(text.slice(0, 5)), close: minutes(text.slice(6)) }))
    let previousClose = -1
    for (const range of [...ranges].sort((a, b) => a.open - b.open)) {
      const path = ['centres', index, 'hours', day, range.i]
      if (range.close <= range.open) {
        diagnostics.push(source.diagnostic(path, 'schema', `La plage ${range.text} finit avant de commencer.`))
      } else if (range.open < previousClose) {
        diagnostics.push(source.diagnostic(path, 'schema', `La plage ${range.text} chevauche une autre plage du même jour.`))
      } else if ((range.close - range.open) % centre.slotMinutes !== 0) {
        diagnostics.push(
          source.diagnostic(path, 'schema', `La plage ${range.text} ne se découpe pas en créneaux entiers de ${centre.slotMinutes} minutes.`),
        )
      } else hours[dayIndex]!.push({ open: range.open, close: range.close })
      previousClose = Math.max(previousClose, range.close)
    }
    hours[dayIndex]!.sort((a, b) => a.open - b.open)
  })
  return {
    id: centre.id,
    name: centre.name,
    slotMinutes: centre.slotMinutes,
    capacity: centre.capacity,
    minNoticeHours: centre.minNoticeHours,
    horizonDays: centre.horizonDays,
    hours,
    closed: new Set(centre.closed ?? []),
  }
}

/** Parses and checks a callbacks file; centres with errors are left out. */
export function parseCentres(file: string, text: string): CentresResult {
  const source = new YamlSource(file, text)
  const centres = new Map<string, CallbackCentre>()
  if (source.syntaxDiagnostics.length) return { centres, diagnostics: source.syntaxDiagnostics }
  if (!validate(source.data)) {
    return { centres, diagnostics: sortDiagnostics(explainable(validate.errors ?? []).map((e) => schemaDiagnostic(source, e))) }
  }
  const diagnostics: Diagnostic[] = []
  const data = source.data as { centres: SourceCentre[] }
  data.centres.forEach((centre, index) => {
    if (centres.has(centre.id)) {
      diagnostics.push(source.diagnostic(['centres', index, 'id'], 'duplicate-id', `Le centre « ${centre.id} » est déjà défini plus haut.`))
      return
    }
    const before = diagnostics.length
    const checked = checkCentre(source, index, centre, diagnostics)
    if (diagnostics.length === before) centres.set(centre.id, checked)
  })
  return { centres, diagnostics: sortDiagnostics(diagnostics) }
}

export function loadCentres(file: string): CentresResult {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { centres: new Map(), diagnostics: [] }
    return {
      centres: new Map(),
      diagnostics: [{ file, line: 1, column: 1, severity: 'error', code: 'file', message: `Fichier illisible : ${code ?? String(error)}.` }],
    }
  }
  return parseCentres(file, text)
}
