// Reported tests: what is read from a sentence (every number's span and precision), the p and
// critical values recomputed with jstat (checked against published tables and R), and
// statcheck's verdicts on its own published test cases (MicheleNuijten/statcheck,
// tests/testthat/test_error.R, test-decisionerror.R, test-error.R, test-statcheck.R).
import { describe, expect, it } from 'vitest';
import { checkCritical, checkP, criticalValue, pRange, pValue } from '../../server/src/engine/stats/reportedTests/distributions';
import { extractTests, type ReportedTest } from '../../server/src/engine/stats/reportedTests/parse';
import { evaluateTest } from '../../server/src/engine/stats/reportedTests/evaluate';
import { determinationIssues } from '../../server/src/engine/stats/reportedTests/determination';
import { statText } from '../../server/src/engine/stats/reportedTests/statText';
import { ONE_TAILED_ANYWHERE } from '../../server/src/engine/stats/reportedTests/tokens';
import type { TextBlock } from '../../server/src/engine/model';

function round(x: number, d = 4): number {
  return Math.round(x * 10 ** d) / 10 ** d;
}

/** The findings for one text, as statcheck would see it (one-tailed wording anywhere counts). */
function verdicts(text: string, style: 'id' | 'en' = 'en') {
  const oneTailedInDocument = ONE_TAILED_ANYWHERE.test(text);
  return extractTests(text, style)
    .flatMap((t) => evaluateTest(t, { style, oneTailedInDocument }))
    .map((i) => ({ severity: i.severity, at: text.slice(i.start, i.end) }));
}

function brief(t: ReportedTest, text: string) {
  return {
    kind: t.kind,
    form: t.form,
    statistic: t.statistic && {
      text: text.slice(t.statistic.start, t.statistic.end),
      value: t.statistic.value,
      decimals: t.statistic.decimals,
      operator: t.statistic.operator,
    },
    df: t.df,
    p: t.p && { text: text.slice(t.p.start, t.p.end), value: t.p.value, decimals: t.p.decimals, operator: t.p.operator, label: t.p.label },
  };
}

