#!/usr/bin/env node
// The editors' CLI. The engine is TypeScript; tsx runs it without a build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../engine/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
