/**
 * The random id of one journey run, sent with the anonymous statistics so the server
 * counts a run once: kept beside the journey's saved answers (a reload that resumes the
 * run keeps it), replaced when the usager starts again. It says nothing about the usager
 * and the server keeps it only hashed (docs/operations.md).
 * @module
 */
import { PREFIX, type Store } from './store.ts'

const key = (journey: string) => `${PREFIX}stats-session:${journey}`
const VALID = /^[A-Za-z0-9_-]{16,64}$/

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The run's id, drawn on first use. */
export function statsSession(store: Store, journey: string): string {
  const read = store.read(key(journey))
  if (read.kind === 'value' && typeof read.value === 'string' && VALID.test(read.value)) return read.value
  const id = randomId()
  store.write(key(journey), id)
  return id
}

/** « Recommencer » or « Effacer mes réponses »: the next run draws a new id. */
export function renewStatsSession(store: Store, journey: string): void {
  store.remove(key(journey))
}
