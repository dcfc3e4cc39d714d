// What one sentence says about numbers, as far as its words alone tell: which numbers are
// quantities (not labels, criteria, citations or test statistics), how they are grouped ("15
// responden (50%)" is one statement), what each states (a level, a change, the two ends of a
// change or a range, an extreme), and the words that compare, order or sum up: direction words
// (meningkat, lebih tinggi, higher), superlatives (tertinggi, best), "rata-rata … seluruh",
// "masing-masing". Computed once per sentence text; the tables are brought in by align.ts.
import { extractNumbers, type NumberStyle, type NumberToken } from '../numbers/parse';
import { TABLE_REFERENCE, tableNumber } from '../tables/recognise';
import { tokenize, type Token } from './labels';

export type QuantityRole = 'level' | 'change' | 'from' | 'to' | 'range-low' | 'range-high' | 'extreme';

export interface Quantity {
  number: NumberToken;
  role: QuantityRole;
  /** The group of numbers it belongs to ("15 responden (50%)"). */
  group: number;
  /** The clause it stands in. */
  clause: number;
  /** For a change: the direction its words give. */
  direction?: 'up' | 'down';
}

export type Polarity = 'up' | 'down';

export interface Marker {
  kind: 'direction' | 'comparative' | 'superlative' | 'mean' | 'total';
  /** up: higher, more, rises; down: lower, less, falls. For quality words, what they mean for a measure where higher is better. */
  polarity: Polarity;
  /** "lebih baik", "terbaik", "lebih cepat": the polarity depends on the measure (see isLowerBetter). */
  quality?: 'good' | 'fast';
  start: number;
  end: number;
  clause: number;
}

export interface SentenceFacts {
  text: string;
  tokens: Token[];
  quantities: Quantity[];
  markers: Marker[];
  /** [start, end) of each clause. */
  clauses: [number, number][];
  /** [start, end) of each group of numbers. */
  groups: { start: number; end: number; clause: number }[];
  /** "masing-masing", "respectively", "berturut-turut". */
  respectively: boolean;
  /** "dibandingkan", "daripada", "than": a comparison's second term follows. */
  comparisonAt: number[];
  /** Numbers after "Tabel"/"Table", "tabel di atas", "tabel berikut". */
  tableNumbers: string[];
  tableAbove: boolean;
  tableBelow: boolean;
  /** Numbers that are not quantities because a bound or a criterion word stands before them ("lebih dari 0,60", "> 0,05", "batas 0,50"): the other side of a stated comparison (see thresholds.ts). */
  criteria: NumberToken[];
  /** Years written in the sentence (as keys, not quantities). */
  years: { value: number; start: number; end: number }[];
  /** Periods ("dari tahun 2019 hingga 2023", "2019–2023"): their years are a span, not two keys. */
  periods: { from: number; to: number; start: number; end: number }[];
  /** Places the sentence names ("Kabupaten Sragen", "Jawa Tengah"), lower-case. */
  places: string[];
  /** Citations ("(Sugiyono, 2019: 45)", "Ansell dan Gash (2008)"): nothing in them is a key or a quantity. */
  citations: { start: number; end: number }[];
  /** "rata-rata … selama periode", "seluruh", "keseluruhan": an aggregate over rows. */
  aggregate: boolean;
  /** It speaks of a figure ("Gambar 4.2", "Figure 3"). */
  figure: boolean;
  /** An assumption, a target or an expectation ("diasumsikan 50%", "target 80%"), not a result. */
  hypothetical: boolean;
  /** A scale's legend: "Rendah (2), Sedang (4), Tinggi (6)". */
  legend: boolean;
}

