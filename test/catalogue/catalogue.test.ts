// Every code of the catalogue (server/src/engine/codes.ts) is documented and wired everywhere a
// user meets it, and nothing lists a code that does not exist — as ESLint's build fails when a
// rule lacks docs. Adding a check means: its file under checks/<family>/, its line in
// checks/registry.ts, its fixtures under fixtures/<family>/<name>/ (test/fixtures.test.ts), its
// section in docs/codes.md and its row in the README; the editor's settings schema is generated
// (UPDATE_GENERATED=1 npx vitest run test/catalogue writes it). Each of those is checked here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, docsUrl, isConfigError, loadConfig, SEVERITY_SETTINGS } from '../../server/src/engine';
import { registry } from '../../server/src/engine/checks/registry';

const repo = join(__dirname, '..', '..');
const codes = CATALOGUE.map((c) => c.code);

describe('the catalogue', () => {
  it('has each code once, in family/kebab-name form', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
  });

  it('names each check after its file: checks/<family>/<name>.ts', () => {
    for (const check of registry) {
      const file = join(repo, 'server/src/engine/checks', `${check.meta.code}.ts`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(`code: '${check.meta.code}'`);
    }
  });

  it('is accepted by thesislint.json for every code and severity', () => {
    for (const code of codes) {
      for (const level of SEVERITY_SETTINGS) {
        const result = loadConfig('/p/thesislint.json', JSON.stringify({ severity: { [code]: level } }));
        expect(isConfigError(result), `${code}: ${level}`).toBe(false);
      }
    }
  });
});

describe('docs/codes.md', () => {
  const docs = readFileSync(join(repo, 'docs/codes.md'), 'utf8');

  it('has one section per code, anchored where the findings link to, and no other', () => {
    const sections = [...docs.matchAll(/<a id="([^"]+)"><\/a>\n## `([^`]+)`/g)].map((m) => ({ anchor: m[1], code: m[2] }));
    expect(sections.map((s) => s.code).sort()).toEqual([...codes].sort());
    for (const { anchor, code } of sections) expect(docsUrl(code).endsWith(`#${anchor}`), code).toBe(true);
    expect([...docs.matchAll(/<a id="/g)].length).toBe(codes.length);
  });
});

describe('README', () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');

  it('lists every code in its findings table with its default severity', () => {
    const rows = [...readme.matchAll(/^\| `([a-z]+\/[a-z-]+)` \| ([a-z]+)/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(CATALOGUE.map((c) => [c.code, c.defaultSeverity]));
  });
});

describe('the VS Code extension', () => {
  const manifestPath = join(repo, 'client/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const severity = manifest.contributes.configuration.properties['thesislint.severity'];
  const generated = Object.fromEntries(
    CATALOGUE.map((c) => [
      c.code,
      { type: 'string', enum: [...SEVERITY_SETTINGS], markdownDescription: `${c.description} Default: \`${c.defaultSeverity}\`.` },
    ]),
  );
  if (process.env.UPDATE_GENERATED === '1') {
    severity.properties = generated;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }

  it('offers a severity setting for every code, described from the catalogue', () => {
    expect(severity.properties).toEqual(generated);
  });
});
