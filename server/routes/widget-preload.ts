/**
 * The `<link rel="modulepreload">` hints of a page that embeds the widget from this server:
 * the chunks the first question needs, as the last build listed them next to widget.js
 * (scripts/build-widget.ts, `widget-preload.json`). With them the browser fetches those
 * chunks with widget.js instead of one round trip after it (a slow mobile network's
 * first question comes about one round trip sooner). Re-read when a rebuild changes it.
 * @module
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

const FILE = 'widget-preload.json'
const CHUNK = /^\.\/chunks\/[A-Za-z0-9_][A-Za-z0-9_.-]*\.js$/

export function widgetModulePreloads(widgetFile: string): () => string[] {
  const path = join(dirname(widgetFile), FILE)
  let cache: { mtimeMs: number; urls: string[] } | undefined
  return () => {
    try {
      const { mtimeMs } = statSync(path)
      if (cache?.mtimeMs !== mtimeMs) {
        const { modules } = JSON.parse(readFileSync(path, 'utf8')) as { modules?: unknown }
        // Only the build's own chunk names: a hand-edited file never turns into arbitrary links.
        const urls = Array.isArray(modules) ? modules.filter((m): m is string => typeof m === 'string' && CHUNK.test(m)).map((m) => m.slice(1)) : []
        cache = { mtimeMs, urls }
      }
      return cache.urls
    } catch {
      // Not built yet, or an older build without the list: widget.js still imports its chunks.
      return []
    }
  }
}
