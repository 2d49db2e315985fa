/**
 * What the browser loads: the compiled journey's machine, answers, plan and
 * condition evaluation. Nothing here imports a Node-only module or a YAML parser.
 * @module
 */
export * from './answers.ts'
export * from './format-answer.ts'
export * from './journey-machine.ts'
export * from './navigation.ts'
export * from './plan.ts'
export * from './session.ts'
export type { CompiledJourney, CompiledQuestion, CompiledTask, FicheRef, Organisation, Period } from '../journey/types.ts'
export { formatDateFr } from '../dates/format-fr.ts'
export { todayInParis, isIsoDate } from '../dates/iso-date.ts'
export { markdownToText, type Block, type Inline } from '../text/markdown.ts'
export { DEFAULT_PERIOD_LABELS_EN } from '../plan/periods.ts'
