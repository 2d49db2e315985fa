import { css } from 'lit'

/** The to-do list: period groups and démarche cards. */
export const planStyles = css`
  .mdv-plan__title {
    font-size: var(--mdv-font-size-heading);
    margin: 0 0 var(--mdv-space-2);
  }
  .mdv-group__title {
    font-size: 1.25em;
    margin: var(--mdv-space-5) 0 var(--mdv-space-2);
    padding-block-end: var(--mdv-space-1);
    border-block-end: 2px solid var(--mdv-color-primary);
  }
  .mdv-tasks {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .mdv-task {
    border: 1px solid var(--mdv-color-border);
    border-radius: var(--mdv-radius);
    padding: var(--mdv-space-3) var(--mdv-space-4);
    margin-block-end: var(--mdv-space-3);
    background: var(--mdv-color-surface);
    break-inside: avoid;
  }
  .mdv-task--done {
    background: var(--mdv-color-done-bg);
  }
  .mdv-task--done .mdv-task__title {
    text-decoration: line-through;
  }
  .mdv-task__head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--mdv-space-2);
    align-items: baseline;
  }
  .mdv-task__title {
    font-size: 1.125em;
    margin: 0;
  }
  .mdv-task p {
    margin: var(--mdv-space-2) 0;
  }
  .mdv-task__due--overdue {
    color: var(--mdv-color-error);
  }
  .mdv-task__rule {
    color: var(--mdv-color-text-muted);
  }
  .mdv-task__documents ul,
  .mdv-task__body ul {
    margin: var(--mdv-space-1) 0;
    padding-inline-start: 1.25rem;
  }
  .mdv-task__why {
    font-size: 0.875em;
    color: var(--mdv-color-text-muted);
  }
  .mdv-task__done {
    margin-block: var(--mdv-space-3) 0;
  }
`
