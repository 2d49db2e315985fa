/**
 * Chunk: the summary of answers (under the plan, and above a first question when answers
 * were reused from another journey; that screen waits for it).
 * @module
 */
// The element itself (already running): what this chunk shares with it then stays in the
// element's own chunks instead of many small shared ones, which compress worse.
import '../../index.ts'
import '../mdv-summary/mdv-summary.ts'
import { summaryStyles } from '../mdv-summary/mdv-summary.styles.ts'

export const styles = [summaryStyles]
