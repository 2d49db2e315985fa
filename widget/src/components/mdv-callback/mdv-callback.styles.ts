import { css } from 'lit'

/** The call-back section, its recap and confirmation, and the post-call question. */
export const callbackStyles = css`
  .mdv-callback,
  .mdv-feedback,
  .mdv-satisfaction {
    margin-block-start: var(--mdv-space-6);
    padding: var(--mdv-space-4);
    border: 1px solid var(--mdv-color-border);
    border-radius: var(--mdv-radius);
    background: var(--mdv-color-surface);
  }
  .mdv-satisfaction {
    margin-block: 0 var(--mdv-space-5);
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
  .mdv-caller,
  .mdv-callback__note {
    border-inline-start: 4px solid var(--mdv-color-primary);
    padding: var(--mdv-space-2) var(--mdv-space-4);
    margin: 0 0 var(--mdv-space-4);
  }
  .mdv-caller__title,
  .mdv-callback__note-title,
  .mdv-safety .fr-alert__title {
    font-size: 1em;
    margin: 0 0 var(--mdv-space-1);
  }
  .mdv-caller p,
  .mdv-callback__note p {
    margin: var(--mdv-space-1) 0;
  }
  .mdv-safety ul {
    margin: 0;
    padding-inline-start: var(--mdv-space-5);
  }
  /* As many columns of times as fit (one on a narrow phone, never a time broken over two lines). */
  .mdv-slots {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--mdv-space-3);
  }
  .mdv-slots .fr-fieldset__element {
    flex: 1 1 10rem;
  }
  .mdv-slots .fr-radio-group label {
    white-space: nowrap;
  }
  .mdv-slots .fr-radio-group {
    align-items: center;
    min-block-size: 2.75rem;
    margin: 0;
  }
  .mdv-slots .fr-messages-group {
    flex-basis: 100%;
  }
  .mdv-callback__share {
    margin-block-start: var(--mdv-space-3);
  }
  .mdv-recap dt {
    font-weight: 700;
    margin-block-start: var(--mdv-space-2);
  }
  .mdv-recap dd {
    margin: 0;
  }
  .mdv-recap dd p {
    margin: 0;
  }
  .mdv-recap__summary {
    white-space: pre-line;
  }
  .mdv-reference,
  .mdv-cancel-code {
    font-size: 1.125em;
    letter-spacing: 0.05em;
  }
  /* 1 to 5 on one row, even on a phone; the end words sit under 1 and 5. */
  .mdv-scale {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: var(--mdv-space-2);
  }
  .mdv-scale .fr-messages-group {
    grid-column: 1 / -1;
  }
  .mdv-scale .fr-radio-group {
    flex-direction: column;
    align-items: center;
    text-align: center;
    min-inline-size: 2.75rem;
  }
  .mdv-scale__word {
    display: block;
    font-size: 0.875em;
    color: var(--mdv-color-text-muted);
  }
  .mdv-status:empty {
    display: none;
  }
`
