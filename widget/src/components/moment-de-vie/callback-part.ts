/**
 * Chunk: the call-back booking and the summary its agent reads. Downloaded when the plan
 * of a journey with a call-back is shown.
 * @module
 */
import '../mdv-callback/mdv-callback.ts'
import { callbackStyles } from '../mdv-callback/mdv-callback.styles.ts'

export { summaryForAgent } from './agent-summary.ts'
export const styles = [callbackStyles]
