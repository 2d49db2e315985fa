/**
 * Démarches the usager has checked off, kept in the browser only.
 * @module
 */
import { doneKey } from './keys.ts'
import type { Store } from './store.ts'

export function loadDone(store: Store, id: string, version: number): Set<string> {
  const read = store.read(doneKey(id, version))
  return new Set(read.kind === 'value' && Array.isArray(read.value) ? read.value.filter((v): v is string => typeof v === 'string') : [])
}

export function saveDone(store: Store, id: string, version: number, done: ReadonlySet<string>): void {
  if (done.size) store.write(doneKey(id, version), [...done])
  else store.remove(doneKey(id, version))
}
