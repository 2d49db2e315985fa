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
  moment-de-vie .mdv-quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 1rem;
    margin-bottom: 1.5rem;
    border-left: 4px solid var(--border-plain-warning, #b34000);
  }
  moment-de-vie .mdv-quick-exit p {
    margin: 0;
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
  moment-de-vie .mdv-tasks {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  moment-de-vie .mdv-task {
    border: 1px solid var(--border-default-grey, #ddd);
    padding: 1rem 1.5rem;
    margin-block-end: 1rem;
  }
  moment-de-vie .mdv-task--done {
    background: var(--background-alt-grey, #f6f6f6);
  }
  moment-de-vie .mdv-task--done .mdv-task__title {
    text-decoration: line-through;
  }
  moment-de-vie .mdv-task__head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
  }
  moment-de-vie .mdv-task__title {
    margin: 0;
  }
  moment-de-vie .mdv-task__due--overdue {
    color: var(--text-default-error, #ce0500);
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
`

export function adoptDsfrGlue(doc: Document): void {
  const sheet = glue.styleSheet
  // Without constructable stylesheets the DSFR markup still works, only less tidy.
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}
