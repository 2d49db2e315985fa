import type { CSSResultGroup } from 'lit'
import { baseStyles } from '../../styles/base.styles.ts'
import { callbackStyles } from '../mdv-callback/mdv-callback.styles.ts'
import { feedbackStyles } from '../mdv-feedback/mdv-feedback.styles.ts'
import { planStyles } from '../mdv-plan/mdv-plan.styles.ts'
import { questionStyles } from '../mdv-question/mdv-question.styles.ts'
import { quickExitStyles } from '../mdv-quick-exit/mdv-quick-exit.styles.ts'
import { summaryStyles } from '../mdv-summary/mdv-summary.styles.ts'

/**
 * The inner parts render in this element's shadow root, so its stylesheet carries
 * theirs too (adopted once, CSP-safe: no <style> element, no inline style).
 */
export const momentDeVieStyles: CSSResultGroup = [baseStyles, quickExitStyles, questionStyles, summaryStyles, planStyles, callbackStyles, feedbackStyles]
