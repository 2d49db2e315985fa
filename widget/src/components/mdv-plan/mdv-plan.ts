import { MdvPlan } from './mdv-plan.component.ts'

export { MdvPlan }

if (!customElements.get('mdv-plan')) customElements.define('mdv-plan', MdvPlan)

declare global {
  interface HTMLElementTagNameMap {
    'mdv-plan': MdvPlan
  }
}
