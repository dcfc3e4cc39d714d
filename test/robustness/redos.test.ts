// Every regular expression of the engine is checked for catastrophic backtracking with recheck
// (https://makenowjust-labs.github.io/recheck/): exponential and polynomial ones alike.
//
// Collected two ways: every regex literal in server/src/engine/**/*.ts (TypeScript's parser),
// and every `new RegExp(…)` the engine's modules build when they load (RegExp is wrapped while
// they are imported). A `new RegExp` inside a function cannot be observed that way: each such
// site must be listed in RUNTIME_SITES with the reason it is safe.
//
// recheck takes from milliseconds to seconds per pattern, so its verdicts are kept in
// redos-verdicts.json, keyed by the exact pattern and flags: only new or changed patterns are
// checked here (with recheck's fastest backend available: its native binary, else the pure-JS
// one). `REDOS_UPDATE=1 npx vitest run test/robustness/redos.test.ts` re-checks everything and
// rewrites the file; `REDOS_RECORD=1` checks only the new patterns and adds their verdicts (new
// patterns left unrecorded make every run check them again, blocking its worker for minutes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ENGINE = path.join(REPO, 'server/src/engine');
const VERDICTS = fileURLToPath(new URL('./redos-verdicts.json', import.meta.url));
const UPDATE = process.env.REDOS_UPDATE === '1';
const RECORD = UPDATE || process.env.REDOS_RECORD === '1';
const TIMEOUT_MS = 20_000;

interface Pattern {
  file: string;
  line?: number;
  source: string;
  flags: string;
}

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  attack?: string;
  error?: string;
}

/**
 * Vulnerable patterns that are accepted: each is only ever run on a short, bounded slice of text,
 * so its polynomial worst case stays microseconds.
 */
