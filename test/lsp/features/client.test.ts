// What the VS Code extension contributes (client/package.json): commands, settings with
// descriptions, the configuration schema and the injection grammar, and workspace trust.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../server/src/engine';
import { BUILTIN_FRAMEWORK_IDS } from '../../../server/src/engine/frameworks/builtin';
import { FEATURE_CAPABILITIES } from '../../../server/src/lsp/features/index';

const repo = join(__dirname, '..', '..', '..');
// The manifest with its %key% strings replaced by their English text (package.nls.json).
const nls = JSON.parse(readFileSync(join(repo, 'client', 'package.nls.json'), 'utf8')) as Record<string, string>;
const pkg = JSON.parse(readFileSync(join(repo, 'client', 'package.json'), 'utf8'), (_key, value: unknown) =>
  typeof value === 'string' && /^%[^%]+%$/.test(value) ? (nls[value.slice(1, -1)] ?? value) : value,
);
const properties = pkg.contributes.configuration.properties as Record<
  string,
  { markdownDescription?: string; description?: string; properties?: Record<string, unknown>; items?: { enum?: string[] } }
>;

describe('VS Code extension manifest', () => {
  it('contributes the report, log and references commands', () => {
    expect(pkg.contributes.commands.map((c: { command: string; title: string; category: string }) => `${c.category}: ${c.title} (${c.command})`)).toEqual([
      'thesislint: Open pre-submission report (thesislint.openReport)',
      'thesislint: Show server log (thesislint.showOutput)',
      'thesislint: Show citations of this entry (thesislint.showReferences)',
      'thesislint: Open a sample manuscript (thesislint.openSample)',
    ]);
  });

  it('has what the Marketplace shows: icon, Education category, Indonesian keywords, links, changelog', () => {
    expect(pkg.icon).toBe('images/icon.png');
    const icon = readFileSync(join(repo, 'client', pkg.icon));
    // A PNG of 128 × 128 pixels (the Marketplace takes no SVG icon).
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
    expect(pkg.categories).toEqual(['Linters', 'Education']);
    for (const keyword of ['skripsi', 'tesis', 'disertasi', 'daftar pustaka', 'sitasi', 'APA', 'statcheck']) expect(pkg.keywords).toContain(keyword);
    expect(pkg.keywords.length).toBeLessThanOrEqual(30);
    expect(pkg.repository.url).toBe('https://github.com/thesislint/thesislint');
    expect(pkg.bugs.url).toBe('https://github.com/thesislint/thesislint/issues');
    expect(pkg.homepage).toBe('https://github.com/thesislint/thesislint#readme');
    expect(readFileSync(join(repo, 'client', 'CHANGELOG.md'), 'utf8')).toMatch(/^# Changelog\n\n## 0\.1\.0\n/);
    for (const file of ['images/icon.png', 'sample/contoh-skripsi.md', 'CHANGELOG.md', 'walkthrough/*.md']) expect(pkg.files).toContain(file);
    // No source map in the .vsix (scripts/package.mjs refuses one too).
    expect(pkg.files.filter((f: string) => f.endsWith('.map'))).toEqual([]);
  });

  it('has a Get started walkthrough whose first step opens the bundled sample manuscript', () => {
    const [walkthrough] = pkg.contributes.walkthroughs as {
      id: string;
      steps: { id: string; description: string; media: { markdown: string }; completionEvents: string[] }[];
    }[];
    expect(walkthrough.id).toBe('getStarted');
    expect(walkthrough.steps.map((s) => s.id)).toEqual(['openSample', 'problems', 'report', 'settings']);
    expect(walkthrough.steps[0].description).toContain('(command:thesislint.openSample)');
    expect(walkthrough.steps[0].completionEvents).toEqual(['onCommand:thesislint.openSample']);
    for (const step of walkthrough.steps) expect(existsSync(join(repo, 'client', step.media.markdown)), step.media.markdown).toBe(true);
    // copy-assets.mjs (vscode:prepublish) copies the sample from the fixtures, where tests check it.
    expect(readFileSync(join(repo, 'client', 'scripts', 'copy-assets.mjs'), 'utf8')).toContain("'contoh-skripsi', 'manuscript.md'");
    expect(existsSync(join(repo, 'fixtures', 'examples', 'manuscripts', 'contoh-skripsi', 'manuscript.md'))).toBe(true);
  });

  it('contributes settings for switching on, when to check, completion, language, frameworks, per-code severity and bibliographies, each described', () => {
    expect(Object.keys(properties)).toEqual([
      'thesislint.enable',
      'thesislint.run',
      'thesislint.completion.authorYear',
      'thesislint.lang',
      'thesislint.locale',
      'thesislint.frameworks',
      'thesislint.bibliography',
      'thesislint.severity',
      'thesislint.trace.server',
    ]);
    for (const [name, property] of Object.entries(properties)) expect(property.markdownDescription ?? property.description, name).toMatch(/\w{4}/);
    // One per code of the catalogue (test/catalogue/ checks their descriptions).
    expect(Object.keys(properties['thesislint.severity'].properties ?? {})).toEqual(CATALOGUE.map((c) => c.code));
    expect(properties['thesislint.frameworks'].items?.enum).toEqual([...BUILTIN_FRAMEWORK_IDS]);
  });

  it('injects the citation grammar into Markdown and LaTeX and ships it', () => {
    expect(pkg.contributes.grammars).toEqual([
      {
        scopeName: 'citation.injection.thesislint',
        path: './dist/syntaxes/citations.tmLanguage.json',
        injectTo: ['text.html.markdown', 'text.tex.latex', 'text.tex', 'text.html.markdown.quarto', 'text.html.rmarkdown'],
      },
    ]);
    expect(pkg.files).toContain('dist/syntaxes/citations.tmLanguage.json');
    expect(pkg.scripts['vscode:prepublish']).toBe('node scripts/copy-assets.mjs');
    expect(existsSync(join(repo, 'syntaxes', 'citations.tmLanguage.json'))).toBe(true);
  });

  it('runs fully in restricted mode: it only reads files', () => {
    expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
  });

  it('the server announces every editor feature', () => {
    expect(FEATURE_CAPABILITIES).toEqual({
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      // Not "(" or ";": "Author, Year" opens once a capital letter follows the parenthesis.
      completionProvider: { triggerCharacters: ['@', '{', ',', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] },
      codeLensProvider: { resolveProvider: false },
      documentSymbolProvider: true,
    });
  });
});
