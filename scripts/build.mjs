// Bundles the CLI, the language server and the VS Code client with esbuild so that each
// starts from one file (fast start-up, and the .vsix needs no node_modules).
//
// A build whose bundles are newer than every input (sources, lock file, this script) is skipped,
// so that `npm ci` (which builds in `prepare`), `npm test`, the browser and end-to-end tests
// build once between them; `--force` builds anyway.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Evaluation harnesses (npm run eval:NAME): every server/src/eval/NAME.ts, bundled like the bench.
const EVALS = readdirSync('server/src/eval')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -3));
const OUTPUTS = [
  'server/dist/cli.js',
  'server/dist/server.js',
  'client/dist/server.js',
  'client/dist/extension.js',
  'server/dist/bench.js',
  ...EVALS.map((name) => `server/dist/eval-${name}.js`),
];
const INPUTS = ['server/src', 'client/src', 'scripts/build.mjs', 'package-lock.json', 'package.json', 'server/package.json', 'client/package.json'];

/** The newest modification time of a file or of every file below a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

if (!process.argv.includes('--force') && OUTPUTS.every((o) => existsSync(o))) {
  const oldestOutput = Math.min(...OUTPUTS.map((o) => statSync(o).mtimeMs));
  if (INPUTS.every((i) => !existsSync(i) || newest(i) < oldestOutput)) {
    console.log('thesislint: bundles are up to date (node scripts/build.mjs --force rebuilds)');
    process.exit(0);
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's default (UMD) build loads its parts with a require() esbuild cannot follow.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
mkdirSync('server/dist', { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/dist/server.js' }),
  // The extension carries its own copy of the server so the .vsix is self-contained.
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'client/dist/server.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'] }),
  // `npm run bench` (not shipped): the engine and a stdio client in one file.
  build({ ...common, entryPoints: ['server/src/bench/main.ts'], outfile: 'server/dist/bench.js' }),
  ...EVALS.map((name) => build({ ...common, entryPoints: [`server/src/eval/${name}.ts`], outfile: `server/dist/eval-${name}.js` })),
]);

// esbuild escapes non-ASCII characters in strings but leaves them in comments and some regular
// expressions of the bundled libraries. One such character makes V8 hold the whole bundle as a
// two-byte string: 9.3 MB instead of 4.7 MB of the language server's heap, before any manuscript.
// A \uXXXX escape means the same character in strings, templates, regular expressions (also as
// surrogate pairs under the u flag) and identifiers, and nothing in comments.
for (const file of OUTPUTS) {
  const text = readFileSync(file, 'utf8');
  // `\–` (an identity escape) is the character itself: its backslash goes with the escape.
  const ascii = text.replace(
    /(\\*)([\u0080-\uffff])/g,
    (_, slashes, c) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (ascii !== text) writeFileSync(file, ascii);
}
