/**
 * Imported by the plan, call-back, feedback and post-call components: their French words
 * come in their chunks, not in the first question's (English follows, see index.ts).
 * @module
 */
import { frPlan } from './fr-plan.ts'
import { addWords } from './index.ts'

addWords('plan', frPlan)
