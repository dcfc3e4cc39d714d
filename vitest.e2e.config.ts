import { defineConfig } from 'vitest/config';

// End-to-end tests in a real VS Code: the packaged .vsix installed into code-server, driven in
// Debian's chromium with playwright-core. `npm run test:e2e` (packages first); .ci/run installs
// code-server with scripts/install-code-server.sh and runs it. Not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 300000,
    hookTimeout: 180000,
    // One editor at a time on a 2-core machine.
    fileParallelism: false,
  },
});
