// Browser tests of the widget (test/widget/**/*.test.ts) in Debian's Chromium.
// Never a downloaded browser: CHROME_PATH or /usr/bin/chromium (scripts/ensure-chromium.sh installs it).
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { playwrightLauncher } from '@web/test-runner-playwright'

/**
 * The engine's holiday module depends on @socialgouv/jours-feries, a CommonJS file that
 * esbuild bundles fine for dist/widget.js but browsers cannot import as is: wrap it as ESM.
 */
const commonJsShim = {
  name: 'commonjs-shim',
  transform(context) {
    if (!context.path.includes('/@socialgouv/jours-feries/src/index.js')) return undefined
    return { body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n` }
  },
}

/** Serves the CSP test page with a strict policy: no inline script or style, no eval. */
const strictCsp = async (context, next) => {
  await next()
  if (context.path.endsWith('/fixtures/csp-page.html')) {
    context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'")
  }
}

/**
 * lazy-chunks.test.ts: while the page has the cookie mdv-fail-chunks=<name>, the built
 * widget's chunks whose name starts with it answer 503, as on a dropped connection.
 */
const failingChunks = async (context, next) => {
  const failing = /(?:^|;\s*)mdv-fail-chunks=([\w-]+)/.exec(context.get('cookie') ?? '')?.[1]
  if (failing && context.path.startsWith(`/dist/chunks/${failing}`)) {
    context.status = 503
    context.body = 'unavailable'
    return
  }
  await next()
}

export default {
  files: 'test/widget/**/*.test.ts',
  // Lit's production build, as in dist/widget.js (its dev build warns on every test).
  nodeResolve: { exportConditions: ['production'] },
  middleware: [strictCsp, failingChunks],
  plugins: [commonJsShim, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  // Two cores: two test files at a time keeps the suite fast without starving the browser.
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 15_000 } },
}
