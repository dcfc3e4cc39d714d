// Packs the npm package `thesislint` (packages/thesislint) into a fresh temporary folder, with an
// empty npm cache, for the tests that install it as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repo = join(__dirname, '..', '..');

export function packThesislint(): { work: string; tarball: string; npmEnv: NodeJS.ProcessEnv } {
  const work = mkdtempSync(join(tmpdir(), 'thesislint-npm-'));
  const npmEnv = {
    ...process.env,
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  const pack = spawnSync('npm', ['pack', '--pack-destination', work], { cwd: join(repo, 'packages', 'thesislint'), encoding: 'utf8', env: npmEnv });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const name = readdirSync(work).find((n) => n.endsWith('.tgz'));
  if (!name) throw new Error(`npm pack wrote no tarball: ${pack.stdout}`);
  return { work, tarball: join(work, name), npmEnv };
}
