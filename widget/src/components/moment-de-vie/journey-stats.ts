/**
 * Anonymous statistics of one run (started, completed, abandoned): each sent once,
 * never with an answer.
 * @module
 */
import type { StatType } from '../../api/client.ts'

export class JourneyStats {
  private started = false
  private completed = false

  constructor(
    private readonly send: (type: StatType, question?: string) => void,
    /** A new run begins: its events get a new session id. */
    private readonly onReset: () => void = () => {},
  ) {}

  /** A journey was shown, maybe resumed halfway or already at its plan: nothing to send for what happened before. */
  begin(answered: boolean, atPlan: boolean): void {
    this.started = answered
    this.completed = atPlan
  }

  reset(): void {
    this.started = false
    this.completed = false
    this.onReset()
  }

  answered(): void {
    if (this.started) return
    this.started = true
    this.send('started')
  }

  /** Once per run: coming back to the list after changing an answer is not a new completion. Says whether it was the first. */
  complete(): boolean {
    if (this.completed) return false
    this.completed = true
    this.send('completed')
    return true
  }

  /** The page goes away on a question of a started run. */
  abandon(question: string | null | undefined): void {
    if (this.started && !this.completed && question) this.send('abandoned', question)
  }
}
