/**
 * Period groups of the to-do list (docs/journey-format.md, « Périodes »). A journey may
 * replace them with its own `periods`; these are the defaults, in display order.
 * @module
 */

export type DefaultPeriodId = '24h' | 'semaine' | 'mois' | '6mois' | 'annee' | 'plus-tard' | 'sans-delai'

export const DEFAULT_PERIODS: readonly { readonly id: DefaultPeriodId; readonly label: string }[] = Object.freeze([
  { id: '24h', label: 'Dans les 24 heures' },
  { id: 'semaine', label: 'Dans la semaine' },
  { id: 'mois', label: 'Dans le mois' },
  { id: '6mois', label: 'Dans les 6 mois' },
  { id: 'annee', label: "Dans l'année" },
  { id: 'plus-tard', label: 'Plus tard' },
  { id: 'sans-delai', label: 'Quand vous le pouvez' },
] as const)

export const DEFAULT_PERIOD_LABELS_EN: Readonly<Record<DefaultPeriodId, string>> = Object.freeze({
  '24h': 'Within 24 hours',
  semaine: 'Within a week',
  mois: 'Within a month',
  '6mois': 'Within 6 months',
  annee: 'Within a year',
  'plus-tard': 'Later',
  'sans-delai': 'Whenever you can',
})

/**
 * The default period for a deadline `days` away (nominal or actual): ≤ 1 → 24h, ≤ 7 → semaine,
 * ≤ 31 → mois, ≤ 184 → 6mois, ≤ 366 → annee, more → plus-tard; no deadline → sans-delai.
 * Overdue (negative) deadlines fall in 24h.
 */
export function periodForDays(days: number | undefined): DefaultPeriodId {
  if (days === undefined || Number.isNaN(days)) return 'sans-delai'
  if (days <= 1) return '24h'
  if (days <= 7) return 'semaine'
  if (days <= 31) return 'mois'
  if (days <= 184) return '6mois'
  if (days <= 366) return 'annee'
  return 'plus-tard'
}

/** How many days after the journey's event each bounded default period lasts. */
const PERIOD_SPAN_DAYS: Readonly<Partial<Record<string, number>>> = Object.freeze({
  '24h': 1,
  semaine: 7,
  mois: 31,
  '6mois': 184,
  annee: 366,
})

/**
 * Whether an editor's period (« Dans les 24 heures » after the death) is over, `days` after
 * the journey's event: a démarche without a due date then belongs with what is late, not in
 * a « 24 heures » group 23 days later. Periods without an end (« Plus tard ») never end.
 */
export function periodEnded(period: string, daysSinceEvent: number): boolean {
  const span = PERIOD_SPAN_DAYS[period]
  return span !== undefined && daysSinceEvent > span
}
