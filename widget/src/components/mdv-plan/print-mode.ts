/**
 * Printing the plan (the button or the browser's own Print): every disclosure opens for
 * the paper, the pages get numbers, and everything goes back as it was afterwards. The
 * page rules live in the document (a shadow root's `@page` is ignored), only while printing.
 * @module
 */

const PAGE_RULES = `@page { margin: 12mm 12mm 14mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; } }`

let pageSheet: CSSStyleSheet | undefined

function setPageRules(document: Document, on: boolean): void {
  try {
    pageSheet ??= new CSSStyleSheet()
    pageSheet.replaceSync(PAGE_RULES)
    const others = document.adoptedStyleSheets.filter((s) => s !== pageSheet)
    document.adoptedStyleSheets = on ? [...others, pageSheet] : others
  } catch {
    // Without constructable stylesheets the plan still prints, without page numbers.
  }
}

/**
 * Listens to the browser's print events for `root` until the returned function is called;
 * `printing` tells the owner, which renders every line's details for the paper.
 */
export function watchPrint(root: HTMLElement, printing: (on: boolean) => void): () => void {
  let reopen: HTMLDetailsElement[] = []
  const before = () => {
    printing(true)
    reopen = [...root.querySelectorAll<HTMLDetailsElement>('details.mdv-entry__disclosure:not([open])')]
    for (const details of reopen) details.open = true
    setPageRules(root.ownerDocument, true)
  }
  const after = () => {
    printing(false)
    for (const details of reopen) details.open = false
    reopen = []
    setPageRules(root.ownerDocument, false)
  }
  const view = root.ownerDocument.defaultView ?? window
  view.addEventListener('beforeprint', before)
  view.addEventListener('afterprint', after)
  return () => {
    view.removeEventListener('beforeprint', before)
    view.removeEventListener('afterprint', after)
  }
}