// ", menunjukkan bahwa …", ", which means …": what follows interprets the figure before it; a row it names is not that figure's.
const CLAUSE_BREAK =
  /,\s*(?=(?:dan|serta|sedangkan|namun|tetapi|meskipun|sementara|kemudian|whereas|while|but|although|menunjukkan|sehingga|artinya|berarti|indicating|suggesting|meaning)\s)|,\s*(?=(?:yang|which)\s+(?:berarti|menunjukkan|artinya|means|indicates|shows|suggests)\s)|;\s*|(?<!\s)\s+(?:sedangkan|sementara\s+itu|whereas|while)\s+/giu;

/** Words before a number that make it a label or a criterion, not a quantity. */
const NOT_A_QUANTITY_BEFORE =
  /(?:\b(?:tabel|table|tab|gambar|figure|fig|grafik|bab|chapter|lampiran|appendix|pasal|ayat|no|nomor|number|halaman|hlm|hal|page|pp?|section|bagian|subbab|persamaan|equation|rumus|versi|version|tahap|langkah|step|skenario|scenario|item|butir|soal|pertanyaan|question|sprint|minggu|week|hari|day|bulan|month|kelas|grade|semester|level|model|sesi|session|pertemuan|siklus|cycle|responden|respondent|iterasi|iteration|epoch|fold|k)\.?\s*~?|\b(?:p|sig|df|db|dk|α|alpha|alfa)\s*(?:\([^)]*\))?\s*[=<>≤≥]|[<>≤≥]\s*=?|\bke[-‑]|(?:lebih|kurang)\s+(?:dari|besar\s+dari|kecil\s+dari)|(?:more|less|greater|smaller)\s+than|melebihi|melampaui|exceed(?:s|ed|ing)?|(?:di\s+atas|di\s+bawah|minimal|maksimal|at\s+least|at\s+most|above|below|batas(?:\s+(?:minimum|minimal|maksimum|maksimal))?|threshold|cut[-\s]?off|kriteria|standar|ambang(?:\s+batas)?)\s*(?:nilai\s*)?|\b(?:tingkat|taraf)\s+(?:signifikansi|signifikan|kesalahan|nyata|kepercayaan)\s*(?:sebesar\s*)?|\b(?:significance\s+level|level\s+of\s+significance)\s*(?:of\s*)?|\d\s*[×x]\s*|[×*÷]\s*|(?:\bke[-‑]?\d+|\bperingkat\s+\d+|\brank(?:ed)?\s+\d+|\d+(?:st|nd|rd|th))\s+(?:dari|of|out\s+of)\s*)\s*$/iu;
/** A citation's page after its year ("2019: 45"), or a reference number "[12]". */
const CITATION_PAGE_BEFORE = /(?:\b(?:19|20)\d\d[a-z]?\s*[:,]\s*(?:hlm\.?|hal\.?|p\.?|pp\.?)?\s*|\[\s*)$/iu;
/** Words after a number that make it a bound ("700 kebawah", "5 atau lebih", "5 or more"), a range start or a criterion, not a quantity. */
const NOT_A_QUANTITY_AFTER =
  /^(?:[-‑]\p{L})|^\s*(?:[-–—]\s*\d|\]|=\s*(?:sangat|baik|cukup|kurang|tinggi|rendah|sedang|very|good|fair|poor|high|low)|(?:threshold|cut-?off|criterion|criteria|benchmark)\b|(?:sebagai\s+)?(?:ambang|batas)\b|%?\s*(?:confidence|kepercayaan|significance|signifikansi)\b|[×x]\s*\d|(?:%\s*)?(?:ke\s*bawah|ke\s*atas|atau\s+(?:kurang|lebih)|or\s+(?:less|more|fewer|below|above|higher|lower)|and\s+(?:below|above|under|over))\b)/iu;

const MONTH =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|peb(?:ruari)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|agu(?:stus)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|dec(?:ember)?)';
const MONTH_AFTER = new RegExp(`^\\s*${MONTH}\\b`, 'iu');
const MONTH_BEFORE = new RegExp(`(?:\\btanggal|\\btgl\\.?|\\b${MONTH})\\s*$`, 'iu');

