// Every code of the catalogue (server/src/engine/codes.ts) is documented and wired everywhere a
// user meets it, and nothing lists a code that does not exist — as ESLint's build fails when a
// rule lacks docs. Adding a check means: its file under checks/<family>/, its line in
// checks/registry.ts, its fixtures under fixtures/<family>/<name>/ (test/fixtures.test.ts), its
// section in docs/codes.md and its row in the README; the editor's settings schema is generated
// (UPDATE_GENERATED=1 npx vitest run test/catalogue writes it). Each of those is checked here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CODE_DESCRIPTIONS_ID, docsUrl, isConfigError, loadConfig, SEVERITY_SETTINGS } from '../../server/src/engine';
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
  // Descriptions live in package.nls.json (English, from the catalogue) and package.nls.id.json
  // (Indonesian, from messages/codes.id.ts); the manifest names them by key.
  const generated = Object.fromEntries(
    CATALOGUE.map((c) => [c.code, { type: 'string', enum: [...SEVERITY_SETTINGS], markdownDescription: `%config.severity.${c.code}%` }]),
  );
  const nlsPath = (locale: string) => join(repo, 'client', locale === 'en' ? 'package.nls.json' : `package.nls.${locale}.json`);
  const described = (locale: 'en' | 'id') =>
    Object.fromEntries(
      CATALOGUE.map((c) => [
        `config.severity.${c.code}`,
        locale === 'en' ? `${c.description} Default: \`${c.defaultSeverity}\`.` : `${CODE_DESCRIPTIONS_ID[c.code]} Bawaan: \`${c.defaultSeverity}\`.`,
      ]),
    );
  if (process.env.UPDATE_GENERATED === '1') {
    severity.properties = generated;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    for (const locale of ['en', 'id'] as const) {
      const nls = JSON.parse(readFileSync(nlsPath(locale), 'utf8')) as Record<string, string>;
      const kept = Object.fromEntries(Object.entries(nls).filter(([k]) => !k.startsWith('config.severity.') || k === 'config.severity.markdownDescription'));
      writeFileSync(nlsPath(locale), `${JSON.stringify({ ...kept, ...described(locale) }, null, 2)}\n`);
    }
  }

  it('offers a severity setting for every code, described from the catalogue in English and Indonesian', () => {
    expect(severity.properties).toEqual(generated);
    expect(Object.keys(CODE_DESCRIPTIONS_ID).sort()).toEqual(CATALOGUE.map((c) => c.code).sort());
    for (const locale of ['en', 'id'] as const) expect(JSON.parse(readFileSync(nlsPath(locale), 'utf8'))).toMatchObject(described(locale));
  });

  it('has every string of the manifest in English and Indonesian (package.nls.json, package.nls.id.json)', () => {
    const keys = [...readFileSync(manifestPath, 'utf8').matchAll(/"%([^"%]+)%"/g)].map((k) => k[1]);
    const english = JSON.parse(readFileSync(nlsPath('en'), 'utf8')) as Record<string, string>;
    const indonesian = JSON.parse(readFileSync(nlsPath('id'), 'utf8')) as Record<string, string>;
    expect(Object.keys(indonesian).sort()).toEqual(Object.keys(english).sort());
    expect(keys.filter((k) => !(k in english))).toEqual([]);
    expect(Object.keys(english).filter((k) => !keys.includes(k))).toEqual([]);
    for (const k of keys) expect(indonesian[k], k).not.toBe(english[k]);
  });

  it('has every runtime string of the extension in the Indonesian l10n bundle', () => {
    const source = readFileSync(join(repo, 'client', 'src', 'extension.ts'), 'utf8');
    const used = [...source.matchAll(/\bl10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((k) => k[1].replace(/\\'/g, "'"));
    expect(used.length).toBeGreaterThan(5);
    const bundle = JSON.parse(readFileSync(join(repo, 'client', 'l10n', 'bundle.l10n.id.json'), 'utf8')) as Record<string, string>;
    expect(used.filter((k) => !(k in bundle))).toEqual([]);
    expect(Object.keys(bundle).filter((k) => !used.includes(k))).toEqual([]);
    expect(manifest.l10n).toBe('./l10n');
  });
});
