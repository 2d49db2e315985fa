import { css } from 'lit'

/**
 * The to-do list: a compact checklist first (one line per démarche, details closed),
 * what to do first marked, then the details on demand; on paper, page 1 is the dated
 * checklist and the details follow, every one open.
 */
export const planStyles = css`
  .mdv-plan__title {
    font-size: var(--mdv-font-size-heading);
    margin: 0 0 var(--mdv-space-2);
  }
  .mdv-plan__dated,
  .mdv-plan__counts,
  .mdv-plan__progress {
    margin: 0 0 var(--mdv-space-1);
  }
  .mdv-plan__counts {
    font-weight: 700;
  }
  .mdv-plan__progress {
    color: var(--mdv-color-text-muted);
  }
  .mdv-plan__actions {
    margin-block: var(--mdv-space-3);
  }
  .mdv-plan__actions .fr-btns-group {
    margin-block-end: 0;
  }
  .mdv-callback-card {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mdv-space-2) var(--mdv-space-4);
    margin-block: var(--mdv-space-3);
    padding: var(--mdv-space-3);
    background: var(--mdv-color-info-bg);
    border-inline-start: 4px solid var(--mdv-color-primary);
  }
  .mdv-callback-card p {
    margin: 0;
    flex: 1 1 16em;
  }
  .mdv-group__title {
    font-size: 1.125em;
    margin: var(--mdv-space-5) 0 var(--mdv-space-1);
    padding-block-end: var(--mdv-space-1);
    border-block-end: 2px solid var(--mdv-color-primary);
  }
  .mdv-group__intro {
    margin: 0 0 var(--mdv-space-1);
    color: var(--mdv-color-text-muted);
  }
  .mdv-entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .mdv-entry {
    border-block-end: 1px solid var(--mdv-color-border);
  }
  .mdv-entry--first {
    border-inline-start: 4px solid var(--mdv-color-warning);
    background: var(--mdv-color-warning-bg);
  }
  .mdv-entry__summary {
    display: flex;
    flex-direction: column;
    gap: var(--mdv-space-1);
    min-block-size: 2.75em;
    padding: var(--mdv-space-2) var(--mdv-space-2) var(--mdv-space-2) 1.75em;
    position: relative;
    cursor: pointer;
    list-style: none;
  }
  .mdv-entry__summary::-webkit-details-marker {
    display: none;
  }
  /* The disclosure arrow: ▸ closed, ▾ open. */
  .mdv-entry__summary::before {
    content: '▸';
    position: absolute;
    inset-inline-start: var(--mdv-space-2);
    color: var(--mdv-color-primary);
  }
  details[open] > .mdv-entry__summary::before {
    content: '▾';
  }
  .mdv-entry__title {
    font-weight: 700;
    color: var(--mdv-color-primary);
  }
  .mdv-entry__maybe,
  .mdv-entry__automatic {
    font-size: 0.875em;
  }
  .mdv-entry__status {
    padding: 0 var(--mdv-space-1);
    border: 1px solid var(--mdv-color-border);
    border-radius: var(--mdv-radius);
    color: var(--mdv-color-text);
    white-space: nowrap;
  }
  .mdv-entry__status--done {
    border-color: var(--mdv-color-success);
    background: var(--mdv-color-success-bg);
    color: var(--mdv-color-text);
  }
  .mdv-entry--done .mdv-entry__title {
    text-decoration: line-through;
    color: var(--mdv-color-text-muted);
  }
  .mdv-entry__meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--mdv-space-1) var(--mdv-space-2);
    font-size: 0.875em;
  }
  .mdv-entry__when {
    white-space: nowrap;
  }
  .mdv-entry__when--overdue,
  .mdv-entry__due--overdue {
    color: var(--mdv-color-error);
    font-weight: 700;
  }
  .mdv-entry__first {
    font-weight: 700;
    color: var(--mdv-color-warning);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .mdv-entry__details {
    padding: 0 var(--mdv-space-3) var(--mdv-space-3) 1.75em;
  }
  .mdv-entry__details p {
    margin: var(--mdv-space-2) 0;
  }
  .mdv-entry__details ul {
    margin: var(--mdv-space-1) 0;
    padding-inline-start: 1.25em;
  }
  .mdv-entry__rule,
  .mdv-entry__why {
    color: var(--mdv-color-text-muted);
  }
  .mdv-entry__why {
    font-size: 0.875em;
  }
  .mdv-entry__ask {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mdv-space-2);
    margin: 0;
    padding: 0 var(--mdv-space-2) var(--mdv-space-2) 1.75em;
  }
  .mdv-keep {
    margin-block-start: var(--mdv-space-2);
  }
  .mdv-keep__summary {
    cursor: pointer;
    color: var(--mdv-color-primary);
    text-decoration: underline;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
  }
  .mdv-keep__link {
    inline-size: 100%;
    font-size: 0.875em;
  }
  .mdv-keep__actions {
    margin-block-start: var(--mdv-space-2);
  }
  .mdv-print-checklist,
  .mdv-print-only {
    display: none;
  }
  .mdv-answers {
    margin-block: var(--mdv-space-5) var(--mdv-space-3);
    border: 1px solid var(--mdv-color-border);
    border-radius: var(--mdv-radius);
    padding: 0 var(--mdv-space-3);
  }
  .mdv-answers__summary {
    cursor: pointer;
    font-weight: 700;
    color: var(--mdv-color-primary);
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
  }
  .mdv-restart {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mdv-space-2);
    align-items: flex-start;
  }
  @media print {
    .mdv-print-checklist {
      display: block;
      columns: 2;
      column-gap: 8mm;
      font-size: 9pt;
      padding-block-end: 6pt;
      margin-block-end: 6pt;
      border-block-end: 1.5pt solid #000;
    }
    .mdv-print-only {
      display: inline;
    }
    /* On paper the fiche is named by its id; long URLs would double every reference's length. */
    .mdv-plan a[href^='http']::after {
      content: none;
    }
    /* The details flow in two columns after the checklist: half the pages of one. */
    .mdv-plan__sections {
      columns: 2;
      column-gap: 8mm;
      column-fill: auto;
    }
    .mdv-print-checklist h3 {
      font-size: 10pt;
      margin: 6pt 0 2pt;
      break-after: avoid;
    }
    .mdv-print-checklist ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .mdv-print-checklist li {
      break-inside: avoid;
      padding: 1pt 0;
    }
    .mdv-plan {
      font-size: 8pt;
      line-height: 1.25;
    }
    .mdv-entry__details ul {
      margin-block: 0;
    }
    .mdv-entry__fiches p,
    .mdv-entry__documents p {
      margin-block-end: 0;
    }
    .mdv-plan__title {
      font-size: 16pt;
    }
    .mdv-group__title {
      font-size: 11pt;
      margin-block: 6pt 2pt;
      break-after: avoid;
    }
    .mdv-entry {
      border-block-end: 0.5pt solid #999;
    }
    .mdv-entry p,
    .mdv-entry li {
      orphans: 2;
      widows: 2;
    }
    .mdv-entry--first {
      background: none;
      border-inline-start: 0;
    }
    .mdv-entry__summary {
      padding: 4pt 0 0;
      min-block-size: 0;
      break-after: avoid;
    }
    .mdv-entry__summary::before,
    .mdv-entry__meta,
    .mdv-entry__status {
      display: none;
    }
    .mdv-entry__title {
      color: #000;
    }
    .mdv-entry__details {
      padding: 0 0 4pt;
    }
    .mdv-entry__details p {
      margin: 1.5pt 0;
    }
    .mdv-entry__badge {
      display: inline-block;
      margin: 0;
      font-size: 7pt;
    }
  }
`
