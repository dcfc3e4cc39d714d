// A figure compared with a criterion in its own sentence: "Cronbach's Alpha sebesar 0,582 > 0,60",
// "AVE (0.418) is above the 0.50 threshold", "nilai VIF 12,4 kurang dari 10", "KMO 0,45 di atas
// 0,50". The comparison word (or sign) must agree with the two numbers: a student who writes
// "0,582 > 0,60 sehingga reliabel" has drawn the conclusion from a comparison that is false.
//
// Read only where the two numbers stand in one tight phrase — the figure, at most a few linking
// words, the comparison, at most a few words naming the criterion, the criterion — so that both
// numbers are of one measure. Comparisons of a test statistic with its table value or of a p with
// α are the reported tests' (reportedTests/evaluate.ts) and are left to them.
import type { NumberToken } from '../numbers/parse';
import type { Polarity, SentenceFacts } from './sentence';

export interface ThresholdComparison {
  /** The comparison word or sign, in the sentence's offsets. */
  start: number;
  end: number;
  word: string;
  said: Polarity;
  /** Whether the comparison allows equality (≥, "minimal", "tidak melebihi"). */
  inclusive: boolean;
  subject: NumberToken;
  criterion: NumberToken;
  agrees: boolean;
}

// The comparison, with the polarity it states of the figure against the criterion.
const ABOVE =
  /^(?:>=?|≥|lebih\s+(?:(?:besar|tinggi|banyak)\s+)?(?:dari(?:pada)?|ketimbang)|melebihi|melampaui|di\s*atas|(?:greater|higher|larger|more)\s+than|above|exceed(?:s|ed|ing)?)$/iu;
const BELOW =
  /^(?:<=?|≤|lebih\s+(?:kecil|rendah|sedikit)\s+(?:dari(?:pada)?|ketimbang)|kurang\s+dari|di\s*bawah|(?:less|lower|smaller|fewer)\s+than|below|(?:falls?|fell|lies|lay)\s+(?:below|short\s+of))$/iu;
const COMPARISON =
  /(?:>=?|≥|<=?|≤|lebih\s+(?:(?:besar|tinggi|banyak|kecil|rendah|sedikit)\s+)?(?:dari(?:pada)?|ketimbang)|melebihi|melampaui|kurang\s+dari|di\s*atas|di\s*bawah|(?:greater|higher|larger|more|less|lower|smaller|fewer)\s+than|above|below|exceed(?:s|ed|ing)?|(?:falls?|fell|lies|lay)\s+(?:below|short\s+of))(?![\p{L}])/iu;
const COMPARISONS = new RegExp(COMPARISON.source, 'giu');
/** Between the figure and the comparison: a closing bracket or unit sign, and linking words only. */
const LINK =
  /^[\s)\]%*]*(?:,\s*)?(?:(?:yang|masih|sudah|telah|berada|adalah|nilainya|jauh|sedikit|is|was|are|were|which|still|well|clearly|thus|also|juga|tetap|remains?|remained|lies|lay|falls?|fell|rose|rises|risen|stood|stands|sits|sat|naik|turun)\s+){0,3}$/iu;
