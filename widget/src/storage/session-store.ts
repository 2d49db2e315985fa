/**
 * The saved journey (an XState persisted snapshot) for resuming after a reload.
 * @module
 */
import { callbackKey, journeyPrefix, sessionKey } from './keys.ts'
import type { Store } from './store.ts'

export interface SavedSession {
  /** The snapshot to hand to `startSession({ saved })`; `undefined` when there is none. */
  saved: unknown
  /** Something was stored but is not JSON: the engine reports it as unreadable. */
  corrupt: boolean
  /** Answers saved by another version of this journey were found (and removed). */
  otherVersion: boolean
}

/** Marker given to the engine for a value that could not even be parsed. */
const UNREADABLE = { unreadable: true }

export function loadSession(store: Store, id: string, version: number): SavedSession {
  const key = sessionKey(id, version)
  const stale = store.keys().filter((k) => k.startsWith(journeyPrefix(id)) && !k.startsWith(`${journeyPrefix(id)}${version}:`))
  stale.forEach((k) => store.remove(k))
  const otherVersion = stale.some((k) => k.endsWith(':answers'))
  const read = store.read(key)
  if (read.kind === 'corrupt') return { saved: UNREADABLE, corrupt: true, otherVersion }
  return { saved: read.kind === 'value' ? read.value : undefined, corrupt: false, otherVersion }
}

export function saveSession(store: Store, id: string, version: number, snapshot: unknown): void {
  store.write(sessionKey(id, version), snapshot)
}

export function clearSession(store: Store, id: string, version: number): void {
  store.remove(sessionKey(id, version))
}

/** Removes everything kept for a journey (answers, check-offs, booking), whatever its version. */
export function forgetJourney(store: Store, id: string): void {
  for (const key of store.keys()) if (key.startsWith(journeyPrefix(id)) || key === callbackKey(id)) store.remove(key)
}
