/**
 * An agent's day: the callbacks of a Paris civil day, grouped by slot, as JSON for the
 * API, as the console's model, and as CSV.
 * @module
 */
import { addDays, type IsoDate } from '../../engine/dates/iso-date.ts'
import { formatParis, parisWallTime, timeParis } from '../callbacks/paris-time.ts'
import { nationalPhone } from '../callbacks/phone.ts'
import { isTextSummary, type AgentToken, type CallbackStatus, type CallbackSummary, type Storage, type StoredCallback } from '../storage/storage.ts'

export const STATUS_LABELS: Record<CallbackStatus, string> = {
  booked: 'À rappeler',
  called: 'Appelé',
  unreachable: 'Injoignable',
  cancelled: 'Annulé',
}

/** « mercredi 25 novembre 2026 », for a civil day. */
export function dayInWords(date: IsoDate): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

export interface DaySlot {
  centre: string
  start: Date
  end: Date
  callbacks: StoredCallback[]
}

export async function callbacksOfDay(storage: Storage, agent: AgentToken, date: IsoDate, centre?: string): Promise<DaySlot[]> {
  const visible = agent.centres.includes('*') ? (centre ? [centre] : '*') : agent.centres.filter((c) => !centre || c === centre)
  const callbacks = await storage.listCallbacks({ from: parisWallTime(date, 0), to: parisWallTime(addDays(date, 1), 0), centres: visible })
  const slots = new Map<string, DaySlot>()
  for (const callback of callbacks) {
    const key = `${callback.start.getTime()}|${callback.centre}`
    let slot = slots.get(key)
    if (!slot) slots.set(key, (slot = { centre: callback.centre, start: callback.start, end: callback.end, callbacks: [] }))
    slot.callbacks.push(callback)
  }
  return [...slots.values()].sort((a, b) => a.start.getTime() - b.start.getTime() || a.centre.localeCompare(b.centre))
}

export function callbackJson(callback: StoredCallback) {
  return {
    reference: callback.reference,
    journey: callback.journey,
    centre: callback.centre,
    start: formatParis(callback.start),
    end: formatParis(callback.end),
    phone: callback.phone,
    name: callback.name,
    status: callback.status,
    statusAt: callback.statusAt?.toISOString() ?? null,
    statusBy: callback.statusBy,
    cancelledBy: callback.cancelledBy,
    cancelledAt: callback.cancelledAt?.toISOString() ?? null,
    summary: callback.summary,
  }
}

export function dayJson(date: IsoDate, slots: DaySlot[]) {
  return {
    date,
    slots: slots.map((s) => ({ centre: s.centre, start: formatParis(s.start), end: formatParis(s.end), callbacks: s.callbacks.map(callbackJson) })),
  }
}

/** Answers and démarches as two cells (a text summary goes whole in the first). */
function summaryColumns(summary: CallbackSummary | null): [string, string] {
  if (!summary) return ['', '']
  if (isTextSummary(summary)) return [summary.text.split(/\r?\n/).filter(Boolean).join(' | '), '']
  return [
    summary.answers.map((a) => `${a.label} : ${a.answer}`).join(' | '),
    summary.tasks
      .map((t) => `${t.kind === 'advice' ? '[si besoin] ' : t.kind === 'automatic' ? '[automatique] ' : ''}${t.title}${t.due ? ` (avant le ${t.due})` : ''}`)
      .join(' | '),
  ]
}

/**
 * One CSV cell: quoted, and a leading = + - @ neutralised so a spreadsheet never runs a
 * formula an usager typed (CSV injection).
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

/** French spreadsheets expect ";" and a BOM to read UTF-8. */
export function dayCsv(slots: DaySlot[], journeyTitle: (id: string) => string): string {
  const header = ['Référence', 'Date', 'Heure', 'Fin', 'Centre', 'Parcours', 'Nom', 'Téléphone', 'Statut', 'Réponses', 'Démarches']
  const rows = slots.flatMap((slot) =>
    slot.callbacks.map((cb) => [
      cb.reference,
      formatParis(cb.start).slice(0, 10),
      timeParis(cb.start),
      timeParis(cb.end),
      cb.centre,
      journeyTitle(cb.journey),
      cb.name,
      cb.phone ? nationalPhone(cb.phone) : '',
      STATUS_LABELS[cb.status],
      ...summaryColumns(cb.summary),
    ]),
  )
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n'
}
