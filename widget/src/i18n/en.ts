/**
 * Every English word of the widget in one object, for tests and tools. The widget itself
 * loads them by screen (en-question.ts with the extras, en-plan.ts: see index.ts).
 * @module
 */
import { enPlan } from './en-plan.ts'
import { enExtra, enQuestion } from './en-question.ts'
import type { Translations } from './types.ts'

export const en: Translations = { ...enQuestion, ...enExtra, ...enPlan }
