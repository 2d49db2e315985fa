/**
 * What an agent may do to a callback, and when: « Appelé » and « Injoignable » only once
 * the slot has started (a call cannot have happened before), « Annulé » at any time
 * until it is cancelled. The console hides the buttons and the server refuses alike.
 * @module
 */
import { describeParis } from '../callbacks/paris-time.ts'
import type { CallbackStatus, StoredCallback } from '../storage/storage.ts'

export type AgentStatus = Exclude<CallbackStatus, 'booked'>

export const ACTION_LABELS: Record<AgentStatus, string> = {
  called: 'Appelé',
  unreachable: 'Injoignable',
  cancelled: 'Annulé',
}

export const AGENT_STATUSES = Object.keys(ACTION_LABELS) as AgentStatus[]

/** Whether the call may have taken place: the slot has started. */
export const slotStarted = (callback: StoredCallback, now: Date): boolean => now.getTime() >= callback.start.getTime()

/** The statuses offered on the callback's card now, in the order of its buttons. */
export function allowedActions(callback: StoredCallback, now: Date): AgentStatus[] {
  if (callback.status === 'cancelled') return []
  return AGENT_STATUSES.filter((s) => s !== callback.status && (s === 'cancelled' || slotStarted(callback, now)))
}

/** Why this change is refused now, in French; null when it is allowed. */
export function statusRefusal(callback: StoredCallback, status: AgentStatus, now: Date): string | null {
  if (callback.status === 'cancelled') return 'Ce rappel est annulé : son statut ne change plus.'
  if (status !== 'cancelled' && !slotStarted(callback, now)) {
    return `Ce rappel commence le ${describeParis(callback.start)} : il ne peut être marqué « ${ACTION_LABELS[status]} » qu’à partir de cette heure.`
  }
  return null
}
