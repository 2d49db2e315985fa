import { css, type CSSResultGroup } from 'lit'
import { baseStyles } from '../../styles/base.styles.ts'
import { inWidgetUnits } from '../../styles/widget-units.ts'
import { questionStyles } from '../mdv-question/mdv-question.styles.ts'

/** A part still downloading keeps about a screen's height, so that its arrival moves nothing below it. */
const partStyles = css`
  .mdv-part--plan {
    min-block-size: 16em;
  }
  .mdv-part:focus {
    outline: none;
  }
  .mdv-part:focus-visible {
    outline: 2px solid var(--mdv-color-focus);
    outline-offset: 2px;
  }
`

/**
 * The inner parts render in this element's shadow root, so its stylesheet carries
 * theirs too (adopted, CSP-safe: no <style> element, no inline style). The plan's,
 * the call-back's, the feedback's, the summary's and the quick exit's come with their chunks (lazy-parts.ts).
 */
export const momentDeVieStyles: CSSResultGroup = inWidgetUnits([baseStyles, questionStyles, partStyles])
