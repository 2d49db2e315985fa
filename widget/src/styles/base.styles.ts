import { css } from 'lit'

/**
 * The default theme: neutral, accessible styles scoped to the shadow root. They style
 * the subset of DSFR class names the markup uses (the same markup a DSFR page styles
 * with `theme="dsfr"`). Every colour, size and spacing is a documented custom
 * property; contrasts meet WCAG 2.1 AA with the defaults (text ≥ 4.5:1, borders ≥ 3:1).
 * Sizes are in the widget's own rem (widget-units.ts): `--mdv-font-size`, 16px unless the
 * host says otherwise, whatever the page's root size; the font is the widget's own too
 * (Marianne when the page has loaded it), not the page's serif.
 */
export const baseStyles = css`
  :host {
    --mdv-font-family: Marianne, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    --mdv-font-size: 16px;
    /* What 1rem means in these stylesheets (see widget-units.ts). */
    --mdv-rem: var(--mdv-font-size);
    --mdv-font-size-heading: 1.5rem;
    --mdv-font-size-question: 1.25rem;
    --mdv-line-height: 1.5;
    --mdv-color-primary: #000091;
    --mdv-color-primary-hover: #1212ff;
    --mdv-color-on-primary: #ffffff;
    --mdv-color-text: #161616;
    --mdv-color-text-muted: #555555;
    --mdv-color-background: transparent;
    --mdv-color-surface: #ffffff;
    --mdv-color-border: #767676;
    --mdv-color-error: #ce0500;
    --mdv-color-error-bg: #ffe9e9;
    --mdv-color-success: #18753c;
    --mdv-color-success-bg: #b8fec9;
    --mdv-color-info: #0063cb;
    --mdv-color-info-bg: #e8edff;
    --mdv-color-warning: #b34000;
    --mdv-color-warning-bg: #ffe9e6;
    --mdv-color-done-bg: #f0f0f0;
    --mdv-color-focus: #0a76f6;
    --mdv-radius: 0.25rem;
    --mdv-max-width: 48rem;
    --mdv-space-1: 0.25rem;
    --mdv-space-2: 0.5rem;
    --mdv-space-3: 0.75rem;
    --mdv-space-4: 1rem;
    --mdv-space-5: 1.5rem;
    --mdv-space-6: 2rem;
    display: block;
    font-family: var(--mdv-font-family);
    font-size: var(--mdv-font-size);
    line-height: var(--mdv-line-height);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .mdv-root {
    font-family: var(--mdv-font-family);
    font-size: var(--mdv-font-size);
    line-height: var(--mdv-line-height);
    color: var(--mdv-color-text);
    background: var(--mdv-color-background);
    max-inline-size: var(--mdv-max-width);
    overflow-wrap: anywhere;
  }
  .mdv-journey-title {
    margin: 0 0 var(--mdv-space-2);
    font-weight: 700;
    color: var(--mdv-color-text-muted);
  }
  a {
    color: var(--mdv-color-primary);
  }
  :focus-visible {
    outline: 2px solid var(--mdv-color-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .fr-sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .fr-text--lead {
    font-size: 1.125em;
  }
  .fr-btns-group {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mdv-space-3);
    margin: var(--mdv-space-4) 0;
    padding: 0;
  }
  .fr-btn {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: var(--mdv-space-2) var(--mdv-space-4);
    border: 0;
    border-radius: var(--mdv-radius);
    background: var(--mdv-color-primary);
    color: var(--mdv-color-on-primary);
    font: inherit;
    font-weight: 500;
    text-align: start;
    cursor: pointer;
  }
  .fr-btn:hover {
    background: var(--mdv-color-primary-hover);
  }
  .fr-btn--secondary,
  .fr-btn--tertiary-no-outline {
    background: transparent;
    color: var(--mdv-color-primary);
    box-shadow: inset 0 0 0 1px var(--mdv-color-primary);
  }
  .fr-btn--secondary:hover,
  .fr-btn--tertiary-no-outline:hover {
    background: var(--mdv-color-info-bg);
  }
  .fr-btn--tertiary-no-outline {
    box-shadow: none;
    text-decoration: underline;
  }
  .fr-btn--sm {
    min-block-size: 2rem;
    padding: var(--mdv-space-1) var(--mdv-space-2);
  }
  .fr-input,
  .fr-select {
    font: inherit;
    color: inherit;
    background: var(--mdv-color-surface);
    border: 1px solid var(--mdv-color-border);
    border-radius: var(--mdv-radius);
    padding: var(--mdv-space-2) var(--mdv-space-3);
    min-block-size: 2.75rem;
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  .fr-select,
  .fr-input-group > .fr-input,
  .mdv-input-wrap .fr-input {
    inline-size: min(100%, 24rem);
  }
  .fr-label {
    display: block;
  }
  .fr-input[aria-invalid='true'],
  .fr-select[aria-invalid='true'] {
    border: 2px solid var(--mdv-color-error);
  }
  .fr-fieldset.fr-fieldset--error,
  .fr-input-group--error,
  .fr-select-group--error,
  .fr-checkbox-group--error {
    border-inline-start: 3px solid var(--mdv-color-error);
    padding-inline-start: var(--mdv-space-3);
  }
  .fr-error-text {
    color: var(--mdv-color-error);
    font-weight: 700;
    margin: var(--mdv-space-2) 0 0;
  }
  .fr-alert {
    border-inline-start: 4px solid var(--mdv-color-info);
    background: var(--mdv-color-info-bg);
    padding: var(--mdv-space-3) var(--mdv-space-4);
    margin: 0 0 var(--mdv-space-4);
    border-radius: var(--mdv-radius);
  }
  .fr-alert p {
    margin: var(--mdv-space-1) 0;
  }
  .fr-alert__title {
    font-size: 1.125em;
    margin: 0 0 var(--mdv-space-2);
  }
  .fr-alert--error {
    border-color: var(--mdv-color-error);
    background: var(--mdv-color-error-bg);
  }
  .fr-alert--success {
    border-color: var(--mdv-color-success);
    background: #e6feda;
  }
  .fr-alert--warning {
    border-color: var(--mdv-color-warning);
    background: var(--mdv-color-warning-bg);
  }
  .mdv-error-summary a {
    color: var(--mdv-color-error);
    font-weight: 700;
  }
  .fr-badge {
    display: inline-block;
    margin: 0;
    padding: 0 var(--mdv-space-2);
    border-radius: var(--mdv-radius);
    font-size: 0.875em;
    font-weight: 700;
    text-transform: uppercase;
    background: var(--mdv-color-info-bg);
    color: var(--mdv-color-info);
  }
  .fr-badge--warning {
    background: var(--mdv-color-warning-bg);
    color: var(--mdv-color-warning);
  }
  @media print {
    .fr-no-print,
    .fr-btns-group,
    .fr-btn,
    .mdv-progress {
      display: none !important;
    }
    .mdv-root {
      max-inline-size: none;
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`
