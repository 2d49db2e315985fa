/**
 * A horizontal bar chart as inline SVG (no script, no style attribute: the CSP allows
 * neither), with a text alternative: the same figures as a table follow each chart.
 * @module
 */

export interface Bar {
  label: string
  value: number
  /** What is written at the end of the bar ("72 %", "4,2 / 5"). */
  display: string
}

export function BarChart({ id, title, bars, max }: { id: string; title: string; bars: Bar[]; max: number }) {
  const rowHeight = 32
  const labelWidth = 260
  const barArea = 320
  const height = Math.max(1, bars.length) * rowHeight + 8
  const truncate = (text: string) => (text.length > 38 ? text.slice(0, 37) + '…' : text)
  return (
    <svg class="chart" viewBox={`0 0 ${labelWidth + barArea + 80} ${height}`} role="img" aria-labelledby={`${id}-title`} focusable="false">
      <title id={`${id}-title`}>{title}</title>
      {bars.map((bar, i) => {
        const y = 4 + i * rowHeight
        const width = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barArea)) : 0
        return (
          <g>
            <text class="chart__label" x={labelWidth - 8} y={y + 19} text-anchor="end">
              {truncate(bar.label)}
            </text>
            <rect class="chart__track" x={labelWidth} y={y + 4} width={barArea} height={20} rx={2} />
            <rect class="chart__bar" x={labelWidth} y={y + 4} width={width} height={20} rx={2} />
            <text class="chart__value" x={labelWidth + barArea + 8} y={y + 19}>
              {bar.display}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)} %`)
export const decimal = (value: number | null): string => (value === null ? '—' : value.toLocaleString('fr-FR', { maximumFractionDigits: 2 }))
