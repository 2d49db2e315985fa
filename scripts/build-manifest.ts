/**
 * dist/custom-elements.json: the widget's elements, attributes, events, CSS parts and
 * custom properties, read from the components' JSDoc by @custom-elements-manifest/analyzer
 * (editors and documentation tools read it). Invoked by build-widget.ts.
 * @module
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface Declaration {
  attributes?: { name: string; fieldName?: string }[]
  members?: { name: string }[]
  events?: { name: string }[]
}

/**
 * The analyzer reads Lit's `static properties` but takes internal state (`state: true`)
 * and property-only inputs (`attribute: false`) for attributes, and `dispatchEvent(type)`
 * for an event named "type". This keeps only what an integrator can use.
 */
function tidy(manifest: { modules: { path: string; declarations?: Declaration[] }[] }): void {
  for (const module of manifest.modules) {
    const source = readFileSync(join(root, module.path), 'utf8')
    const states = new Set([...source.matchAll(/(\w+): \{ state: true/g)].map((m) => m[1]))
    const propertyOnly = new Set([...source.matchAll(/(\w+): \{ attribute: false/g)].map((m) => m[1]))
    const internal = new Set([...source.matchAll(/\/\*\* @internal[^*]*\*\/\s*(?:declare )?(\w+)/g)].map((m) => m[1]))
    for (const declaration of module.declarations ?? []) {
      declaration.attributes = declaration.attributes?.filter((a) => !states.has(a.fieldName ?? a.name) && !propertyOnly.has(a.fieldName ?? a.name) && !internal.has(a.fieldName ?? a.name))
      declaration.members = declaration.members?.filter((m) => !states.has(m.name) && !internal.has(m.name))
      declaration.events = declaration.events?.filter((e) => e.name.startsWith('mdv'))
    }
  }
}

export async function buildManifest(): Promise<void> {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js'),
      'analyze',
      '--litelement',
      '--globs',
      'widget/src/components/**/*.component.ts',
      '--outdir',
      'dist',
      '--quiet',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const file = join(root, 'dist', 'custom-elements.json')
  const manifest = JSON.parse(readFileSync(file, 'utf8'))
  tidy(manifest)
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildManifest()
