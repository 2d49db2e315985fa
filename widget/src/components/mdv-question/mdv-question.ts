import { MdvQuestion } from './mdv-question.component.ts'

export { MdvQuestion }

if (!customElements.get('mdv-question')) customElements.define('mdv-question', MdvQuestion)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-question': MdvQuestion
  }
}