const UP_WORDS =
  /\b(?:meningkat(?:kan|nya)?|peningkatan(?:nya)?|naik(?:nya)?|kenaikan(?:nya)?|bertambah|pertambahan|melonjak|lonjakan|tumbuh|pertumbuhan|increas(?:e|ed|es|ing)|ris(?:e|es|ing)|rose|gr(?:ew|ow|ows|owth)|gained|jumped|surged)\b/giu;
const DOWN_WORDS =
  /\b(?:menurun(?:kan|nya)?|penurunan(?:nya)?|turun(?:nya)?|berkurang|pengurangan|merosot|menyusut|anjlok|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|f(?:ell|all|alls|alling)|dropp?(?:ed|s|ing)?|reduc(?:ed|tion|es)|shrank)\b/giu;
const HIGHER = /\b(?:lebih\s+(?:tinggi|besar|banyak|unggul)|melebihi|higher|greater|larger|more\s+than|exceed(?:s|ed)?|outperform(?:s|ed)?)\b/giu;
const LOWER = /\b(?:lebih\s+(?:rendah|kecil|sedikit)|lower|smaller|fewer|less\s+than)\b/giu;
/** After a comparative: the thing it is compared with is every other one ("dibanding wilayah lainnya", "than the other groups"). */
const THAN_OTHERS =
  /^(?:\s+\p{L}+){0,2}?\s+(?:(?:jika\s+)?(?:di)?banding(?:kan)?(?:\s+dengan)?|daripada|dari|than)\s+(?:(?:all|any|semua|seluruh)\s+)?(?:(?:the|of)\s+)?(?:(?:\p{L}+[\s-]){0,2}lain(?:nya)?|(?:other|others|the\s+rest)(?:\s\p{L}+)?)(?![\p{L}])/iu;
const BETTER = /\b(?:lebih\s+baik|better)\b/giu;
const WORSE = /\b(?:lebih\s+buruk|worse)\b/giu;
const FASTER = /\b(?:lebih\s+cepat|faster)\b/giu;
const SLOWER = /\b(?:lebih\s+lambat|slower)\b/giu;
const MOST = /\b(?:tertinggi|terbesar|terbanyak|paling\s+(?:tinggi|besar|banyak)|highest|largest|greatest)\b/giu;
const LEAST = /\b(?:terendah|terkecil|tersedikit|paling\s+(?:rendah|kecil|sedikit)|lowest|smallest)\b/giu;
const BEST = /\b(?:terbaik|paling\s+baik|best|optimal)\b/giu;
const WORST = /\b(?:terburuk|paling\s+buruk|worst)\b/giu;
const FASTEST = /\b(?:tercepat|paling\s+cepat|fastest)\b/giu;
const SLOWEST = /\b(?:terlambat|paling\s+lambat|slowest)\b/giu;
const MEAN_WORD = /\b(?:rata[\s-]?rata|rerata|average|mean)\b/giu;
const TOTAL_WORD = /(?<![\p{L}\p{N}][-–—‑])\b(?:total|jumlah\s+(?:total|keseluruhan|seluruhnya)|seluruhnya|in\s+total|altogether)\b(?![-–—‑][\p{L}])/giu;
const AGGREGATE =
  /\b(?:seluruh|keseluruhan|semua|periode|selama|sepanjang|kurun\s+waktu|dari\s+tahun\s+(?:19|20)\d\d\s+(?:hingga|sampai|s\.?d\.?)|overall|across|all|during|over\s+the\s+period)\b/iu;
