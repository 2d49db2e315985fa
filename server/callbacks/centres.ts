/**
 * Call centres (`journeys/callbacks.yaml`): loaded once at start, checked against
 * engine/schema/callbacks.schema.json with ajv, every problem reported as
 * `file:line:column message` like the journeys' own checks.
 * @module
 */
import { readFileSync } from 'node:fs'
import type { IsoDate } from '../../engine/dates/iso-date.ts'
import { sortDiagnostics, type Diagnostic } from '../../engine/diagnostics.ts'
import { checkSchema } from '../../engine/load/schema-check.ts'
import { YamlSource } from '../../engine/load/yaml-source.ts'

/** Minutes since local midnight, Europe/Paris wall clock. */
export interface OpeningRange {
  open: number
  close: number
}

/** What callbacks.yaml says of a centre and the server uses as written. */
interface CentreSettings {
  id: string
  name: string
  /** Who calls, shown to the usager before booking (« Un conseiller France services »). */
  caller?: string
  /** The number the usager's phone will show, or « masqué »; absent when not said. */
  callerNumber?: string
  slotMinutes: number
  capacity: number
  minNoticeHours: number
  horizonDays: number
}

export interface CallbackCentre extends CentreSettings {
  /** Index 0 = Sunday … 6 = Saturday, as `dayOfWeek` in engine/dates/iso-date.ts. */
  hours: OpeningRange[][]
  closed: ReadonlySet<IsoDate>
}

export interface CentresResult {
  centres: Map<string, CallbackCentre>
  diagnostics: Diagnostic[]
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

interface SourceCentre extends CentreSettings {
  hours: Partial<Record<(typeof WEEKDAYS)[number], string[]>>
  closed?: string[]
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
    ...(centre.caller === undefined ? {} : { caller: centre.caller }),
    ...(centre.callerNumber === undefined ? {} : { callerNumber: centre.callerNumber }),
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
  const schemaProblems = checkSchema(source, 'callbacks')
  if (schemaProblems.length) {
    return { centres, diagnostics: sortDiagnostics(schemaProblems) }
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
