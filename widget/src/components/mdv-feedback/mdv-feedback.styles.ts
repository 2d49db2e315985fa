import { css } from 'lit'

/** The feedback form shares the call-back section's frame (see mdv-callback.styles.ts). */
export const feedbackStyles = css`
  .mdv-feedback textarea {
    inline-size: 100%;
    box-sizing: border-box;
  }
`
