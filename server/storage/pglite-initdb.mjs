// Creates a new PGlite directory (initdb), then exits: run as a child process by pglite.ts,
// because initdb grows the WebAssembly memory to some 500 MB that a process never gives
// back. Plain JavaScript so that it runs with `node` alone. Arguments: dir, start params (JSON).
import { PGlite } from '@electric-sql/pglite'

const [dir, params] = process.argv.slice(2)
const db = await PGlite.create(dir, { startParams: [...PGlite.defaultStartParams, ...JSON.parse(params ?? '[]')] })
await db.close()
