import { css } from 'lit'

/**
 * « Quitter ce site »: only the button's bar is sticky, the safety notice scrolls away, so
 * that on a phone the bar hides one line of the page at most. The element itself has
 * `display: contents`, which makes the bar a child of the widget's box: it stays in view
 * over the whole widget (a 26,000 px plan too) and no further. The same sheet serves the
 * shadow root (default theme, --mdv-* properties) and a DSFR page (adopted by the
 * document, DSFR's variables as fallbacks).
 */
export const quickExitStyles = css`
  mdv-quick-exit {
    display: contents;
  }
  mdv-quick-exit .mdv-exit__bar {
    position: sticky;
    /* A host with its own sticky header moves the bar below it. */
    inset-block-start: var(--mdv-sticky-top, 0);
    z-index: 10;
    display: flex;
    justify-content: flex-end;
    padding-block: var(--mdv-space-1, 0.25rem);
    background: var(--mdv-color-surface, var(--background-default-grey, #fff));
  }
  mdv-quick-exit .mdv-exit__button {
    margin: 0;
  }
  mdv-quick-exit .mdv-exit__notice {
    margin: 0 0 var(--mdv-space-4, 1rem);
    padding: var(--mdv-space-2, 0.5rem) var(--mdv-space-3, 0.75rem);
    background: var(--mdv-color-warning-bg, var(--background-contrast-warning, #ffe9e6));
    border-inline-start: 4px solid var(--mdv-color-warning, var(--border-plain-warning, #b34000));
  }
  /* What keyboard focus reaches is scrolled into view below the bar, never under it. */
  mdv-quick-exit ~ *,
  mdv-quick-exit ~ * * {
    scroll-margin-block-start: 4rem;
  }
  .mdv-plan__caution {
    padding-inline-start: var(--mdv-space-3, 0.75rem);
    border-inline-start: 4px solid var(--mdv-color-warning, var(--border-plain-warning, #b34000));
  }
  .mdv-exit__leaving {
    min-block-size: 50vh;
  }
`

/** With theme="dsfr" the widget renders in the page: the document adopts the sheet once (CSP-safe, no <style>). */
export function adoptQuickExitStyles(doc: Document): void {
  const sheet = quickExitStyles.styleSheet
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}
