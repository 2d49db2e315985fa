import { MdvSummary } from './mdv-summary.component.ts'

export { MdvSummary }

if (!customElements.get('mdv-summary')) customElements.define('mdv-summary', MdvSummary)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-summary': MdvSummary
  }
}
