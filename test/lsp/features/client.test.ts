// What the VS Code extension contributes (client/package.json): commands, settings with
// descriptions, the configuration schema and the injection grammar, and workspace trust.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../server/src/engine';
import { BUILTIN_FRAMEWORK_IDS } from '../../../server/src/engine/frameworks/builtin';
import { FEATURE_CAPABILITIES } from '../../../server/src/lsp/features/index';

const repo = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(repo, 'client', 'package.json'), 'utf8'));
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
    ]);
  });

  it('contributes settings for switching on, when to check, completion, language, frameworks, per-code severity and bibliographies, each described', () => {
    expect(Object.keys(properties)).toEqual([
      'thesislint.enable',
      'thesislint.run',
      'thesislint.completion.authorYear',
      'thesislint.lang',
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
