/**
 * Chunk: the few layout rules of theme="dsfr", adopted by the page when downloaded
 * (a page with the default theme never downloads them).
 * @module
 */
// The element itself (already running): what this chunk shares with it then stays in the
// element's own chunks instead of many small shared ones, which compress worse.
import '../../index.ts'
import { adoptDsfrGlue } from './dsfr-glue.styles.ts'

/** The rules live in the document: the DSFR theme renders in the page, not in a shadow root. */
export const styles = []

export function install(root: HTMLElement | DocumentFragment): void {
  adoptDsfrGlue(root.ownerDocument ?? document)
}
