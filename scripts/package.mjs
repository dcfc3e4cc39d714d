// Packages the VS Code extension as thesislint-<version>.vsix at the repository root.
// Run after scripts/build.mjs: the extension ships only its esbuild bundles, so vsce is told not
// to look for dependencies, and the result is checked to contain exactly what it should.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const clientDir = join(root, 'client');
const { version } = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8'));
const out = join(root, `thesislint-${version}.vsix`);

for (const bundle of ['dist/extension.js', 'dist/server.js']) {
  if (!existsSync(join(clientDir, bundle))) fail(`client/${bundle} is missing; run node scripts/build.mjs first.`);
}
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
if (!existsSync(vsce)) fail('@vscode/vsce is not installed; run npm install.');

const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: clientDir, stdio: 'inherit' });
if (run.status !== 0) fail(`vsce package failed (${run.error?.message ?? `exit code ${run.status}`}).`);

const entries = zipEntryNames(readFileSync(out));
const required = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/images/icon.png',
  'extension/sample/contoh-skripsi.md',
  // vsce stores CHANGELOG.md as changelog.md.
  'extension/changelog.md',
];
const missing = required.filter((name) => !entries.includes(name));
// Source maps stay out: the server's is 9 MB, and the bundle is not minified.
const stray = entries.filter((name) => name.includes('node_modules/') || name.startsWith('extension/src/') || name.endsWith('.map'));
if (missing.length > 0 || stray.length > 0) {
  fail(`${out} is malformed.${missing.length ? ` Missing: ${missing.join(', ')}.` : ''}${stray.length ? ` Unexpected: ${stray.slice(0, 5).join(', ')}.` : ''}`);
}
console.log(`Wrote ${out} (${entries.length} entries).`);

/** Names in a zip file's central directory (enough of the format to check a .vsix). */
function zipEntryNames(zip) {
  const endOfCentralDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfCentralDirectory < 0) fail(`${out} is not a zip file.`);
  const count = zip.readUInt16LE(endOfCentralDirectory + 10);
  let at = zip.readUInt32LE(endOfCentralDirectory + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}
