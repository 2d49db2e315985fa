/**
 * The shape of a CLI command: help text next to the code that runs it.
 * @module
 */

export interface Io {
  out(text: string): void
  err(text: string): void
}

export interface Command {
  name: string
  summary: string
  usage: string
  /** Flags taking a value, and boolean flags. */
  valued?: string[]
  booleans?: string[]
  run(positional: string[], flags: Record<string, string | true>, io: Io): Promise<number> | number
}
