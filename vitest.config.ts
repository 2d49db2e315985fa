import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests run in real Chromium through @web/test-runner (see web-test-runner.config.js).
    exclude: ['test/widget/**', 'test/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
})