const BOUNDED: { file: string; source: string; reason: string }[] = [
  {
    file: 'server/src/engine/stats/analysis.ts',
    source: String.raw`(?:^|[^\p{L}])n\s*=\s*$`,
    reason: 'STATISTIC_CUES: tested on the 40 characters before a number',
  },
  {
    file: 'server/src/engine/stats/analysis.ts',
    source: String.raw`(?:^|[^\p{L}])t[-\s]?(?:statistics?|stat|hitung|value|count|values?)\b[^\d]{0,20}$|(?:^|[^\p{L}])t\s*(?:\([^)]*\))?\s*=\s*$`,
    reason: 'STATISTIC_CUES: tested on the 40 characters before a number',
  },
  {
    file: 'server/src/engine/stats/analysis.ts',
    source: String.raw`(?:^|[^\p{L}])(?:p[-\s]?values?|sig(?:nifikansi|\.)?|nilai\s+p|probabilit(?:as|y))\b[^\d]{0,20}$|(?:^|[^\p{L}])p\s*=\s*$`,
    reason: 'STATISTIC_CUES: tested on the 40 characters before a number',
  },
  {
    file: 'server/src/engine/stats/analysis.ts',
    source: String.raw`(?:^|[^\p{L}])f[-\s]?(?:hitung|statistic|value)\b[^\d]{0,20}$|(?:^|[^\p{L}])F\s*(?:\([^)]*\))?\s*=\s*$`,
    reason: 'STATISTIC_CUES: tested on the 40 characters before a number',
  },
  {
    file: 'server/src/engine/stats/analysis.ts',
    source: String.raw`(?:^|[^\p{L}])vif\b[^\d]{0,20}$`,
    reason: 'STATISTIC_CUES: tested on the 40 characters before a number',
  },
  {
    file: 'server/src/engine/stats/sentence.ts',
    source: String.raw`^(?:[-‑]\p{L})|^\s*(?:[-–—]\s*\d|\]|=\s*(?:sangat|baik|cukup|kurang|tinggi|rendah|sedang|very|good|fair|poor|high|low)|(?:threshold|cut-?off|criterion|criteria|benchmark)\b|(?:sebagai\s+)?(?:ambang|batas)\b|%?\s*(?:confidence|kepercayaan|significance|signifikansi)\b|[×x]\s*\d|(?:%\s*)?(?:ke\s*bawah|ke\s*atas|atau\s+(?:kurang|lebih)|or\s+(?:less|more|fewer|below|above|higher|lower)|and\s+(?:below|above|under|over))\b)`,
    reason: 'NOT_A_QUANTITY_AFTER: tested on the 24 characters after a number',
  },
  {
    file: 'server/src/engine/citations/authorYear.ts',
    source: String.raw`^(.+?)\s+(?:dalam|in|cited in|as cited in|sebagaimana dikutip(?:\s+dalam)?|dikutip(?:\s+dalam|\s+dari)?)\s+(.+)$`,
    reason: 'parseNameList returns early for author texts over 250 characters',
  },
  {
    file: 'server/src/engine/numbers/parse.ts',
    source: String.raw`(?:\b(?:t|f|r|z|p|q|b|β|sig|signifikansi|nilai|koefisien|coefficient|hitung|tabel|r\s?square|r2|r²|adjusted|mean|rata-rata|sd|se|std|alpha|alfa|α|chi|χ2|χ²|df|cronbach|korelasi|correlation)\.?\s*(?:\([^)]*\))?\s*(?:[=<>≤≥:]|sebesar|adalah|of|is|was)?\s*)$`,
    reason: 'tested on the 40 characters before a number',
  },
  {
    file: 'server/src/engine/stats/sentence.ts',
    source: String.raw`(?:\b(?:tabel|table|tab|gambar|figure|fig|grafik|bab|chapter|lampiran|appendix|pasal|ayat|no|nomor|number|halaman|hlm|hal|page|pp?|section|bagian|subbab|persamaan|equation|rumus|versi|version|tahap|langkah|step|skenario|scenario|item|butir|soal|pertanyaan|question|sprint|minggu|week|hari|day|bulan|month|kelas|grade|semester|level|model|sesi|session|pertemuan|siklus|cycle|responden|respondent|iterasi|iteration|epoch|fold|k)\.?\s*~?|\b(?:p|sig|df|db|dk|α|alpha|alfa)\s*(?:\([^)]*\))?\s*[=<>≤≥]|[<>≤≥]\s*=?|\bke[-‑]|(?:lebih|kurang)\s+(?:dari|besar\s+dari|kecil\s+dari)|(?:more|less|greater|smaller)\s+than|melebihi|melampaui|exceed(?:s|ed|ing)?|(?:di\s+atas|di\s+bawah|minimal|maksimal|at\s+least|at\s+most|above|below|batas(?:\s+(?:minimum|minimal|maksimum|maksimal))?|threshold|cut[-\s]?off|kriteria|standar|ambang(?:\s+batas)?)\s*(?:nilai\s*)?|\b(?:tingkat|taraf)\s+(?:signifikansi|signifikan|kesalahan|nyata|kepercayaan)\s*(?:sebesar\s*)?|\b(?:significance\s+level|level\s+of\s+significance)\s*(?:of\s*)?|\d\s*[×x]\s*|[×*÷]\s*|(?:\bke[-‑]?\d+|\bperingkat\s+\d+|\brank(?:ed)?\s+\d+|\d+(?:st|nd|rd|th))\s+(?:dari|of|out\s+of)\s*)\s*$`,
    reason: 'NOT_A_QUANTITY_BEFORE: tested on the 30 characters before a number',
  },
  {
    file: 'server/src/engine/stats/sentence.ts',
    source: String.raw`(?:\b(?:19|20)\d\d[a-z]?\s*[:,]\s*(?:hlm\.?|hal\.?|p\.?|pp\.?)?\s*|\[\s*)$`,
    reason: 'CITATION_PAGE_BEFORE: tested on the 40 characters before a number',
  },
  {
    file: 'server/src/engine/citations/authorYear.ts',
    source: String.raw`^(.*?)[,\s]\s*((?:(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|t\.\s?t\.|tanpa tahun)(?:\s*[,;]\s*(?:(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|t\.\s?t\.|tanpa tahun))*)(?:\s*[:,]\s*(?:(?:hlm|hal|halaman|p|pp|page|pages|h)\.?\s*)?[0-9ivxlc]+(?:\s*[-–]\s*[0-9ivxlc]+)?)?(?:\s*,\s*[“"][^”"]*[”"])?\s*$`,
    reason: 'YEARS_AT_END: run on one part of a parenthesis of at most 400 characters',
  },
];

