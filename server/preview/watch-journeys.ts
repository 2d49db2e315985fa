/**
 * Watches the journeys directory (journeys, scenarios, shared questions, call centres)
 * and calls back once per burst of changes: editors' tools often write a file in
 * several steps (truncate, write, rename).
 * @module
 */
import { watch, type FSWatcher } from 'node:fs'

const SETTLE_MS = 120

export function watchJourneys(dir: string, onChange: (files: string[]) => void): { close(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  const changed = new Set<string>()
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, file) => {
    if (file && !/\.ya?ml$/.test(file)) return
    if (file) changed.add(file)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const files = [...changed].sort()
      changed.clear()
      onChange(files)
    }, SETTLE_MS)
  })
  return {
    close() {
      clearTimeout(timer)
      watcher.close()
    },
  }
}
