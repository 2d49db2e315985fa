import { DEFAULT_PERIOD_LABELS_EN, type PlanGroup } from '../../../../engine/runtime/index.ts'
import type { Locale } from '../../i18n/index.ts'

/** Default periods have an English label; a journey's own periods stay as written. */
export function periodLabel(group: PlanGroup, locale: Locale): string {
  if (locale !== 'en') return group.label
  return (DEFAULT_PERIOD_LABELS_EN as Record<string, string>)[group.id] ?? group.label
}
