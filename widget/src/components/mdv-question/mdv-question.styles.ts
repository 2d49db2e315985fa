import { css } from 'lit'

/** Question screens: stepper, fieldsets, choices, date parts, units. */
export const questionStyles = css`
  .fr-stepper {
    margin-block-end: var(--mdv-space-4);
  }
  .fr-stepper__title {
    margin: 0 0 var(--mdv-space-2);
    font-size: var(--mdv-font-size-heading);
  }
  .mdv-progress {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--mdv-color-primary);
  }
  .fr-fieldset {
    border: 0;
    margin: 0 0 var(--mdv-space-4);
    padding: 0;
    min-inline-size: 0;
  }
  .fr-fieldset__legend,
  .fr-label {
    display: block;
  }
  .mdv-question .fr-fieldset__legend {
    font-size: var(--mdv-font-size-question);
  }
  .fr-fieldset__legend {
    font-weight: 700;
    margin-block-end: var(--mdv-space-3);
    padding: 0;
  }
  .fr-hint-text {
    display: block;
    color: var(--mdv-color-text-muted);
    font-size: 0.875em;
    font-weight: 400;
    margin-block-start: var(--mdv-space-1);
  }
  .fr-radio-group,
  .fr-checkbox-group {
    display: flex;
    align-items: flex-start;
    gap: var(--mdv-space-2);
    margin-block-end: var(--mdv-space-2);
  }
  .fr-radio-group input,
  .fr-checkbox-group input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--mdv-color-primary);
  }
  .fr-radio-group .fr-label,
  .fr-checkbox-group .fr-label {
    padding-block-start: 0.125rem;
  }
  .mdv-date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mdv-space-3);
  }
  .mdv-date .fr-fieldset__legend,
  .mdv-date .fr-messages-group {
    flex-basis: 100%;
  }
  .mdv-date .fr-input {
    inline-size: 4ch;
    box-sizing: content-box;
  }
  .mdv-date .mdv-input--year {
    inline-size: 6ch;
  }
  .fr-input-group,
  .fr-select-group {
    margin-block-end: var(--mdv-space-4);
  }
  .mdv-question .fr-input-group > .fr-label,
  .mdv-question .fr-select-group > .fr-label {
    font-size: var(--mdv-font-size-question);
    font-weight: 700;
    margin-block-end: var(--mdv-space-2);
  }
  .mdv-date .fr-input-group > .fr-label {
    font-size: 1em;
    font-weight: 400;
  }
  .mdv-input-wrap {
    display: flex;
    align-items: center;
    gap: var(--mdv-space-2);
  }
`
