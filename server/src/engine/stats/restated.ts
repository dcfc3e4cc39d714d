// The same figure stated twice, differently: "jumlah penduduk miskin Sragen 2021 … 983.641 jiwa"
// in one paragraph and "938.641 jiwa pada 2021" in the next; "R Square sebesar 0,477" in the
// results and "0,471" in the conclusion. A statement is a number with what it measures (the
// content words before it in its clause, or the sentence's subject), the place it is about and
// the year it is for; two statements of one measure, place, year and unit must agree at the
// coarser of their precisions. Statements without a year are compared only for the statistics a
// manuscript states once (R², Cronbach's α, KMO, …). Besides, statements under the same words right
// before the number (slipKey) with exactly two values one slip of the pen apart are one figure
// miswritten once (analysis.ts slippedRestatements says which of them).
import type { Span } from '../model';
import type { NumberToken } from '../numbers/parse';
import { agreesAtPrecision } from '../numbers/parse';
import { tokenize, type Token } from './labels';
import type { SentenceFacts } from './sentence';

export interface Statement {
  span: Span;
  number: NumberToken;
  sentence: string;
  measure: string[];
  /** The measure's words as written ("penduduk miskin"). */
  measureText: string;
  place?: string;
  /** The place as written ("Wonogiri"). */
  placeText?: string;
  year?: number;
  /** Which part of the manuscript (for messages). */
  section: number;
  /** 1 in the abstract, 2 in the conclusion, 0 in the body. */
  part: number;
  /** Proper names of its clause ("Bank Mandiri", "BRI"): two statements about different names are two figures. */
  names: string[];
  /**
   * The words right before it, lower-cased, back to its second content word, numbers and
   * one-letter words included ("… siklus II ketuntasan belajar mencapai 78,4%" → "ketuntasan belajar
   * mencapai"); empty when the measure is the sentence's subject. See slipKey.
   */
  lead: string;
  /** The proper names of its clause before it (a citation after the figure names no other figure). */
  namesBefore: string[];
  /** The sentence's numbers before it, as written ("dk = 38 … t tabel 1,686" → "38"): what the figure depends on. */
  before: string;
  /** The paragraph it stands in (file and offset), set by the analysis: a slip is read only across paragraphs. */
  paragraph?: string;
}

/** Words that say how a number is reported, not what it measures. */
const FILLER = new Set(
  (
    'tahun pada catat tercatat sebesar besar menjadi capai mencapai adalah yaitu yakni dengan angka sekitar banyak sebanyak kembali naik turun meningkat ' +
    'menurun tingkat alam mengalami hanya lebih tinggi rendah masih tetap berada terdapat diperoleh peroleh dapat nilai hasil menunjukkan tunjuk ' +
    'menunjukan sedangkan namun kemudian ini itu tersebut sebanyak jumlahnya year was were is are reached stood rose fell about approximately around ' +
    'value values showed obtained reported total percent fluktuasi fluctuated sekali ialah merupakan'
  ).split(' '),
);

/** Statistics a manuscript reports once, so that two values of one without a year or place disagree. */
const SINGLE_VALUED = new Set(['rsquare', 'adjrsquare', 'cronbach', 'kmo', 'fhitung']);

const PLACE = /\b(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Kecamatan|Desa|Kelurahan)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;
const FOLLOWING_YEAR = /^\s*(?:(?:%|persen|percent|jiwa|orang|rupiah|[\p{L}]+)\s*)?(?:pada|di|in|for|tahun|year)\s+(?:tahun\s+)?((?:19|20)\d\d)\b/iu;

