/**
 * Watches the journeys directory (journeys, scenarios, shared questions, call centres)
 * and calls back once per burst of changes: editors' tools often write a file in
 * several steps (truncate, write, rename).
 *
 * Each directory is watched itself, not recursively: on Linux, Node 20's recursive
 * watch follows files, and loses a file for good once a save replaces it by renaming
 * (vim, gedit, Kate, JetBrains, `sed -i`, `git pull`). A directory watch sees every
 * entry, whatever the way it was written.
 * @module
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs'
import { join, relative } from 'node:path'

// Long enough for a multi-step save (truncate, write, rename: a few ms apart), short enough not to be felt.
const SETTLE_MS = 60

/** The directory and its subdirectories (`_shared/`), hidden ones (`.git`) aside. */
function directoriesOf(dir: string): string[] {
  const found = [dir]
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...directoriesOf(join(dir, entry.name)))
  }
  return found
}

export function watchJourneys(dir: string, onChange: (files: string[]) => void): { close(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  const changed = new Set<string>()
  const watchers = new Map<string, FSWatcher>()

  const settle = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      // A directory created since (a new `_shared/`) is watched too.
      for (const sub of existsSync(dir) ? directoriesOf(dir) : []) if (!watchers.has(sub)) add(sub)
      const files = [...changed].sort()
      changed.clear()
      onChange(files)
    }, SETTLE_MS)
  }

  const add = (sub: string) => {
    const watcher = watch(sub, (_event, name) => {
      const file = name ? relative(dir, join(sub, String(name))) : undefined
      if (file && !/\.ya?ml$/.test(file)) {
        // A new subdirectory matters; a swap file (`.x.yaml.swp`) does not until it is renamed.
        if (!existsSync(join(dir, file)) || !statSync(join(dir, file)).isDirectory()) return
      }
      if (file && /\.ya?ml$/.test(file)) changed.add(file)
      settle()
    })
    watcher.on('error', () => {
      // The directory went away (deleted, renamed): forget it; `settle` re-adds it if it comes back.
      watcher.close()
      watchers.delete(sub)
    })
    watchers.set(sub, watcher)
  }

  directoriesOf(dir).forEach(add)
  return {
    close() {
      clearTimeout(timer)
      watchers.forEach((watcher) => watcher.close())
      watchers.clear()
    },
  }
}
