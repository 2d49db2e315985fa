/**
 * Chunk: the feedback form under the plan.
 * @module
 */
import '../mdv-feedback/mdv-feedback.ts'
import { feedbackStyles } from '../mdv-feedback/mdv-feedback.styles.ts'

export const styles = [feedbackStyles]
