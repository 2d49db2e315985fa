import { css, type CSSResultGroup } from 'lit'
import { baseStyles } from '../../styles/base.styles.ts'
import { callbackStyles } from '../mdv-callback/mdv-callback.styles.ts'
import { feedbackStyles } from '../mdv-feedback/mdv-feedback.styles.ts'
import { planStyles } from '../mdv-plan/mdv-plan.styles.ts'
import { questionStyles } from '../mdv-question/mdv-question.styles.ts'
import { summaryStyles } from '../mdv-summary/mdv-summary.styles.ts'

/**
 * The inner parts render in this element's shadow root, so its stylesheet carries
 * theirs too (adopted once, CSP-safe: no <style> element, no inline style).
 */
/** "Quitter ce site" on sensitive journeys: first in the reading order, always visible. */
const quickExitStyles = css`
  .mdv-quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--mdv-space-2);
    padding: var(--mdv-space-2) var(--mdv-space-3);
    margin-block-end: var(--mdv-space-4);
    background: var(--mdv-color-warning-bg);
    border-inline-start: 4px solid var(--mdv-color-warning);
  }
  .mdv-quick-exit p {
    margin: 0;
    flex: 1 1 20rem;
  }
`

export const momentDeVieStyles: CSSResultGroup = [baseStyles, quickExitStyles, questionStyles, summaryStyles, planStyles, callbackStyles, feedbackStyles]
