import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure logic, fast), `clients` (real programs read
 * our output: LibreOffice, pdftotext, python-docx, xmllint, pandoc, the
 * built CLI) and `e2e` (the built renderer in Debian's Chromium against the
 * web host). `npm test` builds first, then runs all three.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      // Worker threads run built JavaScript: the setup bundles them from the sources first.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], globalSetup: ['test/support/build-workers.ts'] } },
      {
        test: {
          name: 'clients',
          include: ['test/clients/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