describe('p and critical values (jstat, against published tables)', () => {
  it('recomputes two-tailed and upper-tail p', () => {
    expect(round(pValue('t', 2.2, { df1: 28 }))).toBe(0.0362);
    expect(round(pValue('F', 3.14, { df1: 2, df2: 57 }))).toBe(0.0509);
    expect(round(pValue('r', 0.31, { df1: 48 }))).toBe(0.0285);
    expect(round(pValue('chi2', 4.5, { df1: 1 }))).toBe(0.0339);
    expect(round(pValue('z', 1.96, {}))).toBe(0.05);
    expect(round(pValue('t', 2.2, { df1: 28 }, 1))).toBe(0.0181);
    // F with df1 > 1 is not halved by one-tailed testing.
    expect(round(pValue('F', 3.14, { df1: 2, df2: 57 }, 1))).toBe(0.0509);
  });

  it('gives the p range over the rounding interval of the statistic', () => {
    const r = pRange('t', { value: 2.2, decimals: 2, operator: '=' }, { df1: 28 }, 2);
    expect([round(r.low), round(r.point), round(r.high), round(r.statisticLow, 3), round(r.statisticHigh, 3)]).toEqual([0.0358, 0.0362, 0.0366, 2.195, 2.205]);
    const f = pRange('F', { value: 3.14, decimals: 2, operator: '=' }, { df1: 2, df2: 57 }, 2);
    expect([round(f.low), round(f.high)]).toEqual([0.0506, 0.0511]);
    const x = pRange('chi2', { value: 4.5, decimals: 1, operator: '=' }, { df1: 1 }, 2);
    expect([round(x.low), round(x.high)]).toEqual([0.0329, 0.0349]);
  });

  it('gives critical values at α = .05', () => {
    expect(round(criticalValue('t', 0.05, { df1: 30 }), 3)).toBe(2.042);
    expect(round(criticalValue('t', 0.05, { df1: 28 }), 3)).toBe(2.048);
    expect(round(criticalValue('t', 0.05, { df1: 28 }, 1), 3)).toBe(1.701);
    expect(round(criticalValue('F', 0.05, { df1: 2, df2: 57 }), 3)).toBe(3.159);
    expect(round(criticalValue('chi2', 0.05, { df1: 1 }), 3)).toBe(3.841);
    expect(round(criticalValue('r', 0.05, { df1: 28 }), 3)).toBe(0.361);
    expect(round(criticalValue('z', 0.05, {}), 3)).toBe(1.96);
  });

  it('accepts a table value rounded or truncated, and rows of sparse printed tables', () => {
    const t31 = (value: number, decimals = 3) => checkCritical('t', { value, decimals }, 0.05, { df1: 31 }, 'two');
    expect(t31(2.04).agrees).toBe(true); // 2.0395 rounded
    expect(t31(2.039).agrees).toBe(true); // truncated
    expect(t31(2.093).agrees).toBe(false);
    expect(t31(1.696)).toMatchObject({ agrees: false, oneTailedOnly: true });
    expect(checkCritical('t', { value: 1.696, decimals: 3 }, 0.05, { df1: 31 }, 'either').agrees).toBe(true);
    // df = 35 read from the df = 30 or 40 row of a printed table.
    expect(checkCritical('t', { value: 2.021, decimals: 3 }, 0.05, { df1: 35 }, 'two').agrees).toBe(true);
    expect(checkCritical('t', { value: 1.96, decimals: 2 }, 0.05, { df1: 200 }, 'two').agrees).toBe(true);
  });

  it('applies statcheck\'s rules for "=", "<" and ">"', () => {
    const t = (value: number, decimals: number) => ({ value, decimals, operator: '=' as const });
    expect(checkP('t', t(2.2, 2), { df1: 28 }, { value: 0.03, decimals: 2, operator: '=' }, 'two', 0.05)).toMatchObject({
      consistent: false,
      decisionError: false,
    });
    expect(checkP('t', t(2.2, 2), { df1: 28 }, { value: 0.06, decimals: 2, operator: '=' }, 'two', 0.05)).toMatchObject({
      consistent: false,
      decisionError: true,
    });
    expect(checkP('t', t(2.2, 2), { df1: 28 }, { value: 0.05, decimals: 2, operator: '<' }, 'two', 0.05).consistent).toBe(true);
    expect(checkP('t', t(2.2, 2), { df1: 28 }, { value: 0.03, decimals: 2, operator: '>' }, 'two', 0.05).consistent).toBe(true);
    expect(checkP('t', { value: 2.2, decimals: 2, operator: '>' }, { df1: 28 }, { value: 0.03, decimals: 2, operator: '=' }, 'two', 0.05).consistent).toBe(
      true,
    );
    expect(checkP('t', t(2.2, 2), { df1: 28 }, { value: 0.018, decimals: 3, operator: '=' }, 'either', 0.05)).toMatchObject({ consistent: true, tails: 1 });
  });
});

