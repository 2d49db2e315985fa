/**
 * Display order within one period: by due date (the sort key), then the order the editor
 * stated with `after:` — a démarche listed in another's `after` comes first even when its
 * own date is later (« Rechercher les dernières volontés » before « Organiser les obsèques »).
 * The compiler has already refused unknown ids and cycles.
 * @module
 */

export interface Orderable {
  id: string
  after?: readonly string[]
}

/** Stable topological sort: among the démarches free to come next, the earliest in `sorted`. */
export function respectAfter<T extends Orderable>(sorted: readonly T[]): T[] {
  if (!sorted.some((t) => t.after?.length)) return [...sorted]
  const present = new Set(sorted.map((t) => t.id))
  const waiting = new Map(sorted.map((t) => [t.id, new Set((t.after ?? []).filter((id) => present.has(id)))]))
  const result: T[] = []
  const left = [...sorted]
  while (left.length) {
    // A cycle cannot reach the browser (compile error); if one did, fall back to the given order.
    const index = Math.max(0, left.findIndex((t) => waiting.get(t.id)!.size === 0))
    const [next] = left.splice(index, 1)
    result.push(next!)
    for (const blocked of waiting.values()) blocked.delete(next!.id)
  }
  return result
}
