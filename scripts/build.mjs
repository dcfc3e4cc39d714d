// Bundles the CLI, the language server and the VS Code client with esbuild so that each
// starts from one file (fast start-up, and the .vsix needs no node_modules).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning' };
mkdirSync('server/dist', { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/dist/server.js' }),
  // The extension carries its own copy of the server so the .vsix is self-contained.
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'client/dist/server.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'] }),
  // `npm run bench` (not shipped): the engine and a stdio client in one file.
  build({ ...common, entryPoints: ['server/src/bench/main.ts'], outfile: 'server/dist/bench.js' }),
]);
