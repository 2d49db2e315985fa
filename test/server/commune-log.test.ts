import { describe, expect, it } from 'vitest'
import { createLogger } from '../../server/log.ts'
import { createTestApp } from './helpers/app.ts'
import { pgliteCase } from './helpers/storages.ts'

describe('commune lookups in the logs', () => {
  it('never logs the INSEE code', async () => {
    const lines: string[] = []
    const opened = await pgliteCase.open()
    try {
      const t = createTestApp(opened.storage, { log: createLogger({ level: 'debug', write: (line) => lines.push(line) }) })
      expect((await t.app.request('/api/communes/75056')).status).toBe(200)
      expect(lines.join('\n')).toContain('/api/communes/:code')
      expect(lines.join('\n')).not.toContain('75056')
    } finally {
      await opened.dispose()
    }
  }, 60_000)
})