/** Between the comparison and the criterion: words naming a criterion only ("r tabel (0,361 …)" too). */
const CRITERION_WORDS =
  /^[\s(]*(?:(?:the|a|an|its|nilai|batas|ambang|minimum|minimal|maksimum|maksimal|recommended|suggested|acceptable|required|conventional|standard|standar|kriteria|criterion|threshold|cut-?off|value|level|limit|of|yang|disarankan|direkomendasikan|ditetapkan|dipersyaratkan|syarat|acuan|benchmark|[rtf][-\s]?(?:tabel|table|kritis|critical)|critical|kritis)(?:[\s(]+|\s*[:=]\s*\(?|$)){0,5}$/iu;
/** A negation right before the comparison turns it round ("tidak lebih dari 10" is at most 10). */
const NEGATION = /(?:^|\s)(?:tidak|tak|belum|not|never|no)\s*$/iu;
/** Around either number: a test statistic and its table value, or a p and α — the reported tests read those. */
const TEST_WORDS =
  /hitung|tabel|\btable\b|\bcount\b|kritis|critical|\bsig\b|signifikan|significan|p[\s-]*values?|\b[ptFrzZ]\s*[=<>≤≥(]|χ|chi|taraf|α\s?=\s?0?[.,]0/iu;

export function thresholdComparisons(facts: SentenceFacts): ThresholdComparison[] {
  const text = facts.text;
  if (!COMPARISON.test(text)) return [];
  const numbers = [
    ...facts.quantities.map((q) => ({ n: q.number, quantity: q.role === 'level' })),
    ...facts.criteria.map((n) => ({ n, quantity: false })),
  ].sort((a, b) => a.n.start - b.n.start);
  const out: ThresholdComparison[] = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    const { n: subject, quantity } = numbers[i];
    const criterion = numbers[i + 1].n;
    if (!quantity || subject.percent !== criterion.percent || subject.value === criterion.value) continue;
    // "Rp 5.000 … 3": a sum of money and a plain figure are not compared (a unit word after the figure fails LINK).
    if (subject.currency !== criterion.currency) continue;
    const gap = text.slice(subject.end, criterion.start);
    if (gap.length > 80 || /\d/.test(gap) || /[;:]|\.\s/.test(gap)) continue;
    const m = COMPARISON.exec(gap);
    if (!m) continue;
    const before = gap.slice(0, m.index);
    const after = gap.slice(m.index + m[0].length);
    const word = m[0];
    if (!LINK.test(before.replace(NEGATION, '')) || !CRITERION_WORDS.test(after)) continue;
    // "= 696, < .001": a sign after a comma opens the next item of a list (a p whose symbol was lost), not a comparison.
    if (/^[<>≤≥]/.test(word) && before.includes(',')) continue;
    if (/^\s*(?:kali|times|x)\b/iu.test(gap)) continue;
    const around = text.slice(Math.max(0, subject.start - 40), criterion.end + 12);
    if (TEST_WORDS.test(around)) continue;
    const negated = NEGATION.test(before);
    const above = ABOVE.test(word.replace(/\s+/g, ' '));
    if (!above && !BELOW.test(word.replace(/\s+/g, ' '))) continue;
    const said: Polarity = above !== negated ? 'up' : 'down';
    const inclusive = negated || /=|≥|≤/.test(word);
    const difference = subject.value - criterion.value;
    const negation = negated ? (NEGATION.exec(before)?.[0].trimStart() ?? '') : '';
    out.push({
      start: subject.end + m.index - negation.length,
      end: subject.end + m.index + word.length,
      word: negation + word,
      said,
      inclusive,
      subject,
      criterion,
      agrees: said === 'up' ? difference > 0 : difference < 0,
    });
  }
  return out;
}

export interface StatedCriterion {
  /** The comparison word, in the sentence's offsets. */
  start: number;
  end: number;
  word: string;
  said: Polarity;
  inclusive: boolean;
  criterion: NumberToken;
}

/**
 * Every comparison with a criterion the sentence states, whatever stands before it: "semua
 * indikator memiliki nilai korelasi yang lebih besar dari 0,260", "all loadings exceeded 0.70".
 * The figures compared are found by the caller (the cells of a column the sentence names); with
 * `tests`, also criteria of test statistics and p ("semua nilai r hitung lebih besar dari 0,260":
 * a column of them, which no reported test reads).
 */
export function statedCriteria(facts: SentenceFacts, tests = false): StatedCriterion[] {
  const text = facts.text;
  if (!COMPARISON.test(text)) return [];
  const out: StatedCriterion[] = [];
  const numbers = [...facts.quantities.map((q) => q.number), ...facts.criteria].sort((a, b) => a.start - b.start);
  for (const criterion of numbers) {
    const lead = text.slice(Math.max(0, criterion.start - 60), criterion.start);
    // The last comparison word before the criterion, with only a criterion's words between.
    let m: RegExpExecArray | null = null;
    for (const found of lead.matchAll(COMPARISONS)) m = found;
    if (!m || !CRITERION_WORDS.test(lead.slice(m.index + m[0].length))) continue;
    const at = criterion.start - lead.length + m.index;
    if (!tests && TEST_WORDS.test(text.slice(Math.max(0, at - 40), criterion.end + 12))) continue;
    const word = m[0].replace(/\s+/g, ' ');
    const above = ABOVE.test(word);
    if (!above && !BELOW.test(word)) continue;
    const negated = NEGATION.test(text.slice(Math.max(0, at - 12), at));
    out.push({ start: at, end: at + m[0].length, word: m[0], said: above !== negated ? 'up' : 'down', inclusive: negated || /=|≥|≤/.test(word), criterion });
  }
  return out;
}
