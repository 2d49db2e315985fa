import { MdvCallback } from './mdv-callback.component.ts'

export { MdvCallback }

if (!customElements.get('mdv-callback')) customElements.define('mdv-callback', MdvCallback)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-callback': MdvCallback
  }
}