describe('extraction', () => {
  it('reads APA results with spans, precision and df', () => {
    const text =
      'Both differed, t(28) = 2.20, p = .03, and F(2, 57) = 3.14, p < .05; also r(48) = .31, p = .03, χ2(1, N = 90) = 4.5, p = .03 and z = 1.96, p = .05.';
    expect(extractTests(text, 'en').map((t) => brief(t, text))).toEqual([
      {
        kind: 't',
        form: 'apa',
        statistic: { text: '2.20', value: 2.2, decimals: 2, operator: '=' },
        df: { df1: 28 },
        p: { text: '.03', value: 0.03, decimals: 2, operator: '=', label: 'p' },
      },
      {
        kind: 'F',
        form: 'apa',
        statistic: { text: '3.14', value: 3.14, decimals: 2, operator: '=' },
        df: { df1: 2, df2: 57 },
        p: { text: '.05', value: 0.05, decimals: 2, operator: '<', label: 'p' },
      },
      {
        kind: 'r',
        form: 'apa',
        statistic: { text: '.31', value: 0.31, decimals: 2, operator: '=' },
        df: { df1: 48 },
        p: { text: '.03', value: 0.03, decimals: 2, operator: '=', label: 'p' },
      },
      {
        kind: 'chi2',
        form: 'apa',
        statistic: { text: '4.5', value: 4.5, decimals: 1, operator: '=' },
        df: { df1: 1 },
        p: { text: '.03', value: 0.03, decimals: 2, operator: '=', label: 'p' },
      },
      {
        kind: 'z',
        form: 'bare',
        statistic: { text: '1.96', value: 1.96, decimals: 2, operator: '=' },
        df: undefined,
        p: { text: '.05', value: 0.05, decimals: 2, operator: '=', label: 'p' },
      },
    ]);
  });

  it('reads Indonesian forms: decimal commas, semicolons, capital P, SPSS wording, df stated apart', () => {
    const apa = 'Hasil uji t(28) = 2,20; P = 0,03 menunjukkan perbedaan.';
    expect(extractTests(apa, 'id').map((t) => brief(t, apa))).toEqual([
      {
        kind: 't',
        form: 'apa',
        statistic: { text: '2,20', value: 2.2, decimals: 2, operator: '=' },
        df: { df1: 28 },
        p: { text: '0,03', value: 0.03, decimals: 2, operator: '=', label: 'P' },
      },
    ]);
    const spss = 'Diperoleh t hitung sebesar 2,20 dengan df = 28 dan nilai signifikansi 0,036 < 0,05 sehingga H0 ditolak.';
    const [t] = extractTests(spss, 'id');
    expect(brief(t, spss)).toEqual({
      kind: 't',
      form: 'hitung',
      statistic: { text: '2,20', value: 2.2, decimals: 2, operator: '=' },
      df: { df1: 28 },
      p: { text: '0,036', value: 0.036, decimals: 3, operator: '=', label: 'nilai signifikansi' },
    });
    expect(t.alphaComparison && { operator: t.alphaComparison.operator, alpha: t.alphaComparison.value.value }).toEqual({ operator: '<', alpha: 0.05 });
    expect(t.decisions.map((d) => ({ text: d.text, reject: d.reject }))).toEqual([{ text: 'H0 ditolak', reject: true }]);
    const tabel = 'Nilai t hitung 3,793 > t tabel 2,039 (df = 31) dan sig. 0,001 < 0,05.';
    const [h] = extractTests(tabel, 'id');
    expect({
      statistic: h.statistic?.value,
      critical: h.critical?.value,
      criticalText: tabel.slice(h.critical!.start, h.critical!.end),
      comparison: h.criticalComparison?.operator,
      df: h.df,
    }).toEqual({ statistic: 3.793, critical: 2.039, criticalText: '2,039', comparison: '>', df: { df1: 31 } });
    const chain = 'dengan df = n − k − 1 = 35 − 3 − 1 = 31 diperoleh t tabel 2,040.';
    expect(extractTests(chain, 'id')[0].df).toEqual({ df1: 31 });
    const worked = 'dengan df = 35 − 3 − 1 diperoleh t tabel 2,040.';
    expect(extractTests(worked, 'id')[0].df).toEqual({ df1: 31 });
    const notation = 'F hitung sebesar 6,635 > F tabel (0,05; 3; 96) = 2,699.';
    expect(extractTests(notation, 'id')[0].criticalNotation).toEqual({ alpha: 0.05, df: { df1: 3, df2: 96 } });
  });

  it('reads one-tailed wording and rules stated as conditions', () => {
    expect(extractTests('t(48) = 1,82; p < 0,05 (uji satu arah).', 'id')[0].tails).toBe(1);
    expect(extractTests('t(48) = 1.82, p = .07, two-tailed.', 'en')[0].tails).toBe(2);
    expect(extractTests('Jika nilai signifikansi < 0,05 maka H0 ditolak.', 'id')[0].conditional).toBe(true);
  });

  it('reads nothing that only looks like a test', () => {
    for (const text of [
      'Pada tahun t = 2019, p = 0,03 dari anggaran terserap.',
      't(2,28) = 2.20, p = .03',
      't(28) = 2.20, p = 1.03',
      'r(16) = 26.05, p = .10',
      ' z(28) = 2.20, p = .03',
      'QError(16) = .26, p = .10',
      'All the results were significant, all ps < .05 (see p. 01).',
      'Ukuran sampel dihitung dengan rumus Lemeshow, Z = 1,96; p = 0,5; q = 0,5.',
      'Benda bergerak selama t = 5 s dengan gaya F = 1,5 N.',
    ]) {
      expect(
        extractTests(text, 'id').filter((t) => t.statistic && t.p),
        text,
      ).toEqual([]);
    }
  });

  it('puts inline math back into the text with source offsets', () => {
    const source = 'Hasilnya $t(28) = 2{,}20$, $p = 0{,}03$.';
    // What the Markdown parser makes of it: each math span dropped.
    const block: TextBlock = {
      file: 'a.md',
      kind: 'paragraph',
      text: 'Hasilnya , .',
      offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 25, 26, 39, 40],
      start: 0,
      end: source.length,
    };
    const st = statText(block, source);
    expect(st.text).toBe('Hasilnya  t(28) = 2,20 ,  p = 0,03 .');
    const [t] = extractTests(st.text, 'id');
    expect(source.slice(st.offsets[t.p!.start], st.offsets[t.p!.end - 1] + 1)).toBe('0{,}03');
  });
});

