/**
 * `npm run agent:token -- <name> [--scope=callbacks:read,callbacks:write,feedback:read] [--centre=deces,…] [--revoke]`
 *
 * Prints a new agent token (shown once: only its SHA-256 hash is stored) for the
 * database the server uses (DATABASE_URL, or PGlite in DATA_DIR). A PGlite server holds
 * its directory's lock: the command then refuses (exit 3) and says what to do, creating
 * nothing and printing no token. `--revoke` revokes every token of that name.
 * @module
 */
import { randomToken, sha256 } from '../crypto.ts'
import { ConfigError, loadConfig } from '../config.ts'
import { AGENT_SCOPES } from '../middleware/agent-auth.ts'
import { openStorage } from '../storage/open.ts'

export interface AgentTokenArgs {
  name: string
  scopes: string[]
  centres: string[]
  revoke: boolean
}

const USAGE = 'Usage : npm run agent:token -- <nom> [--scope=callbacks:read,callbacks:write,feedback:read] [--centre=deces,etudiants] [--revoke]'

/** Pure parsing, tested without a process. */
export function parseAgentTokenArgs(argv: readonly string[]): AgentTokenArgs | { error: string } {
  let name: string | undefined
  let scopes: string[] = [...AGENT_SCOPES]
  let centres = ['*']
  let revoke = false
  for (const arg of argv) {
    const [flag, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag === '--scope' || flag === '--scopes') {
      scopes = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      const unknown = scopes.filter((s) => !(AGENT_SCOPES as readonly string[]).includes(s))
      if (unknown.length || !scopes.length) return { error: `Droits inconnus : ${unknown.join(', ') || '(aucun)'}. Droits possibles : ${AGENT_SCOPES.join(', ')}.` }
    } else if (flag === '--centre' || flag === '--centres') {
      centres = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      if (!centres.length || !centres.every((c) => c === '*' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(c))) return { error: `Centres invalides : ${value ?? ''}.` }
    } else if (flag === '--revoke') revoke = true
    else if (flag.startsWith('-')) return { error: `Option inconnue : ${flag}.\n${USAGE}` }
    else if (name) return { error: `Un seul nom attendu.\n${USAGE}` }
    else name = arg.trim()
  }
  if (!name || !/^[\p{L}\p{N} ._@-]{1,60}$/u.test(name)) return { error: `Nom d'agent manquant ou invalide.\n${USAGE}` }
  return { name, scopes, centres, revoke }
}

async function main(): Promise<number> {
  const args = parseAgentTokenArgs(process.argv.slice(2))
  if ('error' in args) {
    process.stderr.write(args.error + '\n')
    return 2
  }
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration : ${error.message}\n`)
      return 2
    }
    throw error
  }
  let storage
  try {
    storage = await openStorage(config)
  } catch (error) {
    // The server holds the PGlite directory: nothing was written, no token printed.
    if ((error as Error).name !== 'DataDirLockedError') throw error
    process.stderr.write(
      `${(error as Error).message}\nAucun jeton n’a été créé. Arrêtez le serveur, relancez « npm run agent:token -- ${args.name} », puis redémarrez le serveur.\n` +
        `No token was created. Stop the server, run the command again, then restart the server.\n`,
    )
    return 3
  }
  try {
    if (args.revoke) {
      const count = await storage.revokeAgentTokens(args.name, new Date())
      process.stderr.write(`${count} jeton(s) révoqué(s) pour ${args.name}.\n`)
      return 0
    }
    const token = `mdv_${randomToken(32)}`
    await storage.createAgentToken({ name: args.name, tokenHash: sha256(token), scopes: args.scopes, centres: args.centres, now: new Date() })
    process.stderr.write(`Jeton créé pour ${args.name} (droits : ${args.scopes.join(', ')} ; centres : ${args.centres.join(', ')}). Il ne sera plus affiché :\n`)
    process.stdout.write(token + '\n')
    return 0
  } finally {
    await storage.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('agent-token.ts')) {
  process.exitCode = await main()
}
