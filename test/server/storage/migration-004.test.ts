/**
 * Migration 004 on a database that already holds cancelled callbacks: the usager's own
 * cancellations (recorded before as status_by 'usager' with the phone erased) become
 * cancelledBy 'usager' with their answers marked erased; the others become the agents'.
 */
import { PGlite } from '@electric-sql/pglite'
import { describe, expect, it } from 'vitest'
import { migrate, readMigrations } from '../../../server/storage/migrate.ts'
import { pgliteDriver } from '../../../server/storage/pglite.ts'
import { createSqlStorage } from '../../../server/storage/sql-storage.ts'

describe('migration 004 (who cancelled)', () => {
  it('tells the usager’s earlier cancellations from the agents’', async () => {
    const driver = pgliteDriver(new PGlite())
    try {
      const all = readMigrations()
      await migrate(driver, all.filter((m) => m.version < 4))
      await driver.exec(`
        INSERT INTO callback_slots (centre, slot_start, booked, capacity) VALUES ('test', '2026-11-25T09:00:00Z', 1, 3);
        INSERT INTO callbacks (reference, journey, centre, slot_start, slot_end, phone, name, consent, summary, status, status_at, status_by, created_at, cancel_token_hash)
        VALUES
          ('MDV-0000-0001', 'j', 'test', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z', NULL, NULL, true, NULL, 'cancelled', '2026-11-24T10:00:00Z', 'usager', '2026-11-24T08:00:00Z', 'h'),
          ('MDV-0000-0002', 'j', 'test', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z', NULL, NULL, false, NULL, 'cancelled', '2026-11-24T10:00:00Z', 'usager', '2026-11-24T08:00:00Z', 'h'),
          ('MDV-0000-0003', 'j', 'test', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z', '+33612345678', 'A', true, '{"text":"x"}', 'cancelled', '2026-11-24T11:00:00Z', 'Camille', '2026-11-24T08:00:00Z', 'h'),
          ('MDV-0000-0004', 'j', 'test', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z', '+33612345678', 'B', true, NULL, 'booked', NULL, NULL, '2026-11-24T08:00:00Z', 'h');
      `)
      expect(await migrate(driver, all)).toContain('004-cancellations-and-call-satisfaction')
      const storage = createSqlStorage('pglite', driver)
      const pick = async (reference: string) => {
        const c = await storage.findCallback(reference)
        return [c?.cancelledBy, c?.cancelledAt?.toISOString() ?? null, c?.summaryErased]
      }
      expect(await pick('MDV-0000-0001')).toEqual(['usager', '2026-11-24T10:00:00.000Z', true])
      expect(await pick('MDV-0000-0002')).toEqual(['usager', '2026-11-24T10:00:00.000Z', false])
      expect(await pick('MDV-0000-0003')).toEqual(['agent', '2026-11-24T11:00:00.000Z', false])
      expect(await pick('MDV-0000-0004')).toEqual([null, null, false])
    } finally {
      await driver.close()
    }
  }, 60_000)
})
