/**
 * What the browser loads (engine/runtime) must bundle for the browser with no Node
 * built-in, and without the parsers that only editors' tools need.
 */
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

describe('engine/runtime', () => {
  it('bundles for the browser without Node built-ins, YAML, ajv or the expression parser', async () => {
    const result = await build({
      entryPoints: ['engine/runtime/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile!.inputs)
    expect(inputs.some((i) => i.includes('node_modules/xstate'))).toBe(true)
    for (const forbidden of ['node_modules/yaml', 'node_modules/ajv', 'node_modules/jsep', 'engine/load', 'engine/compile', 'engine/node', 'fiches-index.json']) {
      expect(inputs.filter((i) => i.includes(forbidden)), forbidden).toEqual([])
    }
  })
})
