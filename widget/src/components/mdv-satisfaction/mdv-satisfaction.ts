// A chunk (satisfaction-gate.ts): importing the element, already running, keeps the code they
// share in the element's chunks, so that the first question's code is one file, not two.
import '../../index.ts'
import { MdvSatisfaction } from './mdv-satisfaction.component.ts'

export { MdvSatisfaction }

if (!customElements.get('mdv-satisfaction')) customElements.define('mdv-satisfaction', MdvSatisfaction)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-satisfaction': MdvSatisfaction
  }
}
