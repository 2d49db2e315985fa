/**
 * Horizontal bar charts in HTML: the labels and values are page text (they wrap and keep
 * the page's font size on a phone, where text inside a scaled SVG shrank to 7 px), each
 * bar is a tiny SVG whose rect width is an attribute (the CSP forbids style attributes).
 * The same figures follow each chart as a table.
 * @module
 */

export interface Series {
  value: number
  /** What is written after the bar ("72 %", "4,2 / 5", "12 commencés"). */
  display: string
  /** Second colour, for the trend's completed runs. */
  alt?: boolean
}

export interface Bar {
  label: string
  value: number
  display: string
}

const SCALE = 1000

/** One bar on a 0…max scale; decorative (the value beside it says the same). */
export function BarTrack({ value, max, alt = false }: { value: number; max: number; alt?: boolean }) {
  const width = max > 0 ? Math.max(value > 0 ? 4 : 0, Math.round((Math.min(value, max) / max) * SCALE)) : 0
  return (
    <svg class="chart__bar" viewBox={`0 0 ${SCALE} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="chart__track" width={SCALE} height={10} />
      <rect class={alt ? 'chart__fill chart__fill--alt' : 'chart__fill'} width={width} height={10} />
    </svg>
  )
}

/** Rows of one label and one or more series, all on the same scale. */
export function SeriesChart({ id, title, rows, max }: { id: string; title: string; rows: { label: string; series: Series[] }[]; max: number }) {
  return (
    <figure class="chart" id={id} aria-labelledby={`${id}-title`}>
      <figcaption class="chart__title" id={`${id}-title`}>
        {title}
      </figcaption>
      <ul class="chart__rows">
        {rows.map((row) => (
          <li class="chart__row">
            <span class="chart__label">{row.label}</span>
            <span class="chart__series">
              {row.series.map((s) => (
                <span class="chart__serie">
                  <BarTrack value={s.value} max={max} alt={s.alt} />
                  <span class="chart__value">{s.display}</span>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}

export function BarChart({ id, title, bars, max }: { id: string; title: string; bars: Bar[]; max: number }) {
  return <SeriesChart id={id} title={title} max={max} rows={bars.map((b) => ({ label: b.label, series: [{ value: b.value, display: b.display }] }))} />
}

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)} %`)
export const decimal = (value: number | null): string => (value === null ? '—' : value.toLocaleString('fr-FR', { maximumFractionDigits: 2 }))
