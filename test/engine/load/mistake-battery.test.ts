/**
 * Issue 13's figure: every typical mistake of the battery yields at most two messages,
 * the first at the line of the mistake.
 */
import { describe, expect, it } from 'vitest'
import { runMistakeBattery } from '../../../engine/load/mistake-battery.ts'

describe('the battery of typical mistakes (test/fixtures/mistakes/)', () => {
  const battery = runMistakeBattery()

  it('holds at least every mistake listed in issue 13', () => {
    expect(battery.length).toBeGreaterThanOrEqual(12)
  })

  for (const mistake of battery) {
    it(mistake.file, () => {
      const shown = mistake.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)
      expect(mistake.expectedLine, 'first line: # erreur attendue ligne N').toBeDefined()
      expect(shown.length, shown.join('\n')).toBeGreaterThanOrEqual(1)
      expect(shown.length, shown.join('\n')).toBeLessThanOrEqual(2)
      expect(mistake.diagnostics[0]!.line, shown.join('\n')).toBe(mistake.expectedLine)
    })
  }
})
