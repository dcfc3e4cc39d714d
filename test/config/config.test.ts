// thesislint.json: found upward from the manuscript, validated whole, and every error names the
// key, says what is wrong and points at the key in the file.
import { describe, expect, it } from 'vitest';
import {
  checkManuscript,
  checkProject,
  findConfig,
  isConfigError,
  loadConfig,
  manuscriptFor,
  MemoryHost,
  type ConfigResult,
  type LoadedConfig,
} from '../../server/src/engine';

function error(result: ConfigResult | undefined) {
  if (!result || !isConfigError(result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

/** The text an error's offsets point at. */
function pointed(text: string, result: ConfigResult): string {
  const e = error(result);
  return text.slice(e.start, e.end);
}

describe('findConfig', () => {
  const host = new MemoryHost(
    new Map([
      ['/home/u/thesislint.json', '{"language": "en"}'],
      ['/home/u/skripsi/.thesislintrc.json', '{"language": "id"}'],
      ['/home/u/skripsi/bab/bab1.md', '# BAB I'],
      ['/home/u/other/bab1.md', '# BAB I'],
    ]),
  );

  it('takes the nearest file, looking upward from the manuscript', () => {
    expect(findConfig('/home/u/skripsi/bab', host)).toEqual({ path: '/home/u/skripsi/.thesislintrc.json', config: { language: 'id' }, frameworks: undefined });
    expect(findConfig('/home/u/other', host)).toEqual({ path: '/home/u/thesislint.json', config: { language: 'en' }, frameworks: undefined });
  });

  it('prefers thesislint.json to .thesislintrc.json in one folder, and stops at the root', () => {
    const both = new MemoryHost(
      new Map([
        ['/p/thesislint.json', '{}'],
        ['/p/.thesislintrc.json', '{"language": "id"}'],
      ]),
    );
    expect(findConfig('/p', both)).toEqual({ path: '/p/thesislint.json', config: {}, frameworks: undefined });
    expect(findConfig('/elsewhere/deep', new MemoryHost(new Map()))).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('accepts every key, resolving built-in and custom frameworks', () => {
    const text = JSON.stringify({
      language: 'id',
      files: ['bab1.md', 'bab2.md'],
      bibliography: ['pustaka.bib'],
      frameworks: [
        'edward-iii-1980',
        { id: 'pentahelix-plus', name: 'Hexahelix', dimensions: [{ id: 'lembaga-keuangan', label: { en: 'financial institutions', id: 'lembaga keuangan' } }] },
      ],
      severity: { 'coverage/conclusion-missing-dimension': 'info', 'citation/uncited-reference': 'off' },
      ignore: ['draft/**'],
    });
    const result = loadConfig('/p/thesislint.json', text) as LoadedConfig;
    expect(isConfigError(result)).toBe(false);
    expect(result.config.language).toBe('id');
    expect(result.frameworks?.map((f) => [f.id, f.dimensions.length])).toEqual([
      ['edward-iii-1980', 4],
      ['pentahelix-plus', 1],
    ]);
    // Optional lists of a custom framework are filled in by the schema.
    expect(result.frameworks?.[1].dimensions[0]).toEqual({
      id: 'lembaga-keuangan',
      label: { en: 'financial institutions', id: 'lembaga keuangan' },
      names: [],
      variants: [],
      hints: [],
      exclude: [],
    });
  });

  it('accepts comments', () => {
    expect(loadConfig('/p/thesislint.json', '{\n  // Indonesian thesis\n  "language": /* always */ "id"\n}')).toEqual({
      path: '/p/thesislint.json',
      config: { language: 'id' },
      frameworks: undefined,
    });
  });

  it('accepts trailing commas, as the editor does in the same file', () => {
    expect(loadConfig('/p/thesislint.json', '{\n  "language": "id",\n  "ignore": ["draft/**",],\n}')).toEqual({
      path: '/p/thesislint.json',
      config: { language: 'id', ignore: ['draft/**'] },
      frameworks: undefined,
    });
  });

  it('reports invalid JSON with its position', () => {
    const text = '{\n  "language": "id"\n  "files": []\n}';
    expect(error(loadConfig('/p/thesislint.json', text))).toEqual({
      path: '/p/thesislint.json',
      message: 'invalid JSON: expected "," at line 3, column 3',
      start: 23,
      end: 30,
    });
    expect(pointed(text, loadConfig('/p/thesislint.json', text))).toBe('"files"');
  });

  it('names an unknown key and the allowed ones, pointing at the key', () => {
    const text = '{\n  "language": "id",\n  "bibliograpy": ["a.bib"]\n}';
    const result = loadConfig('/p/thesislint.json', text);
    expect(error(result).message).toBe('bibliograpy: unknown key; allowed keys are language, files, bibliography, frameworks, severity, ignore');
    expect(error(result).key).toBe('bibliograpy');
    expect(pointed(text, result)).toBe('"bibliograpy"');
  });

  it('names the nested key of a malformed custom framework', () => {
    const framework = {
      id: 'kinerja',
      name: 'Kinerja organisasi (Dwiyanto)',
      dimensions: [
        { id: 'produktivitas', label: { en: 'productivity', id: 'produktivitas' } },
        { id: 'kualitas-layanan', label: { en: 'service quality', id: 'kualitas layanan' } },
        { id: 'responsivitas', label: { en: 'responsiveness', id: 'responsivitas' }, names: 'daya tanggap' },
      ],
    };
    const text = JSON.stringify({ frameworks: [framework] }, null, 2);
    const result = loadConfig('/p/thesislint.json', text);
    expect(error(result).message).toBe('frameworks[0].dimensions[2].names: expected an array of strings, got the string "daya tanggap"');
    expect(error(result).key).toBe('frameworks[0].dimensions[2].names');
    expect(pointed(text, result)).toBe('"names"');
  });

  it('says what is missing and what an enum allows', () => {
    expect(error(loadConfig('/p/t.json', '{"frameworks": [{"id": "x", "name": "X"}]}')).message).toBe(
      'frameworks[0].dimensions: missing; expected an array of dimension objects',
    );
    expect(error(loadConfig('/p/t.json', '{"language": "jv"}')).message).toBe('language: expected "id", "en" or "auto", got the string "jv"');
    expect(error(loadConfig('/p/t.json', '{"frameworks": [12]}')).message).toBe(
      'frameworks[0]: expected a built-in framework id (a string) or a framework object, got the number 12',
    );
  });

  it('rejects unknown built-in ids, a custom framework that takes a built-in id, and unknown codes', () => {
    expect(error(loadConfig('/p/t.json', '{"frameworks": ["edward-3"]}')).message).toBe(
      'frameworks[0]: unknown built-in framework "edward-3"; built-in frameworks are ansell-gash-2008, emerson-nabatchi-balogh-2012, edward-iii-1980, van-meter-van-horn-1975, grindle-1980, mazmanian-sabatier-1983, dunn-evaluation-criteria, servqual, putnam-social-capital, pentahelix, undp-good-governance-1997, tam-davis-1989, utaut-venkatesh-2003, delone-mclean-2003, kirkpatrick-four-levels, balanced-scorecard, mckinsey-7s, porter-five-forces, swot, bloom-taxonomy',
    );
    expect(
      error(loadConfig('/p/t.json', '{"frameworks": [{"id": "servqual", "name": "Mine", "dimensions": [{"id": "a", "label": {"en": "a", "id": "a"}}]}]}'))
        .message,
    ).toBe('frameworks[0].id: "servqual" is a built-in framework; write the id alone to use it, or give your own framework another id');
    const text = '{"severity": {"citation/year-mismath": "off"}}';
    const result = loadConfig('/p/t.json', text);
    expect(error(result).message).toBe('severity["citation/year-mismath"]: unknown finding code; did you mean "citation/year-mismatch"?');
    expect(pointed(text, result)).toBe('"citation/year-mismath"');
  });

  it('reports the first problem in the file and counts the rest', () => {
    const text = '{"language": "xx", "files": "a.md", "ignore": [1]}';
    expect(error(loadConfig('/p/t.json', text)).message).toBe('language: expected "id", "en" or "auto", got the string "xx" (and 2 more problems)');
  });
});

describe('the engine with a configuration', () => {
  it('applies severities from the file; the command line overrides them', () => {
    const manuscript =
      '# Bab I\n\nSebagaimana dinyatakan oleh Sen (2024), kemiskinan itu multidimensi.\n\n# Daftar Pustaka\n\nSen, A. (2014). *Development as freedom*. Knopf.\n';
    const host = new MemoryHost(new Map([['/p/a.md', manuscript]]));
    const config = loadConfig('/p/thesislint.json', '{"severity": {"citation/year-mismatch": "hint"}}') as LoadedConfig;
    const spec = manuscriptFor('/p/a.md', host);
    expect(checkManuscript(spec, host).findings.map((f) => [f.code, f.severity])).toEqual([['citation/year-mismatch', 'error']]);
    const withFile = new MemoryHost(
      new Map([
        ['/p/a.md', manuscript],
        ['/p/thesislint.json', JSON.stringify(config.config)],
      ]),
    );
    expect(checkProject(spec, withFile).findings.map((f) => [f.code, f.severity])).toEqual([['citation/year-mismatch', 'hint']]);
    expect(
      checkProject(spec, withFile, { overrides: { severity: { 'citation/year-mismatch': 'warning' } } }).findings.map((f) => [f.code, f.severity]),
    ).toEqual([['citation/year-mismatch', 'warning']]);
  });
});