/**
 * Vulnerable patterns in code other people are writing right now, reported to them (with a
 * suggested fix) rather than changed here. Delete an entry once its pattern is fixed.
 */
const REPORTED: { file: string; source: string }[] = [
  // Still open: each has a large bounded repetition ({0,40}, {0,30}, {1,300}), so recheck uses its
  // fuzz checker and reports a polynomial; matching is linear in practice (at most the bound per
  // start), but no rewrite that recheck accepts and that provably keeps the behaviour was found yet.
  {
    file: 'server/src/engine/stats/reportedTests/determination.ts',
    source: String.raw`(?<![\p{L}\p{N}])(?:(?<adj>adjusted|adj\.?)\s*)?(?:R\s?[-_]?\s?(?:square[d]?|sq\.?|kuadrat)|R\s?\^?\s?[2²]\^?(?![\p{N}])|(?:koefisien\s+determinasi|coefficient\s+of\s+determination)(?:\s*\((?<adj2>adjusted\s+|adj\.?\s*)?(?:R\s?[-_]?\s?(?:square[d]?|kuadrat)|R\s?\^?\s?[2²]\^?|KD)\))?)(?:\s*\((?<adj3>adj(?:usted)?)\))?(?<gap>[^\d\n%]{0,40}?)(?<num>[-−]?(?:\d+(?:[.,]\d+)?|[.,]\d+))(?<pct>\s?%)?`,
  },
  {
    file: 'server/src/engine/stats/reportedTests/determination.ts',
    source: String.raw`(?:sisanya|sisa|selebihnya|remaining|the\s+rest|residual|remainder|100\s?%?\s*[-−–]\s*\d+(?:[.,]\d+)?\s?%?\s*\)?\s*=)[^.;%\d]{0,30}$`,
  },
  { file: 'server/src/engine/stats/reportedTests/statText.ts', source: String.raw`\\\$|\$\$[^$]{0,2000}\$\$|\$([^$\n]{1,300})\$|\\\(([^]{1,300}?)\\\)` },
];

/** `new RegExp` inside functions, which only run on real input: why each is safe. */
const RUNTIME_SITES: { file: string; startsWith: string; reason: string }[] = [
  {
    file: 'server/src/engine/editing/quickFixes.ts',
    startsWith: 'new RegExp(`(?<![\\\\p{L}\\\\p{N}])${escaped}',
    reason: 'an escaped literal between lookarounds: linear',
  },
];

function engineFiles(dir = ENGINE): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...engineFiles(file));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(file);
  }
  return out.sort();
}

const rel = (file: string) => path.relative(REPO, file).split(path.sep).join('/');

/** Regex literals, and the `new RegExp`/`RegExp(…)` sites (module level or inside a function). */
function scanSources(): { literals: Pattern[]; sites: { file: string; text: string; inFunction: boolean }[] } {
  const literals: Pattern[] = [];
  const sites: { file: string; text: string; inFunction: boolean }[] = [];
  for (const file of engineFiles()) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, inFunction: boolean): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        literals.push({
          file: rel(file),
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
        });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        sites.push({ file: rel(file), text: node.getText().replace(/\s+/g, ' '), inFunction });
      }
      const nested = inFunction || ts.isFunctionLike(node);
      ts.forEachChild(node, (child) => visit(child, nested));
    };
    visit(source, false);
  }
  return { literals, sites };
}