export function statementsOf(
  facts: SentenceFacts,
  section: number,
  part: number,
  paragraphPlace: string | undefined,
  spanOf: (from: number, to: number) => Span,
): { statements: Statement[]; place?: string } {
  const text = facts.text;
  // Places as written; compared lower-cased.
  const written = [...text.matchAll(PLACE)].map((m) => m[1]);
  const placeText = written.length === 1 ? written[0] : written.length === 0 ? paragraphPlace : undefined;
  const place = placeText?.toLowerCase();
  const out: Statement[] = [];
  const placeKeys = new Set(tokenize(place ?? '').map((t) => t.key));
  // The sentence's subject: the content words of its first clause before its first number.
  const firstNumber = facts.quantities[0]?.number.start ?? text.length;
  const subject = measureOf(facts, 0, Math.min(firstNumber, facts.clauses[0][1]), placeKeys);
  for (const q of facts.quantities) {
    if (q.role !== 'level') continue;
    // "Penurunan berlanjut pada tahun 2019 dan 2020 masing-masing sebesar 16,53% dan 18,63%": figures of a
    // respectively-list are each of their own item, not statements of the measure the words before name.
    if (facts.respectively && facts.quantities.some((o) => o !== q && o.clause === q.clause)) continue;
    const [clauseStart] = facts.clauses[q.clause];
    const previous = facts.quantities.filter((o) => o.clause === q.clause && o.number.end <= q.number.start).pop();
    const from = previous ? previous.number.end : clauseStart;
    let measure = measureOf(facts, from, q.number.start, placeKeys);
    const lead = measure.keys.length > 0 ? leadOf(facts, from, q.number.start, placeKeys) : '';
    if (measure.keys.length === 0) measure = subject;
    if (measure.keys.length === 0) continue;
    const year = yearOf(facts, q.number);
    out.push({
      span: spanOf(q.number.start, q.number.end),
      number: q.number,
      sentence: text,
      measure: measure.keys,
      measureText: measure.text,
      place,
      placeText,
      year,
      section,
      part,
      names: namesOf(text, facts.clauses[q.clause], placeText),
      lead,
      namesBefore: namesOf(text, [clauseStart, q.number.start], placeText),
      before: (text.slice(0, q.number.start).match(/\d+(?:[.,]\d+)*/g) ?? []).join(' '),
    });
  }
  return { statements: out, place: written.length > 0 ? written[written.length - 1] : paragraphPlace };
}

/**
 * The words right before a number as written, back to its second content word or to a statistic
 * reported once ("Interpretasi Nilai Cronbach's Alpha sebesar" → "cronbach s alpha sebesar"),
 * with any numbers and one-letter words between them.
 */
