// The README's recipes as written. Every ```sh block is preceded by a `<!-- readme-test: … -->`
// comment that says where it runs (`thesis-repository`: a fresh git repository holding a
// manuscript) or why not (`skip — reason`); the thesis-repository blocks run with bash there,
// with the npm registry replaced by the packed tarball (npm offline, an empty cache). The
// workflow recipes are YAML: their structure is checked, and the repository's action.yml, which
// they use, is run step by step as GitHub would run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packThesislint, repo } from './pack';

const readme = readFileSync(join(repo, 'README.md'), 'utf8');

interface Block {
  lang: string;
  code: string;
  annotation?: string;
  line: number;
}

function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    const annotation = /^<!-- readme-test: (.*) -->$/.exec(lines[i - 1] ?? '')?.[1];
    found.push({ lang: open[1], code: lines.slice(i + 1, end).join('\n'), annotation, line: i + 1 });
    i = end;
  }
  return found;
}

const CLEAN = `---
lang: id
---

# BAB I PENDAHULUAN

Kolaborasi menentukan keberhasilan program (Ansell & Gash, 2008).

# DAFTAR PUSTAKA

Ansell, C., & Gash, A. (2008). Collaborative governance in theory and practice. *Journal of Public Administration Research and Theory*, 18(4), 543–571.
`;

/** A citation whose year disagrees with the reference list, added to Bab I. */
function addError(dir: string) {
  const path = join(dir, 'skripsi.md');
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace('# DAFTAR PUSTAKA', 'Menurut Ansell dan Gash (2018), kolaborasi memerlukan kepercayaan.\n\n# DAFTAR PUSTAKA'),
  );
}

let work = '';
let tarball = '';
let npmEnv: NodeJS.ProcessEnv = {};
beforeAll(() => {
  ({ work, tarball, npmEnv } = packThesislint());
}, 120000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh git repository with a clean manuscript, and an environment whose npm installs only the tarball. */
function thesisRepository(name: string) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'skripsi.md'), CLEAN);
  writeFileSync(join(dir, 'package.json'), '{ "name": "skripsi", "private": true }\n');
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'mahasiswa@example.ac.id');
  git('config', 'user.name', 'Mahasiswa');
  const global = join(work, `${name}-global`);
  const env = { ...npmEnv, npm_config_offline: 'true', npm_config_prefix: global, PATH: `${join(global, 'bin')}:${process.env.PATH}` };
  return { dir, git, env };
}

/** The block with `npm install … thesislint` pointing at the tarball: the only change made to it. */
const offline = (code: string) => code.replace(/^(npm install (?:--[\w-]+ )*)thesislint\b/gm, `$1${tarball}`);

describe('README', () => {
  const all = blocks(readme);

  it('says for every shell block whether and where the test runs it', () => {
    const shell = all.filter((b) => b.lang === 'sh' || b.lang === 'bash');
    expect(shell.filter((b) => !b.annotation).map((b) => `README.md:${b.line}`)).toEqual([]);
    expect(shell.map((b) => b.annotation?.split(' ')[0])).toEqual(['skip', 'skip', 'thesis-repository', 'thesis-repository']);
  });

  it('has no table split by a blank line (the rest would render as raw pipes)', () => {
    const lines = readme.split('\n');
    const split = lines.flatMap((l, i) => (l === '' && lines[i - 1]?.startsWith('|') && lines[i + 1]?.startsWith('|') ? [`README.md:${i + 1}`] : []));
    expect(split).toEqual([]);
  });

  it('installs locally and globally, then checks (the Install block)', () => {
    const block = all.find((b) => b.code.startsWith('npm install --save-dev thesislint'))!;
    const { dir, env } = thesisRepository('install');
    const r = spawnSync('bash', ['-e', '-c', offline(block.code)], { cwd: dir, encoding: 'utf8', env });
    expect(r.stderr).not.toMatch(/ERR!/);
    // An Indonesian manuscript: messages in Indonesian unless --locale says otherwise.
    expect(r.stdout).toContain('1 naskah diperiksa: 0 kesalahan, 0 peringatan, 0 info/petunjuk');
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'node_modules', '.bin', 'thesislint'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies.thesislint).toMatch(/thesislint-0\.1\.0\.tgz$/);
  });

  it('the pre-commit hook lets a clean manuscript through and refuses one with errors', () => {
    const block = all.find((b) => b.code.includes('.git/hooks/pre-commit'))!;
    const { dir, git, env } = thesisRepository('hook');
    const r = spawnSync('bash', ['-e', '-c', offline(block.code)], { cwd: dir, encoding: 'utf8', env });
    expect(r.status, r.stderr).toBe(0);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    git('add', '-A');
    const clean = spawnSync('git', ['commit', '-qm', 'Bab I'], { cwd: dir, encoding: 'utf8', env });
    expect(clean.status, clean.stderr + clean.stdout).toBe(0);
    addError(dir);
    git('add', '-A');
    const broken = spawnSync('git', ['commit', '-qm', 'Bab II'], { cwd: dir, encoding: 'utf8', env });
    expect(broken.stderr).toMatch(/skripsi\.md:\d+:\d+: error citation\/year-mismatch /);
    expect(broken.status).toBe(1);
    expect(git('log', '--format=%s').stdout).toBe('Bab I\n');
  });
});

