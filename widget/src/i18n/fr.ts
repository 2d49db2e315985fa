/**
 * Every French word of the widget in one object, for tests and tools. The widget itself
 * loads them by screen (fr-question.ts, fr-extra.ts, fr-plan.ts: see index.ts).
 * @module
 */
import { frExtra } from './fr-extra.ts'
import { frPlan } from './fr-plan.ts'
import { frQuestion } from './fr-question.ts'
import type { Translations } from './types.ts'

export const fr: Translations = { ...frQuestion, ...frExtra, ...frPlan }
