/**
 * GOV.UK's « Exit this page » keyboard shortcut: the Shift key pressed three times on its
 * own, anywhere in the page (in a field too: someone typing may need to leave at once).
 * As GOV.UK does, presses are counted on keyup, a Shift released right after a
 * Shift-modified key (typing a capital) does not count, any other key starts again, and
 * each press must come within 5 seconds of the previous one (then « expired » is said).
 * @module
 */

/** GOV.UK's figure: up to 5 s between presses, not for the whole sequence. */
export const PRESS_TIMEOUT_MS = 5000
const PRESSES = 3

export interface ShortcutCallbacks {
  /** After a press that does not exit yet: how many remain (2, then 1). */
  progress(remaining: number): void
  /** The presses came too slowly: the count started again. */
  expired(): void
  exit(): void
}

export class ShiftShortcut {
  private count = 0
  private lastKeyWasModified = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly onKeyUp = (event: KeyboardEvent) => this.keyUp(event)

  constructor(private readonly callbacks: ShortcutCallbacks) {}

  /** Listens on the whole document, in the capture phase, so that no widget or page handler can swallow it. */
  listen(doc: Document): () => void {
    doc.addEventListener('keyup', this.onKeyUp, true)
    return () => {
      doc.removeEventListener('keyup', this.onKeyUp, true)
      this.reset()
    }
  }

  private keyUp(event: KeyboardEvent): void {
    // Shift+A fires two keyups: A (shiftKey true), then Shift (shiftKey false). The second is no press.
    if (event.key === 'Shift' && !this.lastKeyWasModified) {
      this.count += 1
      clearTimeout(this.timer)
      if (this.count >= PRESSES) {
        this.reset()
        this.callbacks.exit()
      } else {
        this.callbacks.progress(PRESSES - this.count)
        this.timer = setTimeout(() => this.expire(), PRESS_TIMEOUT_MS)
      }
    } else if (this.count > 0) {
      this.expire()
    }
    this.lastKeyWasModified = event.shiftKey
  }

  private expire(): void {
    this.reset()
    this.callbacks.expired()
  }

  private reset(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.count = 0
  }
}