describe('the workflow recipes', () => {
  const yamlBlocks = blocks(readme).filter((b) => b.lang === 'yaml');

  it('uploads SARIF with security-events: write, after a step that writes it first, also when the check failed', () => {
    const workflow = parse(yamlBlocks[0].code);
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = workflow.jobs.thesislint.steps as { uses?: string; run?: string; if?: string; with?: Record<string, string> }[];
    const check = steps.findIndex((s) => s.uses === 'thesislint/thesislint@v0.1.0');
    const upload = steps.findIndex((s) => s.uses === 'github/codeql-action/upload-sarif@v3');
    expect(check).toBeGreaterThan(-1);
    expect(upload).toBeGreaterThan(check);
    expect(steps[upload].if).toBe("always() && hashFiles('thesislint.sarif') != ''");
    expect(steps[upload].with?.sarif_file).toBe(steps[check].with?.sarif);
  });

  it('without the action: the SARIF step never fails and comes before the failing one', () => {
    const steps = parse(yamlBlocks[1].code.replace(/^ {6}/gm, '')) as { run?: string; uses?: string; if?: string }[];
    const runs = steps.map((s) => s.run ?? s.uses);
    expect(runs).toEqual([
      'npm ci',
      'npx --no-install thesislint check --format sarif --output thesislint.sarif --fail-on none .',
      'npx --no-install thesislint check --format github .',
      'github/codeql-action/upload-sarif@v3',
    ]);
    expect(steps[3].if).toBe("always() && hashFiles('thesislint.sarif') != ''");
  });

  it("runs action.yml's steps as GitHub does: SARIF written, annotations, the step fails on errors", () => {
    const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default: string }>;
      runs: { using: string; steps: { id?: string; run: string; shell: string; env?: Record<string, string> }[] };
    };
    expect(action.runs.using).toBe('composite');
    expect(action.inputs.package.default).toBe('thesislint@0.1.0');
    const { dir, env } = thesisRepository('action');
    addError(dir);
    const runnerTemp = join(work, 'runner-temp');
    mkdirSync(runnerTemp, { recursive: true });
    const files = { GITHUB_PATH: join(runnerTemp, 'path'), GITHUB_OUTPUT: join(runnerTemp, 'output'), GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md') };
    for (const file of Object.values(files)) writeFileSync(file, '');
    // The README's inputs, and the tarball in place of the registry.
    const inputs: Record<string, string> = {
      ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
      ...parse(yamlBlocks[0].code).jobs.thesislint.steps[2].with,
      package: tarball,
    };
    const expression = (value: string) =>
      value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
        if (name === 'runner.temp') return runnerTemp;
        if (name.startsWith('inputs.')) return inputs[name.slice('inputs.'.length)];
        throw new Error(`unexpected expression ${name}`);
      });
    const statuses: (number | null)[] = [];
    let stdout = '';
    for (const step of action.runs.steps) {
      expect(step.shell).toBe('bash');
      const path = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
      const stepEnv: NodeJS.ProcessEnv = { ...env, ...files, RUNNER_TEMP: runnerTemp, PATH: [...path, env.PATH].join(':') };
      for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = expression(v);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.run], { cwd: dir, encoding: 'utf8', env: stepEnv });
      statuses.push(r.status);
      stdout += r.stdout;
      if (r.status !== 0) break;
    }
    expect(statuses).toEqual([0, 0, 1]);
    expect(readFileSync(files.GITHUB_OUTPUT, 'utf8')).toBe('file=thesislint.sarif\n');
    const sarif = JSON.parse(readFileSync(join(dir, 'thesislint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['citation/year-mismatch']);
    expect(stdout).toMatch(/^::error file=skripsi\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=citation\/year-mismatch::/m);
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toMatch(/^### thesislint: 1 kesalahan, 0 peringatan, 0 catatan\n/);
  });
});
