import { css } from 'lit'

/**
 * With theme="dsfr" the page's DSFR stylesheet styles every fr-* class; these few rules
 * only lay out what DSFR has no component for (démarche cards, summary rows). They use
 * DSFR's own colour variables, are scoped to the element's tag, and are adopted as a
 * constructable stylesheet: no <style> element, so a strict CSP needs no exception.
 */
const glue = css`
  moment-de-vie {
    display: block;
  }
  moment-de-vie .mdv-combobox__list {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    border: 1px solid var(--border-default-grey, #ddd);
    max-inline-size: 30rem;
  }
  moment-de-vie .mdv-combobox__list[hidden] {
    display: none;
  }
  moment-de-vie .mdv-combobox__option {
    padding: 0.5rem 0.75rem;
    cursor: pointer;
  }
  moment-de-vie .mdv-combobox__option[aria-selected='true'],
  moment-de-vie .mdv-combobox__option:hover {
    background: var(--background-action-high-blue-france, #000091);
    color: var(--text-inverted-blue-france, #fff);
  }
  moment-de-vie .mdv-entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  moment-de-vie .mdv-entry {
    border-bottom: 1px solid var(--border-default-grey, #ddd);
  }
  moment-de-vie .mdv-entry--first {
    border-left: 4px solid var(--border-plain-warning, #b34000);
    background: var(--background-contrast-warning, #ffe9e6);
  }
  moment-de-vie .mdv-entry__summary {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem 0.5rem 0.75rem 1.75rem;
    position: relative;
    cursor: pointer;
    list-style: none;
  }
  moment-de-vie .mdv-entry__summary::-webkit-details-marker {
    display: none;
  }
  moment-de-vie .mdv-entry__summary::before {
    content: '▸';
    position: absolute;
    left: 0.5rem;
    color: var(--text-action-high-blue-france, #000091);
  }
  moment-de-vie details[open] > .mdv-entry__summary::before {
    content: '▾';
  }
  moment-de-vie .mdv-entry__title {
    font-weight: 700;
    color: var(--text-action-high-blue-france, #000091);
  }
  moment-de-vie .mdv-entry--done .mdv-entry__title {
    text-decoration: line-through;
    color: var(--text-mention-grey, #666);
  }
  moment-de-vie .mdv-entry__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    font-size: 0.875rem;
  }
  moment-de-vie .mdv-entry__status {
    padding: 0 0.25rem;
    border: 1px solid var(--border-default-grey, #929292);
  }
  moment-de-vie .mdv-entry__status--done {
    background: var(--background-contrast-success, #b8fec9);
  }
  moment-de-vie .mdv-entry__when--overdue,
  moment-de-vie .mdv-entry__due--overdue {
    color: var(--text-default-error, #ce0500);
    font-weight: 700;
  }
  moment-de-vie .mdv-entry__first {
    font-weight: 700;
    text-transform: uppercase;
    color: var(--text-default-warning, #b34000);
  }
  moment-de-vie .mdv-entry__details {
    padding: 0 1rem 1rem 1.75rem;
  }
  moment-de-vie .mdv-entry__ask {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    padding: 0 0.5rem 0.75rem 1.75rem;
  }
  moment-de-vie .mdv-callback-card {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block: 1rem;
    padding: 1rem;
    border-left: 4px solid var(--border-plain-blue-france, #000091);
    background: var(--background-contrast-info, #e8edff);
  }
  moment-de-vie .mdv-callback-card p {
    margin: 0;
    flex: 1 1 16rem;
  }
  moment-de-vie .mdv-print-checklist {
    display: none;
  }
  moment-de-vie .mdv-answers {
    margin-block: 2rem 1rem;
    border: 1px solid var(--border-default-grey, #ddd);
    padding: 0 1rem;
  }
  moment-de-vie .mdv-answers__summary,
  moment-de-vie .mdv-keep__summary {
    cursor: pointer;
    font-weight: 700;
    color: var(--text-action-high-blue-france, #000091);
    padding-block: 0.75rem;
  }
  @media print {
    moment-de-vie .mdv-print-checklist {
      display: block;
      break-after: page;
    }
    moment-de-vie .mdv-entry {
      break-inside: avoid-page;
    }
    moment-de-vie .mdv-entry__summary::before,
    moment-de-vie .mdv-entry__meta {
      display: none;
    }
  }
  moment-de-vie .mdv-summary__row {
    border-block-end: 1px solid var(--border-default-grey, #ddd);
    padding-block: 0.5rem;
  }
  moment-de-vie .mdv-summary__row dt {
    font-weight: 700;
  }
  moment-de-vie .mdv-summary__row dd {
    margin: 0;
  }
  moment-de-vie .mdv-callback,
  moment-de-vie .mdv-feedback {
    margin-block-start: 2rem;
  }
  moment-de-vie .mdv-status:empty {
    display: none;
  }
  /* Readable lines in a wide (1200 px) container: text, the plan and the forms stop at
     DSFR's 48rem, fields (the phone number…) at 24rem instead of the full width. */
  moment-de-vie .mdv-root {
    max-inline-size: 48rem;
  }
  moment-de-vie .fr-input-group > .fr-input,
  moment-de-vie .mdv-input-wrap .fr-input,
  moment-de-vie .fr-select {
    max-inline-size: 24rem;
  }
  /* Journeys longer than DSFR's stepper (8 steps): a bar in DSFR's colours. */
  moment-de-vie .mdv-progress {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    margin-block-start: 0.5rem;
    border: 0;
    appearance: none;
    background: var(--background-contrast-grey, #eee);
    accent-color: var(--background-active-blue-france, #000091);
  }
  moment-de-vie .mdv-progress::-webkit-progress-bar {
    background: var(--background-contrast-grey, #eee);
  }
  moment-de-vie .mdv-progress::-webkit-progress-value {
    background: var(--background-active-blue-france, #000091);
  }
  moment-de-vie .mdv-progress::-moz-progress-bar {
    background: var(--background-active-blue-france, #000091);
  }
  /* The call-back in a frame of its own; its consent boxes apart from the buttons. */
  moment-de-vie .mdv-callback {
    border: 1px solid var(--border-default-grey, #ddd);
    padding: 1.5rem;
  }
  moment-de-vie .fr-checkbox-group + .fr-btns-group,
  moment-de-vie .fr-fieldset + .fr-btns-group,
  moment-de-vie .fr-checkbox-group + .fr-checkbox-group {
    margin-block-start: 1.5rem;
  }
`

export function adoptDsfrGlue(doc: Document): void {
  const sheet = glue.styleSheet
  // Without constructable stylesheets the DSFR markup still works, only less tidy.
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}
