/** A storage for tests that need none: any use but ping() fails loudly. */
import type { Storage } from '../../../server/storage/storage.ts'

export function stubStorage(options: { healthy?: boolean } = {}): Storage {
  return new Proxy({} as Storage, {
    get(_target, property) {
      if (property === 'kind') return 'pglite'
      if (property === 'ping') return async () => { if (options.healthy === false) throw new Error('database down') }
      if (property === 'close') return async () => undefined
      if (property === 'then') return undefined
      return () => {
        throw new Error(`stubStorage: ${String(property)} was not expected in this test`)
      }
    },
  })
}
