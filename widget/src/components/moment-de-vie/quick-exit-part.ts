/**
 * Chunk: « Quitter ce site » of sensitive journeys. Downloaded with such a journey, and
 * its first screen waits for it: the way out is there from the first question.
 * @module
 */
// The element itself (already running): what this chunk shares with it then stays in the
// element's own chunks instead of many small shared ones, which compress worse.
import '../../index.ts'
import '../mdv-quick-exit/mdv-quick-exit.ts'
import { quickExitStyles } from '../mdv-quick-exit/mdv-quick-exit.styles.ts'

export const styles = [quickExitStyles]
