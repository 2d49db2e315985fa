/**
 * GOV.UK's « Exit this page » shortcut, counted without a browser: Shift pressed on its own
 * three times, each press within 5 s of the previous one; Shift+letter or another key
 * starts again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PRESS_TIMEOUT_MS, ShiftShortcut } from '../../widget/src/components/mdv-quick-exit/shift-shortcut.ts'

function setup() {
  const said: string[] = []
  let exits = 0
  let listener: ((e: KeyboardEvent) => void) | undefined
  const doc = {
    addEventListener: (_: string, l: (e: KeyboardEvent) => void) => (listener = l),
    removeEventListener: () => (listener = undefined),
  } as unknown as Document
  const shortcut = new ShiftShortcut({ progress: (n) => said.push(`${n} more`), expired: () => said.push('expired'), exit: () => exits++ })
  const stop = shortcut.listen(doc)
  const up = (key: string, shiftKey = false) => listener?.({ key, shiftKey } as KeyboardEvent)
  return { said, exits: () => exits, up, stop }
}

describe('the Shift ×3 shortcut', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('leaves on the third press, saying how many remain before', () => {
    const s = setup()
    s.up('Shift')
    s.up('Shift')
    expect(s.said).toEqual(['2 more', '1 more'])
    expect(s.exits()).toBe(0)
    s.up('Shift')
    expect(s.exits()).toBe(1)
  })

  it('gives up to 5 s between presses, not for the whole sequence', () => {
    const s = setup()
    s.up('Shift')
    vi.advanceTimersByTime(PRESS_TIMEOUT_MS - 100)
    s.up('Shift')
    vi.advanceTimersByTime(PRESS_TIMEOUT_MS - 100)
    s.up('Shift')
    expect(s.exits()).toBe(1)
    s.up('Shift')
    vi.advanceTimersByTime(PRESS_TIMEOUT_MS + 1)
    expect(s.said.at(-1)).toBe('expired')
    s.up('Shift')
    s.up('Shift')
    expect(s.exits()).toBe(1)
  })

  it('a capital typed with Shift, or another key, starts again', () => {
    const s = setup()
    s.up('Shift')
    s.up('A', true) // Shift held while typing A…
    s.up('Shift') // …then released: not a press on its own
    s.up('Shift')
    s.up('Shift')
    expect(s.exits()).toBe(0)
    s.up('Shift')
    expect(s.exits()).toBe(1)
  })

  it('stops listening with the widget', () => {
    const s = setup()
    s.stop()
    for (let i = 0; i < 3; i++) s.up('Shift')
    expect(s.exits()).toBe(0)
  })
})
