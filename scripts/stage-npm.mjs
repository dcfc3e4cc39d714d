// Stages the npm package `thesislint` (packages/thesislint): copies the CLI and language-server
// bundles (built by scripts/build.mjs from server/src) and the sample manuscript into it, and
// refuses to go on when a bundle would need anything but Node.js built-ins at run time — the
// package is published with no dependencies. Run by `npm pack`/`npm publish` in that folder
// (its `prepack` script); the bundles must have been built first.
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'packages', 'thesislint');
// Optional requires a bundled library makes inside try/catch and works without (node-fetch's
// `encoding`, reached only through citation-js's fetching, which thesislint never uses).
const OPTIONAL = new Set(['encoding']);

function fail(message) {
  console.error(`stage-npm: ${message}`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
  if (manifest[field] && Object.keys(manifest[field]).length > 0) fail(`packages/thesislint/package.json must not have ${field}.`);
}
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
mkdirSync(join(pkg, 'dist'), { recursive: true });
for (const bundle of ['cli.js', 'server.js']) {
  const from = join(root, 'server', 'dist', bundle);
  if (!existsSync(from)) fail(`server/dist/${bundle} is missing; run node scripts/build.mjs first.`);
  const text = readFileSync(from, 'utf8');
  const external = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]).filter((name) => !builtins.has(name) && !OPTIONAL.has(name));
  if (external.length > 0) fail(`server/dist/${bundle} requires ${[...new Set(external)].join(', ')}, which the package does not ship.`);
  copyFileSync(from, join(pkg, 'dist', bundle));
}
mkdirSync(join(pkg, 'examples'), { recursive: true });
copyFileSync(join(root, 'fixtures', 'examples', 'manuscripts', 'contoh-skripsi', 'manuscript.md'), join(pkg, 'examples', 'contoh-skripsi.md'));
console.log('stage-npm: packages/thesislint is ready to pack.');
