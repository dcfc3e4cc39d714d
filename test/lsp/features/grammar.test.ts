// The TextMate injection grammar (syntaxes/citations.tmLanguage.json), tokenised with the same
// engine VS Code uses (vscode-textmate + Oniguruma) over stand-in Markdown and LaTeX grammars.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const repo = join(__dirname, '..', '..', '..');
const grammarPath = join(repo, 'syntaxes', 'citations.tmLanguage.json');
const INJECTION = 'citation.injection.thesislint';

// Minimal host grammars: a paragraph scope, Markdown inline code and LaTeX comments (which the
// injection must leave alone), like the real ones provide.
const HOSTS: Record<string, object> = {
  'text.html.markdown': {
    scopeName: 'text.html.markdown',
    patterns: [{ match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' }],
  },
  'text.tex.latex': {
    scopeName: 'text.tex.latex',
    patterns: [{ match: '%.*$', name: 'comment.line.percentage.tex' }],
  },
};

let registry: Registry;
beforeAll(async () => {
  const wasm = readFileSync(join(repo, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === INJECTION) return parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
      const host = HOSTS[scope];
      return host ? parseRawGrammar(JSON.stringify(host), `${scope}.json`) : null;
    },
    getInjections: (scope) => (HOSTS[scope] ? [INJECTION] : undefined),
  });
});

/** [text, innermost thesislint scope] for every token of `line` that the grammar scoped. */
async function tokens(scope: string, line: string): Promise<[string, string][]> {
  const grammar = (await registry.loadGrammar(scope)) as IGrammar;
  const result = grammar.tokenizeLine(line, INITIAL);
  return result.tokens
    .map((t, i): [string, string] => [
      line.slice(t.startIndex, result.tokens[i + 1]?.startIndex ?? line.length),
      t.scopes.filter((s) => s.endsWith('.thesislint')).pop() ?? '',
    ])
    .filter(([, s]) => s !== '' && !s.startsWith('meta.'));
}

describe('citation grammar', () => {
  it('scopes Pandoc keys, not e-mail addresses or cross-references', async () => {
    expect(await tokens('text.html.markdown', 'As shown [@sen1999; -@alkire2011, p. 5] (mail a@b.id, see @fig-map).')).toEqual([
      ['@', 'punctuation.definition.citation.thesislint'],
      ['sen1999', 'variable.other.citation.key.thesislint'],
      ['-@', 'punctuation.definition.citation.thesislint'],
      ['alkire2011', 'variable.other.citation.key.thesislint'],
    ]);
  });

  it('scopes author–year citations in Indonesian and English prose', async () => {
    expect(await tokens('text.html.markdown', 'Kemiskinan (Sen, A., 2014; Ansell & Gash, 2008: 45) menurut Yunas dkk. (2019).')).toEqual([
      ['(', 'punctuation.definition.citation.begin.thesislint'],
      ['Sen', 'entity.name.type.citation.author.thesislint'],
      ['2014', 'constant.numeric.citation.year.thesislint'],
      ['Ansell', 'entity.name.type.citation.author.thesislint'],
      ['Gash', 'entity.name.type.citation.author.thesislint'],
      ['2008', 'constant.numeric.citation.year.thesislint'],
      [')', 'punctuation.definition.citation.end.thesislint'],
      ['Yunas', 'entity.name.type.citation.author.thesislint'],
      ['(', 'punctuation.definition.citation.begin.thesislint'],
      ['2019', 'constant.numeric.citation.year.thesislint'],
      [')', 'punctuation.definition.citation.end.thesislint'],
    ]);
  });

  it('leaves inline code alone', async () => {
    expect(await tokens('text.html.markdown', 'Run `cite [@sen1999] (Sen, 2014)` here.')).toEqual([]);
  });

  it('scopes \\cite commands and each of their keys in LaTeX, but not in comments', async () => {
    expect(await tokens('text.tex.latex', 'Menurut \\citet[hlm. 5]{sen1999, ansell2008} dan (Sen, 2014). % \\cite{old}')).toEqual([
      ['\\citet', 'support.function.cite.thesislint'],
      ['{', 'punctuation.definition.arguments.begin.thesislint'],
      ['sen1999', 'variable.other.citation.key.thesislint'],
      ['ansell2008', 'variable.other.citation.key.thesislint'],
      ['}', 'punctuation.definition.arguments.end.thesislint'],
      ['(', 'punctuation.definition.citation.begin.thesislint'],
      ['Sen', 'entity.name.type.citation.author.thesislint'],
      ['2014', 'constant.numeric.citation.year.thesislint'],
      [')', 'punctuation.definition.citation.end.thesislint'],
    ]);
  });
});
