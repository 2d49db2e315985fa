/**
 * Retention: callbacks (phone, name, summary) and feedback comments are deleted
 * `retentionDays` after their slot (or their writing), rate-limit counters a day after
 * their window, by a purge that runs at start and
 * then on a schedule. Several instances may purge at once: the statement is idempotent.
 * @module
 */
import { addDays, todayInParis } from '../engine/dates/iso-date.ts'
import type { Logger } from './log.ts'
import { SESSION_QUIET_DAYS } from './storage/queries/events.ts'
import { HONOURED_GRACE_MINUTES } from './results/compute.ts'
import type { Storage } from './storage/storage.ts'

const DAY_MS = 86_400_000

export async function purgeExpired(storage: Storage, now: Date, retentionDays: number): Promise<{ callbacks: number; comments: number; rateLimits: number }> {
  const purged = await storage.purgeExpired(new Date(now.getTime() - retentionDays * DAY_MS), HONOURED_GRACE_MINUTES)
  // Rate-limit counters (hashed addresses) are useless once their window is over: a day at most.
  const rateLimits = await storage.purgeRateLimits(new Date(now.getTime() - DAY_MS))
  // Journey runs quiet for a month become anonymous daily counts (their hashed ids go).
  await storage.foldJourneySessions(addDays(todayInParis(now), -SESSION_QUIET_DAYS))
  return { ...purged, rateLimits }
}

export interface PurgeSchedule {
  /** Resolves when the purge in progress, if any, is over. */
  stop(): Promise<void>
}

export function schedulePurge(options: { storage: Storage; retentionDays: number; intervalMs: number; log: Logger; now?: () => Date }): PurgeSchedule {
  const { storage, retentionDays, intervalMs, log, now = () => new Date() } = options
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = purgeExpired(storage, now(), retentionDays).then(
      (purged) => {
        if (purged.callbacks || purged.comments) log.info('retention purge', { callbacks: purged.callbacks, comments: purged.comments, retentionDays })
      },
      (error: unknown) => log.error('retention purge failed', { error: error as Error }),
    )
  }
  run()
  const timer = setInterval(run, intervalMs)
  // The schedule alone must not keep the process alive.
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
