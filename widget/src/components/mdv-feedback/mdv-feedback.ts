import { MdvFeedback } from './mdv-feedback.component.ts'

export { MdvFeedback }

if (!customElements.get('mdv-feedback')) customElements.define('mdv-feedback', MdvFeedback)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-feedback': MdvFeedback
  }
}
