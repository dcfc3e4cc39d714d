import { defineConfig } from 'vitest/config';

// Tests that drive a real browser (Debian's chromium); `npm run test:browser`, run by .ci/run.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120000,
    hookTimeout: 120000,
  },
});
