import { css } from 'lit'

/** The commune picker's list: in its chunk (commune-field.ts), added to the widget's styles when it arrives. */
export const communeStyles = css`
  .mdv-combobox__list {
    list-style: none;
    margin: var(--mdv-space-1) 0 0;
    padding: 0;
    border: 1px solid var(--mdv-color-border);
    border-radius: var(--mdv-radius);
    background: var(--mdv-color-surface);
    max-inline-size: 30rem;
  }
  .mdv-combobox__list[hidden] {
    display: none;
  }
  .mdv-combobox__option {
    padding: var(--mdv-space-2) var(--mdv-space-3);
    cursor: pointer;
  }
  .mdv-combobox__option[aria-selected='true'],
  .mdv-combobox__option:hover {
    background: var(--mdv-color-primary);
    color: var(--mdv-color-on-primary);
  }
  .mdv-combobox__postcodes {
    font-size: 0.875em;
    opacity: 0.85;
    margin-inline-start: var(--mdv-space-2);
  }
`
