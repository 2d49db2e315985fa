/**
 * `mdv`, the content editors' command line: validate, plan, graph, test, build.
 * @module
 */
import { fileURLToPath } from 'node:url'
import { parseArgs, UsageError } from './args.ts'
import type { Command, Io } from './command.ts'
import { build } from './commands/build.ts'
import { fiche } from './commands/fiche.ts'
import { graph } from './commands/graph.ts'
import { plan } from './commands/plan.ts'
import { test } from './commands/test.ts'
import { validate } from './commands/validate.ts'

const COMMANDS: Command[] = [validate, plan, graph, test, build, fiche]

const consoleIo: Io = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
}

function help(io: Io): void {
  io.out('mdv — outils des parcours « Moments de vie »\n')
  for (const command of COMMANDS) io.out(`  ${command.usage}\n      ${command.summary}`)
  io.out('\nFormat des parcours : docs/journey-format.md')
}

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io)
    return name ? 0 : 2
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`Commande inconnue « ${name} ».`)
    help(io)
    return 2
  }
  try {
    const { positional, flags } = parseArgs(rest, command.valued ?? [], command.booleans ?? [])
    return await command.run(positional, flags, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`mdv ${command.name} : ${error.message}\nUsage : ${command.usage}`)
      return 2
    }
    // A bug of ours, not of the editor's file: say so plainly.
    io.err(`mdv ${command.name} : erreur interne (${(error as Error).message}). Merci de la signaler.`)
    return 70
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2))
}