describe("statcheck's published cases", () => {
  // tests/testthat/test_error.R "simple errors are classified as such": errors, not decision errors.
  it.each([
    ['t(28) = 2.20, p = .03', '.03'],
    ['F(2, 28) = 2.20, p = .15', '.15'],
    ['r(28) = .22, p = .26', '.26'],
    ['chi2(28) = 22.20, p = .79', '.79'],
    [' z = 2.20, p = .04', '.04'],
    ['F(2,45) = 5.81, p = .03', '.03'],
    ['F(2,45) = 4.10, p = .05', '.05'],
  ])('%s is an inconsistency (warning)', (text, at) => {
    expect(verdicts(text)).toEqual([{ severity: 'warning', at }]);
  });

  // tests/testthat/test-decisionerror.R, test-error.R: decision errors.
  it.each([
    ['t(28) = 2.20, p = .06', '.06'],
    ['t(28) = 1.20, p = .03', '.03'],
    ['F(2, 28) = 22.20, p = .06', '.06'],
    ['F(2, 28) = 2.20, p = .03', '.03'],
    ['r(28) = .22, p = .03', '.03'],
    ['r(28) = .52, p = .06', '.06'],
    ['chi2(28) = 2.20, p = .03', '.03'],
    ['chi2(28) = 52.20, p = .06', '.06'],
    [' z = 1.20, p = .03', '.03'],
    [' z = 2.20, p = .06', '.06'],
    ['t(28) = 2.20, p = .30', '.30'],
    ['The effect was very significant (t(48) = 1.02, p < .05)', '.05'],
    ['... t(48) = 1.82, p < .05', '.05'],
  ])('%s is a decision error (error)', (text, at) => {
    expect(verdicts(text)).toEqual([{ severity: 'error', at }]);
  });

  // "correctly rounded p-values are not considered errors"; one-tailed wording (OneTailedTxt).
  it.each([
    't(28) = 2, p = .02',
    't(28) = 2, p = .14',
    't(28) = 2.2, p = .03',
    't(28) = 2.2, p = .04',
    't(28) = 2.20, p = .036',
    't(28) = 2.20, p = .037',
    't(28) = 2.20, p = .018, one-tailed',
    't(28) = 2.20, p = .018, one-sided',
    't(28) = 2.20, p = .018, directional',
    '... t(48) = 1.82, p < .05, all tests were one-tailed.',
    'F(2, 45) = 2.81, p = .071',
  ])('%s is consistent', (text) => {
    expect(verdicts(text)).toEqual([]);
  });

  it('keeps a one-tailed p that is still wrong, and p = .000 as a note', () => {
    expect(verdicts('t(28) = 2.20, p = .018')).toEqual([{ severity: 'warning', at: '.018' }]);
    expect(verdicts('t(28) = 2.20, p = .01, one-tailed')).toEqual([{ severity: 'warning', at: '.01' }]);
    expect(verdicts('t(28) = 22.20, p = .000')).toEqual([{ severity: 'warning', at: '.000' }]);
    expect(verdicts('t(28) = 22.20, p < .000')).toEqual([{ severity: 'warning', at: '.000' }]);
  });

  it('gives the same verdicts in Indonesian renderings', () => {
    expect(verdicts('t(28) = 2,20; p = 0,03', 'id')).toEqual([{ severity: 'warning', at: '0,03' }]);
    expect(verdicts('t(28) = 2,20; P = 0,06', 'id')).toEqual([{ severity: 'error', at: '0,06' }]);
    expect(verdicts('F(2; 28) = 2,20; p = 0,15', 'id')).toEqual([{ severity: 'warning', at: '0,15' }]);
    expect(verdicts('Nilai t hitung sebesar 1,20 dengan df = 28 dan signifikansi 0,030.', 'id')).toEqual([{ severity: 'error', at: '0,030' }]);
    expect(verdicts('Nilai t hitung sebesar 2,20 dengan df = 28 dan signifikansi 0,036.', 'id')).toEqual([]);
    expect(verdicts('t(28) = 2,20; p = 0,018 (uji satu arah).', 'id')).toEqual([]);
  });

  it("writes the message with the numbers, in the author's decimal style", () => {
    const [i] = extractTests('t(28) = 2,20; p = 0,03', 'id').flatMap((t) => evaluateTest(t, { style: 'id', oneTailedInDocument: false }));
    expect(i.message).toBe('Reported p = 0,03 does not match t(28) = 2,20: two-tailed p = 0,036 (range 0,036–0,037 for t between 2,195 and 2,205)');
    expect(i.data).toEqual({
      statistic: { kind: 't', value: 2.2, decimals: 2, operator: '=' },
      df: { df1: 28 },
      reportedP: { operator: '=', value: 0.03, decimals: 2 },
      computed: { p: expect.closeTo(0.03623, 5), low: expect.closeTo(0.03584, 5), high: expect.closeTo(0.03662, 5) },
      tails: 'two',
    });
  });
});

