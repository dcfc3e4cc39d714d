import { defineConfig } from 'vitest/config';

// The inner loop (`npm run test:quick`): the engine alone — every fixture, the parsers, citations,
// statistics, coverage, numbers and configuration — in a few seconds, without building, without
// starting the CLI or the language server as processes, and without the slow robustness tests.
// `npm test` runs everything.
export default defineConfig({
  test: {
    include: ['test/fixtures.test.ts', 'test/{parse,citations,stats,coverage,numbers,config,catalogue,projects}/**/*.test.ts'],
    testTimeout: 30000,
  },
});
