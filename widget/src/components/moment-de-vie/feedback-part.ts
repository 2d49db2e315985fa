/**
 * Chunk: the feedback form under the plan.
 * @module
 */
// The element itself (already running): what this chunk shares with it then stays in the
// element's own chunks instead of many small shared ones, which compress worse.
import '../../index.ts'
import '../mdv-feedback/mdv-feedback.ts'
import { feedbackStyles } from '../mdv-feedback/mdv-feedback.styles.ts'

export const styles = [feedbackStyles]
