/**
 * Chunk: the plan screen (the plan builder, its element, styles, calendar and print helpers). Downloaded
 * while the usager answers the first question, so it is there by the last one.
 * @module
 */
// The element itself (already running): what this chunk shares with it then stays in the
// element's own chunks instead of many small shared ones, which compress worse.
import '../../index.ts'
import '../mdv-plan/mdv-plan.ts'
import { jdmaStyles } from '../mdv-jdma/jdma-button.ts'
import { planStyles } from '../mdv-plan/mdv-plan.styles.ts'

export { buildPlan } from '../../../../engine/runtime/plan.ts'
export { renderForget } from './forget-confirm.ts'
export { renderPlanScreen } from './plan-screen.ts'
export const styles = [planStyles, jdmaStyles]
