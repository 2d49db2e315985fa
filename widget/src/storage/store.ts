/**
 * A tiny key/value store over localStorage that never throws: storage may be
 * disabled (private browsing, sandboxed iframe, quota), and a broken store must
 * never break the host page. With `no-storage`, a memory store keeps nothing
 * beyond the page. Sensitive journeys use the tab's sessionStorage instead: kept
 * while the tab lives (following a link and coming back), gone when it closes.
 * @module
 */

/** What a read found: nothing, a value, or something that is not valid JSON. */
export type Read = { kind: 'missing' } | { kind: 'value'; value: unknown } | { kind: 'corrupt' }

export interface Store {
  /** Where values go: `memory` keeps them for the page only. */
  readonly kind: 'local' | 'session' | 'memory'
  read(key: string): Read
  write(key: string, value: unknown): void
  remove(key: string): void
  keys(): string[]
}

/** Every key the widget writes starts with this, so it never touches the host's own data. */
export const PREFIX = 'mdv:'

function parse(text: string | null): Read {
  if (text === null) return { kind: 'missing' }
  try {
    return { kind: 'value', value: JSON.parse(text) }
  } catch {
    return { kind: 'corrupt' }
  }
}

function webStore(storage: Storage, kind: 'local' | 'session'): Store {
  return {
    kind,
    read: (key) => {
      try {
        return parse(storage.getItem(key))
      } catch {
        return { kind: 'missing' }
      }
    },
    write: (key, value) => {
      try {
        storage.setItem(key, JSON.stringify(value))
      } catch {
        // Quota exceeded or storage disabled: the journey still works, it just won't resume.
      }
    },
    remove: (key) => {
      try {
        storage.removeItem(key)
      } catch {
        /* same as above */
      }
    },
    keys: () => {
      try {
        return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(PREFIX) ?? false)
      } catch {
        return []
      }
    },
  }
}

export function memoryStore(): Store {
  const data = new Map<string, string>()
  return {
    kind: 'memory',
    read: (key) => parse(data.get(key) ?? null),
    write: (key, value) => void data.set(key, JSON.stringify(value)),
    remove: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  }
}

/** localStorage when allowed and reachable, otherwise memory. */
export function openStore(persist: boolean): Store {
  if (!persist) return memoryStore()
  try {
    const storage = globalThis.localStorage
    return storage ? webStore(storage, 'local') : memoryStore()
  } catch {
    return memoryStore()
  }
}

/**
 * The tab's sessionStorage, for a sensitive journey: never localStorage, which anyone
 * opening the browser later could read. `like` is the widget's own store: with
 * `no-storage` (a memory store) nothing is kept at all.
 */
export function openTabStore(like: Store): Store {
  if (like.kind === 'memory') return memoryStore()
  try {
    const storage = globalThis.sessionStorage
    return storage ? webStore(storage, 'session') : memoryStore()
  } catch {
    return memoryStore()
  }
}

/** Callback bookings: a reference and a cancellation token, no answer; erasing them would leave the usager unable to cancel. */
const BOOKING_PREFIX = `${PREFIX}callback:`

/** « Effacer mes réponses sur cet appareil »: every journey's answers, shared answers and ticks (a booked callback stays). */
export function forgetEverything(store: Store): void {
  for (const key of store.keys()) if (key.startsWith(PREFIX) && !key.startsWith(BOOKING_PREFIX)) store.remove(key)
}

/** The quick exit: everything the widget kept in this store, bookings included (what was kept must not show). */
export function eraseAll(store: Store): void {
  for (const key of store.keys()) if (key.startsWith(PREFIX)) store.remove(key)
}
