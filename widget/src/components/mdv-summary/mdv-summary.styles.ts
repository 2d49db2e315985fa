import { css } from 'lit'

/** The summary of answers: question, answer, "modifier". */
export const summaryStyles = css`
  .mdv-summary {
    margin-block: var(--mdv-space-4);
  }
  .mdv-summary__title {
    font-size: 1.125em;
    margin: 0 0 var(--mdv-space-2);
  }
  .mdv-summary__list {
    margin: 0;
  }
  .mdv-summary__row {
    border-block-end: 1px solid var(--mdv-color-border);
    padding-block: var(--mdv-space-2);
  }
  .mdv-summary__row dt {
    font-weight: 700;
  }
  .mdv-summary__row dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mdv-space-2);
  }
`
