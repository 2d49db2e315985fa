/**
 * Command-line parsing, kept pure so it is tested without starting a process.
 * @module
 */

export interface ParsedArgs {
  positional: string[]
  flags: Record<string, string | true>
}

export class UsageError extends Error {}

/**
 * `--name value`, `--name=value` and boolean `--name`. `valued` lists the flags
 * that take a value; any other flag is boolean.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[] = [], known: readonly string[] = []): ParsedArgs {
  const positional: string[] = []
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (![...valued, ...known].includes(name)) throw new UsageError(`option inconnue --${name}`)
    if (name in flags) throw new UsageError(`l'option --${name} est donnée deux fois`)
    if (valued.includes(name)) {
      const value = inline ?? argv[++i]
      if (value === undefined || value.startsWith('--')) throw new UsageError(`l'option --${name} attend une valeur`)
      flags[name] = value
    } else {
      if (inline !== undefined) throw new UsageError(`l'option --${name} ne prend pas de valeur`)
      flags[name] = true
    }
  }
  return { positional, flags }
}
