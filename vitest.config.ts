import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests need Debian's chromium: npm run test:browser (CI runs both).
    exclude: ['test/browser/**', 'test/e2e/**', 'node_modules/**'],
    // The language-server tests start real processes; give them room on a 2-core machine.
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
