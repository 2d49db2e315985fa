/**
 * `after:` — the order an editor states between démarches of the same period. Checked like
 * every reference: each id must be a démarche of the journey, and the order has no cycle
 * (« A après B, B après A » could never be shown).
 * @module
 */
import type { Diagnostic } from '../diagnostics.ts'
import type { SourceTask } from '../journey/types.ts'
import type { YamlSource } from '../load/yaml-source.ts'
import { didYouMean } from '../text/did-you-mean.ts'

export function checkTaskOrder(tasks: readonly SourceTask[], source: YamlSource, diagnostics: Diagnostic[]): void {
  const index = new Map<string, number>()
  tasks.forEach((task, i) => index.has(task.id) || index.set(task.id, i))
  const ids = [...index.keys()]
  const edges = new Map<string, string[]>()
  tasks.forEach((task, taskIndex) => {
    task.after?.forEach((id, i) => {
      const path = ['tasks', taskIndex, 'after', i]
      if (id === task.id) {
        diagnostics.push(source.diagnostic(path, 'order-cycle', `La démarche « ${task.id} » ne peut pas venir après elle-même.`))
      } else if (!index.has(id)) {
        const suggestion = didYouMean(id, ids)
        diagnostics.push(
          source.diagnostic(path, 'unknown-task', `Démarche inconnue « ${id} » dans after${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : '.'}`, { suggestion }),
        )
      } else {
        edges.set(task.id, [...(edges.get(task.id) ?? []), id])
      }
    })
  })
  // Depth-first search; a grey node met again closes a cycle, reported once at the edge that closes it.
  const state = new Map<string, 'grey' | 'black'>()
  const stack: string[] = []
  const visit = (id: string): void => {
    state.set(id, 'grey')
    stack.push(id)
    for (const before of edges.get(id) ?? []) {
      if (state.get(before) === 'grey') {
        const cycle = [...stack.slice(stack.indexOf(before)), before]
        const taskIndex = index.get(id)!
        const afterIndex = tasks[taskIndex]!.after!.indexOf(before)
        diagnostics.push(
          source.diagnostic(
            ['tasks', taskIndex, 'after', afterIndex],
            'order-cycle',
            `L'ordre des démarches forme une boucle : ${cycle.reverse().map((t) => `« ${t} »`).join(' avant ')}. Retirez l'un de ces after.`,
          ),
        )
      } else if (!state.has(before)) visit(before)
    }
    stack.pop()
    state.set(id, 'black')
  }
  for (const id of ids) if (!state.has(id)) visit(id)
}
