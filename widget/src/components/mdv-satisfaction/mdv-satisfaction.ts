import { MdvSatisfaction } from './mdv-satisfaction.component.ts'

export { MdvSatisfaction }

if (!customElements.get('mdv-satisfaction')) customElements.define('mdv-satisfaction', MdvSatisfaction)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-satisfaction': MdvSatisfaction
  }
}
