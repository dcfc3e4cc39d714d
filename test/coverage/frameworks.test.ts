// The built-in framework data: every file fits the schema, and no phrase is listed twice or
// claimed by two dimensions of one framework (a phrase must point at one dimension).
import { describe, expect, it } from 'vitest';
import { builtinFrameworks, BUILTIN_FRAMEWORK_IDS } from '../../server/src/engine/frameworks/builtin';
import { frameworkSchema } from '../../server/src/engine/frameworks/schema';
import { wordsOf } from '../../server/src/engine/coverage/words';

const key = (phrase: string) =>
  wordsOf(phrase)
    .map((w) => w.text)
    .join(' ');

describe('built-in frameworks', () => {
  it('are the eleven frameworks of DOMAIN.md §6 and nine from outside public administration, each valid', () => {
    expect(builtinFrameworks().map((f) => f.id)).toEqual([
      'ansell-gash-2008',
      'emerson-nabatchi-balogh-2012',
      'edward-iii-1980',
      'van-meter-van-horn-1975',
      'grindle-1980',
      'mazmanian-sabatier-1983',
      'dunn-evaluation-criteria',
      'servqual',
      'putnam-social-capital',
      'pentahelix',
      'undp-good-governance-1997',
      'tam-davis-1989',
      'utaut-venkatesh-2003',
      'delone-mclean-2003',
      'kirkpatrick-four-levels',
      'balanced-scorecard',
      'mckinsey-7s',
      'porter-five-forces',
      'swot',
      'bloom-taxonomy',
    ]);
    expect(BUILTIN_FRAMEWORK_IDS).toEqual(builtinFrameworks().map((f) => f.id));
    for (const f of builtinFrameworks()) expect(frameworkSchema.safeParse(f).success, f.id).toBe(true);
  });

  it('give Ansell & Gash four variables and the five stages of the collaborative process', () => {
    const ansellGash = builtinFrameworks()[0];
    expect(ansellGash.dimensions.map((d) => [d.id, d.label.id, (d.dimensions ?? []).map((s) => s.id)])).toEqual([
      ['starting-conditions', 'kondisi awal', []],
      ['institutional-design', 'desain kelembagaan', []],
      ['facilitative-leadership', 'kepemimpinan fasilitatif', []],
      [
        'collaborative-process',
        'proses kolaboratif',
        ['face-to-face-dialogue', 'trust-building', 'commitment-to-process', 'shared-understanding', 'intermediate-outcomes'],
      ],
    ]);
  });

  it('list no phrase twice, and give no name to two dimensions of one framework', () => {
    const problems: string[] = [];
    for (const f of builtinFrameworks()) {
      const owner = new Map<string, string>();
      for (const d of f.dimensions.flatMap((d) => [d, ...(d.dimensions ?? [])])) {
        const own = [...d.names, ...d.variants, ...d.hints, ...d.exclude].map(key);
        own.forEach((p, i) => {
          if (own.indexOf(p) !== i) problems.push(`${f.id}/${d.id}: "${p}" listed twice`);
        });
        const labels = new Set([key(d.label.en), key(d.label.id)]);
        for (const p of [...d.names, ...d.variants].map(key)) if (labels.has(p)) problems.push(`${f.id}/${d.id}: "${p}" repeats a label`);
        const hints = new Set(d.hints.map(key));
        for (const p of new Set([...labels, ...d.names.map(key), ...d.variants.map(key)].filter((p) => !hints.has(p)))) {
          const other = owner.get(p);
          if (other && other !== d.id) problems.push(`${f.id}: "${p}" names both ${other} and ${d.id}`);
          owner.set(p, d.id);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the framework schema', () => {
  it('rejects unknown keys and ids that are not kebab-case, with the path', () => {
    const result = frameworkSchema.safeParse({ id: 'My Framework', name: 'X', dimension: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['id', 'expected a lower-case kebab-case id such as "starting-conditions"'],
      ['dimensions', 'expected an array of dimension objects'],
      ['', 'Unrecognized key: "dimension"'],
    ]);
  });

  it('rejects duplicate dimension ids', () => {
    const label = { en: 'a', id: 'a' };
    const result = frameworkSchema.safeParse({
      id: 'x',
      name: 'X',
      dimensions: [
        { id: 'a', label },
        { id: 'b', label, dimensions: [{ id: 'a', label }] },
      ],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['dimensions.1.dimensions.0.id', 'duplicate dimension id "a"']]);
  });
});
