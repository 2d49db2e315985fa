import { MomentDeVie } from './moment-de-vie.component.ts'

export { MomentDeVie }

// A page may load the script twice (two widgets, two bundles): define once.
if (!customElements.get('moment-de-vie')) customElements.define('moment-de-vie', MomentDeVie)

declare global {
  interface HTMLElementTagNameMap {
    'moment-de-vie': MomentDeVie
  }
}