describe('SPSS criteria and R²', () => {
  const id = (text: string) => verdicts(text, 'id');

  it('checks the t tabel for the df, the stated comparisons and the conclusion', () => {
    expect(id('Nilai t hitung 3,793 > t tabel 2,093 (df = 31).')).toEqual([{ severity: 'warning', at: '2,093' }]);
    expect(id('Nilai t hitung 3,793 > t tabel 2,040 (df = 31).')).toEqual([]);
    expect(id('Nilai t hitung 1,793 > t tabel 2,040 sehingga H0 ditolak.')).toEqual([{ severity: 'error', at: '2,040' }]);
    expect(id('Nilai signifikansi 0,081 < 0,05 sehingga H0 ditolak.')).toEqual([{ severity: 'error', at: '0,081' }]);
    expect(id('Nilai signifikansi 0,012 < 0,05 maka H0 diterima.')).toEqual([{ severity: 'error', at: '0,012' }]);
    expect(id('Nilai t hitung 1,500 < t tabel 2,040 dengan sig. 0,030 < 0,05.')).toEqual([{ severity: 'error', at: '0,030' }]);
    expect(id('Jika t hitung > t tabel atau sig < 0,05 maka H0 ditolak.')).toEqual([]);
  });

  it('checks R Square against its percentage, the remainder and R', () => {
    const at = (text: string) => determinationIssues(text, 'id').map((i) => text.slice(i.start, i.end));
    expect(at('Nilai R Square sebesar 0,477 atau 47,7%, sedangkan sisanya 52,3% dipengaruhi oleh variabel lain.')).toEqual([]);
    expect(at('Nilai R Square sebesar 0,477 atau 47,1%.')).toEqual(['47,1']);
    expect(at('R Square sebesar 0,477 yang berarti 47,7% variasi Y dijelaskan oleh X, sedangkan sisanya 53,3% dipengaruhi oleh variabel lain.')).toEqual([
      '53,3',
    ]);
    expect(at('Nilai R = 0,690 dan R Square 0,477.')).toEqual([]);
    expect(at('Nilai R = 0,690 dan R Square 0,500.')).toEqual(['0,500']);
    // Partial contributions after R²: one percentage that fits is enough.
    expect(at('R Square 0,440 berarti 44,0% variasi Y dijelaskan. Sumbangan efektif X1 sebesar 25,1% dan X2 sebesar 18,9%.')).toEqual([]);
  });
});
