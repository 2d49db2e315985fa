/**
 * The console's landing view: the callbacks of the next days, by day and by slot.
 * @module
 */
import { addDays, type IsoDate } from '../../engine/dates/iso-date.ts'
import { parisFields, parisWallTime } from '../callbacks/paris-time.ts'
import type { AgentToken, Storage } from '../storage/storage.ts'
import type { DaySlot } from './day.ts'

/** Today and the 13 days after: two working weeks. */
export const UPCOMING_DAYS = 14

export interface UpcomingDay {
  date: IsoDate
  slots: DaySlot[]
}

export async function upcomingCallbacks(storage: Storage, agent: AgentToken, today: IsoDate, days = UPCOMING_DAYS): Promise<UpcomingDay[]> {
  const centres = agent.centres.includes('*') ? '*' : agent.centres
  const callbacks = await storage.listCallbacks({ from: parisWallTime(today, 0), to: parisWallTime(addDays(today, days), 0), centres })
  const byDay = new Map<IsoDate, Map<string, DaySlot>>()
  for (const callback of callbacks) {
    const date = parisFields(callback.start).date
    let slots = byDay.get(date)
    if (!slots) byDay.set(date, (slots = new Map()))
    const key = `${callback.start.getTime()}|${callback.centre}`
    let slot = slots.get(key)
    if (!slot) slots.set(key, (slot = { centre: callback.centre, start: callback.start, end: callback.end, callbacks: [] }))
    slot.callbacks.push(callback)
  }
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, slots]) => ({
      date,
      slots: [...slots.values()].sort((a, b) => a.start.getTime() - b.start.getTime() || a.centre.localeCompare(b.centre)),
    }))
}
