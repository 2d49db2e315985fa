/**
 * The two shapes of a journey:
 * - `Source*`: what editors write in YAML (checked by journey.schema.json);
 * - `Compiled*`: the checked, self-contained JSON the browser loads (shared questions
 *   inlined, conditions parsed, fiches resolved, no YAML parser needed).
 * @module
 */
import type { Expr } from '../expressions/ast.ts'
import type { IsoDate } from '../dates/iso-date.ts'
import type { DeadlineUnit } from '../plan/deadline.ts'
import type { Block } from '../text/markdown.ts'
import type { FicheKind } from '../fiches/kinds.ts'

export type QuestionType = 'single' | 'multiple' | 'boolean' | 'date' | 'number' | 'text' | 'country' | 'commune'

export interface SourceOption {
  value: string
  label: string
  help?: string
  exclusive?: boolean
}

/** What a question says, the same as written and as compiled; only conditions and bounds change form. */
interface QuestionContent {
  id: string
  type: QuestionType
  label: string
  short?: string
  help?: string
  options?: SourceOption[]
  unit?: string
  integer?: boolean
  maxLength?: number
  /** The usager may answer « Je ne sais pas » (stored as `null`, unknown to conditions). */
  optional?: boolean
}

export interface SourceQuestion extends QuestionContent {
  when?: string
  min?: string | number
  max?: string | number
}

export interface SourceSharedUse {
  use: string
  when?: string
}

export type SourceDeadlineRule =
  | { when?: string; from: string; add: number; unit: DeadlineUnit; next_working_day?: boolean; label?: string; calendar?: string }
  | { when?: string; before: IsoDate }

/** When a démarche becomes possible (« à partir du… »): a date counted from a date question, or a published date (`on`). */
export type SourceStartRule =
  | { when?: string; from: string; add: number; unit: DeadlineUnit; label?: string; calendar?: string }
  | { when?: string; on: IsoDate; label?: string }

/**
 * What an entry of the plan asks of the usager: a démarche to do (`todo`), something to
 * do only if needed (`advice`, « Si besoin »: no check box, not in the calendar), or what
 * an administration does by itself (`automatic`, « Rien à faire »).
 */
export type TaskKind = 'todo' | 'advice' | 'automatic'

export interface SourceTask {
  id: string
  title: string
  kind?: TaskKind
  /** Démarches that come before this one when both fall in the same period. */
  after?: string[]
  description?: string
  when?: string
  organisation: Organisation
  fiche?: string | string[]
  documents?: string[]
  /** true, false, or a condition: mandatory when it holds, advised otherwise. */
  mandatory?: boolean | string
  period?: string
  deadline?: SourceDeadlineRule | SourceDeadlineRule[]
  start?: SourceStartRule | SourceStartRule[]
}

/** What a journey says about itself, the same in its YAML and compiled. */
export interface JourneyHeader {
  id: string
  title: string
  description: string
  version: number
  reviewed: IsoDate
  sources: string[]
  callback?: { centre: string }
}

export interface SourceJourney extends JourneyHeader {
  sensitive?: boolean
  periods?: Period[]
  questions: (SourceQuestion | SourceSharedUse)[]
  tasks: SourceTask[]
}

export interface Organisation {
  name: string
  phone?: string
  url?: string
}

export interface Period {
  id: string
  label: string
}

export interface FicheRef {
  id: string
  /** Absent in journeys compiled before resources had kinds: read as `fiche`. */
  kind?: FicheKind
  title: string
  url: string
}

export interface CompiledQuestion extends QuestionContent {
  when?: Expr
  /** Date bounds are expressions (`today - 2 years`); number bounds are numbers. */
  min?: Expr | number
  max?: Expr | number
  /** Defined in journeys/_shared/: its answer is reused across journeys. */
  shared?: boolean
  /** `help` as a block tree, present only when it holds a link (an address, a number to call). */
  helpBlocks?: Block[]
}

export type CompiledDeadlineRule =
  | { when?: Expr; from: string; add: number; unit: DeadlineUnit; nextWorkingDay?: true; label?: string; calendar?: string }
  | { when?: Expr; before: IsoDate }

/** A start rule: like a deadline's, or a published date (« à partir du 20 janvier 2027 »). */
export type CompiledStartRule = CompiledDeadlineRule | { when?: Expr; on: IsoDate; label?: string }

export interface CompiledTask {
  id: string
  title: string
  /** Absent means `todo`. */
  kind?: Exclude<TaskKind, 'todo'>
  /** Task ids that come first within a period (checked: known, no cycle). */
  after?: string[]
  description: Block[]
  when?: Expr
  organisation: Organisation
  fiches: string[]
  documents: string[]
  mandatory: boolean
  /** When set, `mandatory` is this condition's verdict for the answers. */
  mandatoryWhen?: Expr
  period?: string
  deadline: CompiledDeadlineRule[]
  /** Not before (relative rules only); absent when the démarche can be done at once. */
  start?: CompiledStartRule[]
}

export interface CompiledJourney extends JourneyHeader {
  format: 1
  /** Nothing is kept in the browser and a "Quitter ce site" button is shown (violences…). */
  sensitive?: true
  periods: Period[]
  questions: CompiledQuestion[]
  tasks: CompiledTask[]
  /** Every fiche the journey cites, resolved from the DILA data. */
  fiches: Record<string, FicheRef>
}
