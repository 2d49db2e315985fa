/**
 * axe-core on the widget (open shadow roots included). Page-level rules that an embedded
 * widget cannot satisfy by itself (landmarks, the page's h1) are left to the host page.
 */
import 'axe-core/axe.min.js'
import type { MomentDeVie } from '../../../widget/src/index.ts'

interface AxeViolation {
  id: string
  help: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}
interface Axe {
  run(context: Element, options: unknown): Promise<{ violations: AxeViolation[] }>
}

export async function axeViolations(el: MomentDeVie): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe
  const { violations } = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
  })
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
}
