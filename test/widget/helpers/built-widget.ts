/**
 * For the tests of the built widget (dist/widget.js, `npm run build` first), which must not
 * import the sources (helpers/mount.ts does): waiting, and making chunks fail to download
 * (web-test-runner.config.js answers 503 for chunks named after the cookie).
 */
export const FIXTURES = new URL('../fixtures/', import.meta.url).href

export async function waitFor<T>(check: () => T | null | undefined | false, what: string, timeout = 8000): Promise<T> {
  const start = performance.now()
  for (;;) {
    const value = check()
    if (value) return value
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Chunks whose name starts with `name` answer 503 until called again with `null`. */
export function setFailing(name: string | null): void {
  document.cookie = name ? `mdv-fail-chunks=${name}; path=/` : 'mdv-fail-chunks=; path=/; max-age=0'
}