function leadOf(facts: SentenceFacts, from: number, to: number, placeKeys: Set<string>): string {
  const content = measureOf(facts, from, to, placeKeys).keys.length;
  const tokens = facts.tokens.filter((t) => t.start >= from && t.end <= to);
  let start = to;
  let seen = 0;
  for (let i = tokens.length - 1; i >= 0 && seen < Math.min(2, content); i--) {
    start = tokens[i].start;
    const keys = measureOf(facts, tokens[i].start, tokens[i].end, placeKeys).keys;
    // A statistic reported once ("Cronbach's Alpha", "R Square") names the figure by itself.
    if (keys.length > 0 && seen === 0 && SINGLE_VALUED.has(keys[0])) break;
    if (keys.length > 0) seen++;
  }
  return (
    facts.text
      .slice(start, to)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

/** Words that open a subordinate clause: what a number measures is named after them ("dimulai ketika tingkat kemiskinan … mencapai 11,09%"). */
const CLAUSE_OPENER = new Set(
  'ketika saat sejak setelah sesudah sebelum karena sebab bahwa sehingga agar supaya jika apabila bila dimana when since after before because that which where while if'.split(
    ' ',
  ),
);

function measureOf(facts: SentenceFacts, from: number, to: number, placeKeys: Set<string>): { keys: string[]; text: string } {
  const tokens = facts.tokens.filter((t) => t.start >= from && t.end <= to);
  const word = (t: Token) => facts.text.slice(t.start, t.end);
  const opener = tokens.map((t) => CLAUSE_OPENER.has(word(t).toLowerCase())).lastIndexOf(true);
  const kept = tokens
    .slice(opener + 1)
    .filter((t) => !FILLER.has(word(t).toLowerCase()) && !FILLER.has(t.key) && !placeKeys.has(t.key))
    .filter((t) => !/^\d/.test(word(t)) && (t.key.length > 1 || /^\d/.test(t.key)) && !/^kabupaten|^kota|^provinsi/.test(t.key));
  return { keys: kept.map((t) => t.key), text: kept.map(word).join(' ') };
}

/** Words written with a capital that name nothing in particular: sentence openers, tables, statistics. */
const NOT_A_NAME =
  /^(?:Tabel|Table|Gambar|Figure|Grafik|Lampiran|Appendix|Bab|Chapter|Hal|Dari|Pada|Dengan|Nilai|Hasil|Sedangkan|Namun|Selain|Adapun|Berdasarkan|Based|The|In|On|For|And|Of|This|These|Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Kab|Prov|Square|Adjusted|Adj|Sig|R|F|T|N|Cronbach|Alpha|KMO)$/;

function namesOf(text: string, clause: [number, number], placeText: string | undefined): string[] {
  const names = new Set<string>();
  const place = new Set((placeText ?? '').split(/\s+/));
  for (const m of text.slice(clause[0], clause[1]).matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*/gu)) {
    let word = m[0];
    while (word.length > 0 && ".'’-".includes(word[word.length - 1])) word = word.slice(0, -1);
    const at = clause[0] + (m.index ?? 0);
    // The sentence's first word is capitalised whatever it is.
    // (An acronym is a name there too: "ROA 4 bank besar …", "ROE …".)
    if ((text.slice(0, at).trim() === '' && !/^\p{Lu}{2,}$/u.test(word)) || NOT_A_NAME.test(word) || place.has(word) || word.length < 2) continue;
    names.add(word.toLowerCase());
  }
  return [...names].sort();
}

function yearOf(facts: SentenceFacts, n: NumberToken): number | undefined {
  const following = FOLLOWING_YEAR.exec(facts.text.slice(n.end, n.end + 40));
  if (following) return Number(following[1]);
  const [clauseStart, clauseEnd] = facts.clauses.find(([a, b]) => n.start >= a && n.start < b) ?? [0, facts.text.length];
  const before = facts.years.filter((y) => y.end <= n.start && y.start >= clauseStart).pop() ?? facts.years.filter((y) => y.end <= n.start).pop();
  if (before) return before.value;
  const after = facts.years.filter((y) => y.start >= n.end && y.end <= clauseEnd);
  return after.length === 1 ? after[0].value : undefined;
}

/** Two statements of one figure: the same measure, place, year and unit. */
export function sameFigure(a: Statement, b: Statement): boolean {
  // "NPL Bank Mandiri 2019 … 2,3%" and "NPL BRI 2019 … 2,5%": two banks, two figures.
  if (a.names.join('|') !== b.names.join('|')) return false;
  if (a.year !== b.year || (a.place ?? '') !== (b.place ?? '')) return false;
  if (a.number.percent !== b.number.percent || a.number.percentagePoints !== b.number.percentagePoints) return false;
  if ((a.number.unit ?? '') !== (b.number.unit ?? '') || !!a.number.currency !== !!b.number.currency) return false;
  const ka = new Set(a.measure);
  const kb = new Set(b.measure);
  if (a.year === undefined) {
    // Without a year: one statistic a manuscript reports once, and nothing else said of it.
    // Restated in a summary (the abstract or conclusion repeating the results): one model's
    // R² stated twice in the results is as often two models' as one.
    if (a.part === b.part) return false;
    const single = [...ka].filter((k) => SINGLE_VALUED.has(k));
    // ("R² model kedua" is not "R²": the same words only.)
    return single.length === 1 && ka.size <= 2 && ka.size === kb.size && [...ka].every((k) => kb.has(k));
  }
  const shared = [...ka].filter((k) => kb.has(k)).length;
  // "jumlah penduduk" and "jumlah penduduk miskin" share words but not a meaning: the same words
  // only; one word ("kemiskinan") only with a place and a year to pin it.
  return shared === ka.size && shared === kb.size && (shared >= 2 || (shared === 1 && a.place !== undefined));
}

/**
 * The key of a figure for a slip of the pen: its measure as written, with what else pins it. Two
 * statements under one key whose values are one slip apart ("Cronbach's Alpha sebesar 0,926" …
 * "Cronbach's Alpha sebesar 0,962") are one figure miswritten once — a measure stated with two
 * values that differ otherwise (β of two paths, two groups' means) is not read this way.
 */
export function slipKey(s: Statement): string | undefined {
  // Its own measure of two content words or more, or one statistic a manuscript reports once.
  if (!s.lead || !(s.measure.length >= 2 || (s.measure.length === 1 && SINGLE_VALUED.has(s.measure[0])))) return undefined;
  return [
    s.lead,
    s.namesBefore.join('|'),
    s.place ?? '',
    s.year ?? '',
    s.number.percent,
    s.number.percentagePoints,
    s.number.unit ?? '',
    !!s.number.currency,
  ].join('\0');
}

export function agree(a: Statement, b: Statement): boolean {
  const decimals = Math.min(a.number.decimals, b.number.decimals);
  const round = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
  return agreesAtPrecision(round(a.number.value), decimals, b.number.value) || agreesAtPrecision(round(b.number.value), decimals, a.number.value);
}
