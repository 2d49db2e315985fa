import { css } from 'lit'

/** The call-back section, its recap and confirmation. */
export const callbackStyles = css`
  .mdv-callback,
  .mdv-feedback {
    margin-block-start: var(--mdv-space-6);
    padding: var(--mdv-space-4);
    border: 1px solid var(--mdv-color-border);
    border-radius: var(--mdv-radius);
    background: var(--mdv-color-surface);
  }
  .mdv-callback__title,
  .mdv-feedback__title {
    font-size: 1.25em;
    margin: 0 0 var(--mdv-space-2);
  }
  .mdv-callback__step {
    font-size: 1.125em;
    margin: var(--mdv-space-3) 0;
  }
  .mdv-recap dt {
    font-weight: 700;
    margin-block-start: var(--mdv-space-2);
  }
  .mdv-recap dd {
    margin: 0;
  }
  .mdv-recap__summary {
    white-space: pre-line;
  }
  .mdv-status:empty {
    display: none;
  }
`
