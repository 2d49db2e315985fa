/**
 * Chunk: the call-back booking and the summary its agent reads. Downloaded when the plan
 * of a journey with a call-back is shown.
 * @module
 */
// The element itself (already running): what this chunk shares with it then stays in the
// element's own chunks instead of many small shared ones, which compress worse.
import '../../index.ts'
import '../mdv-callback/mdv-callback.ts'
import { callbackStyles } from '../mdv-callback/mdv-callback.styles.ts'

export { summaryForAgent } from './agent-summary.ts'
export const styles = [callbackStyles]