const RESPECTIVELY = /\b(?:masing[\s-]?masing|berturut[\s-]?turut|secara\s+berurutan|respectively)\b/iu;
const COMPARISON = /\b(?:dibandingkan(?:\s+dengan)?|dibanding|daripada|ketimbang|than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s/giu;
const TABLE_ABOVE = /\b(?:tabel\s+(?:di\s+atas|tersebut|sebelumnya)|(?:the\s+)?(?:table\s+above|above\s+table|previous\s+table))\b/iu;
const TABLE_BELOW = /\b(?:tabel\s+(?:berikut|di\s+bawah(?:\s+ini)?)|(?:the\s+)?(?:following\s+table|table\s+below))\b/iu;
/** Between two numbers of one statement: units, parentheses, "atau", a per-cent word. */
const SAME_GROUP =
  /^\s*(?:(?:%|persen|percent|poin|points?|jiwa|orang|responden|respondents?|mahasiswa|siswa|students?|kali|times|[a-z]{1,3}\b)\s*)?[(\[]\s*$|^\s*(?:(?:%|persen|percent)\s*)?(?:\)\s*)?(?:atau|or|\/)\s*$/iu;
const FROM_WORD = /\b(?:dari|from)\s*$/iu;
const PARENTHETICAL_CITATION = /\((?=[^()]{0,200}\p{Lu})[^()]{0,200}?\b(?:19|20)\d\d[a-z]?\b[^()]{0,60}\)/gu;
const NARRATIVE_CITATION =
  /(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]+(?:\s+(?:dkk\.?|et\s+al\.?|dan|and|&)(?:\s+\p{Lu}[\p{L}'’.-]+)?)?\s*\((?:19|20)\d\d[a-z]?(?:\s*[:,][\d\s–-]+)?\)/gu;
const PERIOD = /\b((?:19|20)\d\d)\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\/?d\.?|–|-|—|to|until|through)\s*(?:tahun\s+)?((?:19|20)\d\d)\b/giu;
const ADMIN_PLACE =
  /\b(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Kecamatan|Desa|Kelurahan|Regency|Province|City\s+of)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;
const TO_WORD = /^\s*(?:(?:%|persen|percent|poin|points?)\s*)?(?:\)\s*)?(?:menjadi|ke|hingga|sampai(?:\s+dengan)?|to|into)\s+(?:(?:angka|sebesar)\s+)?$/iu;
/** Right before the second number of "dari … menjadi …": tested on the 24 characters before it. */
const TO_BEFORE = /(?:^|\s)(?:menjadi|ke|hingga|sampai(?:\s+dengan)?|to|into)\s+(?:(?:angka|sebesar|level|nilai)\s+)?$/iu;
/** Words that make two numbers the ends of a range of values ("berkisar antara 0,493 hingga 0,875", "ranging from"); a bare "antara" or "between" is as often a criterion. */
const RANGE_BEFORE =
  /\b(?:berkisar(?:\s+(?:antara|dari))?|rentang(?:\s+(?:nilai|skor))?(?:\s+(?:antara|dari))?|kisaran(?:\s+(?:antara|dari))?|ranging\s+(?:from|between)|ranged\s+(?:from|between)|range[sd]?\s+(?:of|from|between))\s*$/iu;
const RANGE_BETWEEN = /^\s*(?:(?:%|persen|percent)\s*)?(?:hingga|sampai(?:\s+dengan)?|s\.?\/?d\.?|dan|and|to|–|—|-)\s*$/u;
const CHANGE_BEFORE =
  /(?:\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot|kenaikan|penurunan|peningkatan|pertumbuhan|selisih|perbedaan|beda|lebih\s+(?:tinggi|rendah|besar|kecil|banyak|sedikit)|increased?|decreased?|rose|fell|grew|declined|dropped|higher|lower|difference|growth|change|gain)\b)(?:\s+(?:signifikan|sebesar|sekitar|hanya|lagi|kembali|menjadi\s+lebih|masing-masing|berturut-turut|respectively|by|of|about|approximately|around))*\s*$/iu;

/** Between two figures of one list: "% dan ", ", ", " and ". */
const CHANGE_LIST_GAP = /^\s*(?:%\s*)?(?:,\s*)?(?:(?:dan|and|serta)\s+)?$/iu;

function marks(text: string, pattern: RegExp, make: (m: RegExpMatchArray) => Omit<Marker, 'start' | 'end' | 'clause'>): Omit<Marker, 'clause'>[] {
  return [...text.matchAll(pattern)].map((m) => ({ ...make(m), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

export function sentenceFacts(text: string, style: NumberStyle): SentenceFacts {
  const clauses: [number, number][] = [];
  let last = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    clauses.push([last, m.index ?? 0]);
    last = (m.index ?? 0) + m[0].length;
  }
  clauses.push([last, text.length]);
  const clauseOf = (at: number) =>
    Math.max(
      0,
      clauses.findIndex(([a, b]) => at >= a && at < b),
    );

  const citations = /\d/.test(text)
    ? [...text.matchAll(PARENTHETICAL_CITATION), ...text.matchAll(NARRATIVE_CITATION)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    : [];
  const inCitation = (at: number) => citations.some((c) => at >= c.start && at < c.end);
  const numbers = /\d/.test(text) ? extractNumbers(text, style).filter((n) => !inCitation(n.start)) : [];
  const years = numbers.filter((n) => n.year).map((n) => ({ value: n.value, start: n.start, end: n.end }));
  const criteria: NumberToken[] = [];
  const values = numbers.filter((n) => {
    if (n.year) return false;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (CITATION_PAGE_BEFORE.test(before)) return false;
    if (NOT_A_QUANTITY_BEFORE.test(before.slice(-30))) {
      criteria.push(n);
      return false;
    }
    if (NOT_A_QUANTITY_AFTER.test(text.slice(n.end, n.end + 24))) {
      // "the 0.50 threshold" is a criterion; "0,3–0,5" a range's start is not one figure.
      if (!/^\s*[-–—]\s*\d/.test(text.slice(n.end, n.end + 4))) criteria.push(n);
      return false;
    }
    // "3D", "2D", "5G", "4K": a name, not a quantity.
    if (/^[DGK](?![\p{L}\p{N}])/u.test(text.slice(n.end, n.end + 2))) return false;
    // A day of a date: "21 Nopember 1989", "tanggal 29 Juni", "March 3".
    if (
      n.decimals === 0 &&
      n.value >= 1 &&
      n.value <= 31 &&
      (MONTH_AFTER.test(text.slice(n.end, n.end + 12)) || MONTH_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)))
    )
      return false;
    return true;
  });

  // Groups: numbers joined only by a unit and a parenthesis ("15 responden (50%)").
  const groups: SentenceFacts['groups'] = [];
  const groupOf: number[] = [];
  values.forEach((n, i) => {
    const previous = values[i - 1];
    if (previous && SAME_GROUP.test(gap(text, previous.end, n.start)) && clauseOf(previous.start) === clauseOf(n.start)) {
      groupOf.push(groups.length - 1);
      groups[groups.length - 1].end = n.end;
    } else {
      groupOf.push(groups.length);
      groups.push({ start: n.start, end: n.end, clause: clauseOf(n.start) });
    }
  });

  const markers: Marker[] = [
    ...marks(text, UP_WORDS, () => ({ kind: 'direction', polarity: 'up' })),
    ...marks(text, DOWN_WORDS, () => ({ kind: 'direction', polarity: 'down' })),
    ...marks(text, HIGHER, () => ({ kind: 'comparative', polarity: 'up' })),
    ...marks(text, LOWER, () => ({ kind: 'comparative', polarity: 'down' })),
    ...marks(text, BETTER, () => ({ kind: 'comparative', polarity: 'up', quality: 'good' })),
    ...marks(text, WORSE, () => ({ kind: 'comparative', polarity: 'down', quality: 'good' })),
    ...marks(text, FASTER, () => ({ kind: 'comparative', polarity: 'up', quality: 'fast' })),
    ...marks(text, SLOWER, () => ({ kind: 'comparative', polarity: 'down', quality: 'fast' })),
    ...marks(text, MOST, () => ({ kind: 'superlative', polarity: 'up' })),
    ...marks(text, LEAST, () => ({ kind: 'superlative', polarity: 'down' })),
    ...marks(text, BEST, () => ({ kind: 'superlative', polarity: 'up', quality: 'good' })),
    ...marks(text, WORST, () => ({ kind: 'superlative', polarity: 'down', quality: 'good' })),
    ...marks(text, FASTEST, () => ({ kind: 'superlative', polarity: 'up', quality: 'fast' })),
    ...marks(text, SLOWEST, () => ({ kind: 'superlative', polarity: 'down', quality: 'fast' })),
    ...marks(text, MEAN_WORD, () => ({ kind: 'mean', polarity: 'up' })),
    ...marks(text, TOTAL_WORD, () => ({ kind: 'total', polarity: 'up' })),
  ]
    // "lebih kecil dibanding wilayah lainnya", "higher than all other models": lower or higher than
    // every other row is the lowest or highest.
    .map((m) => (m.kind === 'comparative' && THAN_OTHERS.test(text.slice(m.end, m.end + 48)) ? { ...m, kind: 'superlative' as const } : m))
    .map((m) => ({ ...m, clause: clauseOf(m.start) }))
    .sort((a, b) => a.start - b.start);

  const quantities: Quantity[] = values.map((number, i) => {
    const clause = clauseOf(number.start);
    const lead = text.slice(Math.max(clauses[clause][0], number.start - 60), number.start);
    let role: QuantityRole = 'level';
    let direction: 'up' | 'down' | undefined;
    const previous = values[i - 1];
    const next = values[i + 1];
    if (next && clauseOf(next.start) === clause && RANGE_BEFORE.test(lead) && RANGE_BETWEEN.test(gap(text, number.end, next.start))) {
      role = 'range-low';
    } else if (
      previous &&
      clauseOf(previous.start) === clause &&
      RANGE_BETWEEN.test(gap(text, previous.end, number.start)) &&
      RANGE_BEFORE.test(text.slice(Math.max(0, previous.start - 60), previous.start))
    ) {
      role = 'range-high';
    } else if (previous && clauseOf(previous.start) === clause && fromTo(text, previous, number)) {
      role = 'to';
    } else if (next && clauseOf(next.start) === clause && fromTo(text, number, next)) {
      role = 'from';
    } else if (CHANGE_BEFORE.test(lead) && !/\b(?:menjadi|mencapai|ke\s+angka|hingga|sampai|to|reaching)\s*$/iu.test(lead)) {
      role = 'change';
    }
    if (role === 'change' || role === 'from' || role === 'to') {
      const own = markers.filter((m) => m.clause === clause && m.end <= number.start && (m.kind === 'direction' || m.kind === 'comparative') && !m.quality);
      const nearest = own[own.length - 1];
      if (nearest) direction = nearest.polarity;
    }
    return { number, role, group: groupOf[i], clause, direction };
  });
  // "penurunan masing-masing sebesar 2.0% dan 0.2%", "rose by 3% and 5%": the figures listed after a change's first are changes too.
  quantities.forEach((q, i) => {
    const previous = quantities[i - 1];
    if (q.role !== 'level' || previous?.role !== 'change' || previous.clause !== q.clause) return;
    if (!CHANGE_LIST_GAP.test(gap(text, previous.number.end, q.number.start))) return;
    q.role = 'change';
    q.direction = previous.direction;
  });

  const tableNumbers = /tab/i.test(text) ? [...text.matchAll(TABLE_REFERENCE)].map((m) => tableNumber(m[1])) : [];
  const lower = /tab/i.test(text) ? text.toLowerCase() : '';
  return {
    text,
    tokens: tokenize(text).filter((t) => !inCitation(t.start)),
    quantities,
    markers,
    clauses,
    groups,
    respectively: RESPECTIVELY.test(text),
    comparisonAt: [...text.matchAll(COMPARISON)].map((m) => m.index ?? 0),
    tableNumbers,
    tableAbove: lower !== '' && TABLE_ABOVE.test(text),
    tableBelow: lower !== '' && TABLE_BELOW.test(text),
    criteria,
    years,
    periods: [...text.matchAll(PERIOD)].map((m) => ({ from: Number(m[1]), to: Number(m[2]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })),
    places: [...text.matchAll(ADMIN_PLACE)].map((m) => m[1].toLowerCase()),
    citations,
    aggregate: AGGREGATE.test(text),
    figure: FIGURE.test(text),
    hypothetical: HYPOTHETICAL.test(text),
    legend: isLegend(text),
  };
}

const FIGURE = /\b(?:Gambar|Figure|Fig\.|Grafik|Diagram|Chart)(?:\s|~){0,3}\d/u;
const HYPOTHETICAL =
  /\b(?:(?:dikatakan|dinyatakan|dikategorikan|digolongkan|dianggap|considered|classified\s+as|categori[sz]ed\s+as)\s+(?:\p{L}+\s+){0,3}?(?:jika|apabila|bila|if|when)|diasumsikan|asumsi(?:nya)?|assum(?:e|ed|es|ing|ption)|misalkan|andaikan|seandainya|hypothetical(?:ly)?|target(?:nya)?|ditargetkan|diharapkan|expected\s+to|should\s+be|harus(?:nya)?\s+(?:mencapai|lebih|minimal))\b/iu;
const LEGEND_ITEM = /(?<![\p{L}-])\p{L}[\p{L}-]*\s*\(\s*(\d{1,2})\s*\)/gu;

/** Three or more "Word (n)" with n stepping up or down: the scores of a scale's categories. */
function isLegend(text: string): boolean {
  if (!text.includes('(')) return false;
  const values = [...text.matchAll(LEGEND_ITEM)].map((m) => Number(m[1]));
  if (values.length < 3) return false;
  const up = values.every((v, i) => i === 0 || v > values[i - 1]);
  const down = values.every((v, i) => i === 0 || v < values[i - 1]);
  return up || down;
}

/** Measures where a lower value is the better one: errors, losses, durations, costs. */
export function isLowerBetter(header: string): boolean {
  return /\b(?:rmse|mae|mape|mse|smape|error|errors|galat|loss|waktu|time|durasi|duration|latency|latensi|ms|detik|seconds?|menit|minutes?|biaya|cost|harga|price|jarak|distance|residual)\b/i.test(
    header,
  );
}

/**
 * "dari 10,88 tahun pada tahun sebelumnya menjadi 11,02", "from 10.80% in 2019 to 11.14%": the
 * first number right after "dari/from", the second right after "menjadi/ke/to", at most 80
 * characters apart.
 */
const ARROW_BETWEEN = /^\s*(?:(?:%|persen|percent)\s*)?(?:→|->|⟶|⇒)\s*$/u;

function fromTo(text: string, from: NumberToken, to: NumberToken): boolean {
  if (to.start - from.end > 80) return false;
  // "9.6% → 19.8%": an arrow joins the two ends of a change.
  if (ARROW_BETWEEN.test(gap(text, from.end, to.start))) return true;
  if (!FROM_WORD.test(text.slice(Math.max(0, from.start - 12), from.start))) return false;
  if (TO_WORD.test(gap(text, from.end, to.start))) return true;
  return TO_BEFORE.test(text.slice(Math.max(from.end, to.start - 24), to.start));
}

/**
 * The words between two numbers, when few enough to join them ("15 responden (", " dan ",
 * "% menjadi "); longer gaps join nothing. Keeps the joining patterns on short text.
 */
export function gap(text: string, from: number, to: number): string {
  return to - from <= 40 ? text.slice(from, to) : '\u0000';
}