/** The patterns engine modules build with `new RegExp` while they load. */
async function loadTimePatterns(): Promise<{ patterns: Pattern[]; failures: string[] }> {
  const Original = globalThis.RegExp;
  const patterns: Pattern[] = [];
  const note = (re: RegExp) => {
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    const frame = frames.find((f) => !f.includes('redos.test.ts'));
    const at = frame && /(\/[^\s():]*\/server\/src\/engine\/[^\s():]+\.ts)/.exec(frame.replace(/\\/g, '/'));
    if (at) patterns.push({ file: rel(at[1]), source: re.source, flags: re.flags });
  };
  const wrapped: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === wrapped ? target : newTarget) as RegExp;
      note(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      note(re);
      return re;
    },
  });
  const failures: string[] = [];
  globalThis.RegExp = wrapped;
  try {
    for (const file of engineFiles()) {
      try {
        await import(/* @vite-ignore */ file);
      } catch (error) {
        failures.push(`${rel(file)} could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return { patterns, failures };
}

const keyOf = (p: { source: string; flags: string }) => `/${p.source}/${p.flags}`;

interface VerdictFile {
  recheck: string;
  verdicts: Record<string, Verdict>;
}

function recheckVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
}

async function verdictOf(pattern: Pattern): Promise<Verdict> {
  const { check } = await import('recheck');
  const result = await check(pattern.source, pattern.flags, { timeout: TIMEOUT_MS });
  if (result.status === 'vulnerable') {
    return {
      status: 'vulnerable',
      complexity: `${result.complexity.type}${'degree' in result.complexity ? ` (degree ${result.complexity.degree})` : ''}`,
      attack: result.attack.pattern,
    };
  }
  if (result.status === 'unknown') return { status: 'unknown', error: result.error.kind };
  return { status: 'safe', complexity: result.complexity.type };
}

describe('regular expressions of the engine', () => {
  it('none backtracks catastrophically', { timeout: 600_000 }, async () => {
    const { literals, sites } = scanSources();
    const loaded = await loadTimePatterns();
    expect(loaded.failures).toEqual([]);

    // Every `new RegExp` inside a function is reviewed; every module-level one was observed.
    const unreviewed = sites.filter((s) => s.inFunction && !RUNTIME_SITES.some((r) => r.file === s.file && s.text.startsWith(r.startsWith)));
    expect(
      unreviewed.map((s) => `${s.file}: ${s.text.slice(0, 120)}`),
      'new RegExp inside a function: add it to RUNTIME_SITES with why it is safe',
    ).toEqual([]);
    const unobserved = [...new Set(sites.filter((s) => !s.inFunction).map((s) => s.file))].filter(
      (file) => loaded.patterns.filter((p) => p.file === file).length < sites.filter((s) => !s.inFunction && s.file === file).length,
    );
    expect(unobserved, 'module-level new RegExp that did not run when its module loaded').toEqual([]);

    const all = new Map<string, Pattern[]>();
    for (const p of [...literals, ...loaded.patterns]) {
      const list = all.get(keyOf(p)) ?? [];
      list.push(p);
      all.set(keyOf(p), list);
    }

    const version = recheckVersion();
    const stored: VerdictFile = fs.existsSync(VERDICTS) ? (JSON.parse(fs.readFileSync(VERDICTS, 'utf8')) as VerdictFile) : { recheck: version, verdicts: {} };
    const known = !UPDATE && stored.recheck === version ? stored.verdicts : {};
    const verdicts: Record<string, Verdict> = {};
    for (const [key, places] of all) verdicts[key] = known[key] ?? (await verdictOf(places[0]));
    if (RECORD) {
      const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => a.localeCompare(b)));
      fs.writeFileSync(VERDICTS, JSON.stringify({ recheck: version, verdicts: sorted }, null, 1) + '\n');
    }

    // Every exception still names a pattern or a site of the engine: none outlives its code.
    const stale = [
      ...[...BOUNDED, ...REPORTED]
        .filter((a) => ![...all.values()].some((places) => places.some((p) => p.file === a.file && p.source === a.source)))
        .map((a) => `${a.file}: ${a.source.slice(0, 60)}`),
      ...RUNTIME_SITES.filter((r) => !sites.some((s) => s.file === r.file && s.text.startsWith(r.startsWith))).map((r) => `${r.file}: ${r.startsWith}`),
    ];
    expect(stale, 'exceptions whose pattern or site is gone: delete them').toEqual([]);

    const accepted = (p: Pattern) => [...BOUNDED, ...REPORTED].some((a) => a.file === p.file && a.source === p.source);
    const problems: string[] = [];
    for (const [key, places] of all) {
      const verdict = verdicts[key];
      if (verdict.status === 'safe') continue;
      for (const place of places) {
        if (verdict.status === 'vulnerable' && accepted(place)) continue;
        problems.push(
          `${place.file}${place.line ? `:${place.line}` : ''} ${key}: ${verdict.status} ${verdict.complexity ?? verdict.error ?? ''}${verdict.attack ? `, e.g. ${verdict.attack}` : ''}`,
        );
      }
    }
    expect(problems).toEqual([]);
    expect(all.size).toBeGreaterThan(300);
  });
});
