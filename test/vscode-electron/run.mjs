// Runs the extension tests inside a real VS Code desktop (Electron) with @vscode/test-electron.
// For machines that can download VS Code (it fetches a build from Microsoft's update service on
// first run); CI here has no such access and runs the code-server end-to-end test instead
// (npm run test:e2e). Usage: npm run test:electron   (VSCODE_VERSION=1.100.3 to pin a build)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const client = join(repo, 'client');

for (const script of [join(repo, 'scripts', 'build.mjs'), join(client, 'scripts', 'copy-assets.mjs')]) {
  const r = spawnSync(process.execPath, [script], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const work = mkdtempSync(join(tmpdir(), 'thesislint-electron-'));
const out = join(work, 'suite');
await build({
  entryPoints: [join(here, 'suite', 'index.ts')],
  outfile: join(out, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning',
});
const workspace = join(work, 'skripsi');
cpSync(join(repo, 'test', 'e2e', 'fixtures', 'skripsi'), workspace, { recursive: true });

let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: client,
    extensionTestsPath: join(out, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
