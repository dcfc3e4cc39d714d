// Everything the scripts, tests and CI need lives in the repository: no step may read a folder
// outside it (a development collection, a shared tools folder). Harnesses that read collections
// take them as arguments instead.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const OUTSIDE = /\.\.\/shared\b|\/work\/|devcorpus|\/shared\/(?:tools|corpus|seeds)/;

describe('the repository is self-contained', () => {
  it('no script, test, CI step, workflow or package script names a path outside the repository', () => {
    const files = spawnSync(
      'git',
      ['ls-files', 'scripts', '.ci', '.github', 'test', 'action.yml', 'package.json', 'packages', 'client/package.json', 'client/scripts'],
      {
        cwd: repo,
        encoding: 'utf8',
      },
    )
      .stdout.split('\n')
      .filter((f) => f && !/\.(?:md|docx)$/.test(f) && !f.startsWith('test/robustness/redos-verdicts'));
    expect(files).toContain('scripts/install-code-server.sh');
    // This file names the patterns it looks for.
    const offending = files.filter((f) => f !== 'test/release/selfContained.test.ts' && OUTSIDE.test(readFileSync(join(repo, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it("the end-to-end tests install code-server with the repository's own script", () => {
    const scripts = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['test:e2e']).toContain('bash scripts/install-code-server.sh');
    expect(readFileSync(join(repo, '.ci', 'run'), 'utf8')).toContain('npm run test:e2e');
  });
});
