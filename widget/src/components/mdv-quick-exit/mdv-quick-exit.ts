import { MdvQuickExit } from './mdv-quick-exit.component.ts'

export { MdvQuickExit }

if (!customElements.get('mdv-quick-exit')) customElements.define('mdv-quick-exit', MdvQuickExit)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-quick-exit': MdvQuickExit
  }
}
