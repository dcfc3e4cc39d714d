// Numeric claims in prose: (key such as a year, measure, value, unit), classified as a level
// ("9,22% pada tahun 2019"), a change ("naik 0,38%"), an average, a total or an extreme
// ("tertinggi"), and linked to a table only on strong evidence: an explicit reference ("Tabel 2",
// "tabel di atas", \ref{tab:…}) or the place the table's caption names, with a matching row key
// and a column of the same unit. Otherwise a claim stays unlinked and no table check speaks.
import type { Span, TextBlock } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import { extractNumbers, type NumberStyle, type NumberToken } from '../numbers/parse';
import { blockSpan } from '../text/builder';
import type { StatTable, TableColumn } from './tables';
import { TextMemo } from '../memo';
import { slot } from '../derived';
import { sentences } from '../text/sentences';
import { TABLE_REFERENCE } from '../tables/recognise';

export type ClaimKind = 'level' | 'change' | 'mean' | 'total' | 'max' | 'min' | 'count';

export interface Claim {
  block: TextBlock & Placed;
  number: NumberToken;
  /** Source span of the number as written. */
  span: Span;
  kind: ClaimKind;
  year?: number;
  /** A category row the claim names ("laki-laki", "Raspberry Pi"), lower-case, when not a year. */
  rowKey?: string;
  /** For averages and totals: the years the claim covers. */
  period?: [number, number];
  /** "naik"/"meningkat" → up, "turun"/"menurun" → down. */
  direction?: 'up' | 'down';
  /** A year the change is measured against ("dibandingkan tahun 2019"); default: the previous row. */
  baseYear?: number;
  /** Place the sentence is about, lower-case. */
  entity?: string;
  /** Lower-case words of the clause, for choosing a table column. */
  words: Set<string>;
  table?: StatTable;
  linkedBy?: 'reference' | 'entity';
  /** The sentence, for messages and contradiction keys. */
  sentence: string;
}

const PROSE_KINDS = new Set(['paragraph', 'list-item', 'quote', 'footnote']);
const CLAUSE_BREAK = /,\s*(?=(?:dan|serta|sedangkan|namun|tetapi|meskipun|sementara|kemudian|and|but|whereas|while|although)\s)|;\s*/giu;
const CHANGE_BEFORE =
  /(?:\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot|kenaikan|penurunan|peningkatan|pertumbuhan|selisih|perbedaan|lebih\s+(?:tinggi|rendah|besar|kecil|banyak|sedikit)|increased?|decreased?|rose|fell|grew|declined|dropped|higher|lower|difference|growth|change)\b)(?:\s+(?:signifikan|sebesar|sekitar|hanya|lagi|kembali|by|of|about|approximately|around))*\s*$/iu;
const LEVEL_AFTER_CHANGE = /\b(?:menjadi|mencapai|ke\s+angka|ke|hingga|sampai|to|reaching)\b/iu;
const UP = /\b(?:naik|meningkat|bertambah|melonjak|kenaikan|peningkatan|pertumbuhan|lebih\s+(?:tinggi|besar|banyak)|increased?|rose|grew|higher|growth)\b/iu;
const DOWN = /\b(?:turun|menurun|berkurang|merosot|penurunan|lebih\s+(?:rendah|kecil|sedikit)|decreased?|fell|declined|dropped|lower)\b/iu;
const MEAN = /\b(?:rata-rata|rerata|average|mean)\b/iu;
const TOTAL = /\b(?:total|jumlah\s+total|jumlah\s+keseluruhan|secara\s+keseluruhan|seluruhnya|in\s+total|altogether)\b/iu;
const MAX = /\b(?:tertinggi|terbanyak|terbesar|puncak|highest|peak|maximum|largest)\b/iu;
const MIN = /\b(?:terendah|tersedikit|terkecil|lowest|minimum|smallest)\b/iu;
const PERIOD = /\b((?:19|20)\d\d)\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|–|-|—|to|until|through|and|dan)\s*(?:tahun\s+)?((?:19|20)\d\d)\b/iu;
const THIS_PERIOD =
  /\b(?:periode\s+(?:tersebut|ini|itu)|selama\s+periode|kurun\s+waktu\s+(?:tersebut|ini)|rentang\s+(?:waktu\s+)?(?:tersebut|ini)|during\s+(?:this|that|the)\s+period|over\s+(?:this|that|the)\s+period|tahun-tahun\s+tersebut)\b/iu;
const PREVIOUS = /\b(?:tahun\s+sebelumnya|dari\s+tahun\s+lalu|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+earlier)\b/iu;
const COMPARED_WITH = /\b(?:dibandingkan(?:\s+dengan)?|dibanding|daripada|dari|than|compared\s+(?:with|to)|from)\s+(?:tahun\s+)?((?:19|20)\d\d)\b/iu;
const TABLE_ABOVE = /\b(?:tabel\s+(?:di\s+atas|tersebut|sebelumnya)|(?:the\s+)?(?:table\s+above|above\s+table|previous\s+table))\b/iu;
const TABLE_BELOW = /\b(?:tabel\s+(?:berikut|di\s+bawah(?:\s+ini)?)|(?:the\s+)?(?:following\s+table|table\s+below))\b/iu;
const NOT_A_QUANTITY_BEFORE =
  /(?:\b(?:tabel|table|tab|gambar|figure|fig|grafik|bab|chapter|lampiran|appendix|pasal|ayat|no|nomor|number|halaman|hlm|hal|page|pp?|section|bagian|subbab|persamaan|equation|rumus|versi|version|level|tahap|langkah|step|skenario|scenario|model)\.?\s*~?|\b(?:p|t|f|r|z|sig|df|α|alpha|β|beta|b|se|sd)\s*(?:\([^)]*\))?\s*[=<>≤≥])\s*$/iu;
const FOLLOWING_YEAR = /^\s*(?:(?:%|persen|percent|jiwa|orang|[\p{L}]+)\s*)?(?:pada|di|in|for|tahun|year)\s+(?:tahun\s+)?$/iu;
const ADMIN_PLACE = /\b(?:Kabupaten|Kab\.|Kota|Provinsi|Kecamatan|Desa|Kelurahan)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

/** A claim as far as its sentence alone decides it (positions relative to the sentence). */
interface ClaimDraft {
  number: NumberToken;
  kind: ClaimKind;
  year?: number;
  period?: [number, number];
  direction?: 'up' | 'down';
  baseYear?: number;
  words: Set<string>;
  clauseText: string;
  /** The clause up to the number: the row name nearest before it is the number's row. */
  clauseBefore: string;
  /** The word after the number, lower-case, when it has four letters or more (for countedNoun). */
  noun?: string;
}

/** The table references a text makes, as its words alone give them. */
interface TableMentions {
  /** Numbers after "Tabel"/"Table"/"Tab.", in order. */
  numbers: string[];
  above: boolean;
  below: boolean;
}

interface SentenceDraft {
  sentence: string;
  /** Offset of the sentence in the block text. */
  start: number;
  mentions: TableMentions;
  claims: ClaimDraft[];
  /** "selama periode tersebut" (read only when the sentence has claims). */
  thisPeriod: boolean;
  /** mentionedPlaces for the last entity list asked about. */
  places?: { key: string; found: Set<string> };
}

/** What a block's text (and the number style) alone decides: computed once per text. */
interface BlockDraft {
  mentions: TableMentions;
  sentences: SentenceDraft[];
  /** Some sentence holds a claim. */
  hasClaims: boolean;
  places?: { key: string; found: Set<string> };
}

// Keyed by number style and block text; a thesis has a few thousand prose blocks.
const BLOCK_DRAFTS = slot('stats: claim drafts of a block text', () => new TextMemo<BlockDraft>(10_000));

function blockDraft(text: string, style: NumberStyle, blockDrafts: TextMemo<BlockDraft>): BlockDraft {
  return blockDrafts.get(
    text,
    () => {
      const drafts: SentenceDraft[] = [];
      for (const { start: sentenceStart, end } of sentences(text)) {
        const sentence = text.slice(sentenceStart, end);
        const claims = sentenceDrafts(sentence, style);
        drafts.push({
          sentence,
          start: sentenceStart,
          mentions: tableMentions(sentence),
          claims,
          thisPeriod: claims.length > 0 && THIS_PERIOD.test(sentence),
        });
      }
      return { mentions: tableMentions(text), sentences: drafts, hasClaims: drafts.some((s) => s.claims.length > 0) };
    },
    style,
  );
}

export function extractClaims(manuscript: Manuscript, tables: StatTable[], style: NumberStyle): Claim[] {
  const claims: Claim[] = [];
  const entities = [...new Set(tables.map((t) => t.entity).filter((e): e is string => !!e))];
  const entitiesKey = entities.join('\0');
  const tableStarts = tables.map((t) => ({ t, file: t.table.file, start: t.table.start, fileIndex: manuscript.fileOrder.indexOf(t.table.file) }));
  const fileIndex = new Map<string, number>();
  const { derived } = manuscript;
  const context = claimContext(tables, manuscript.fileOrder, style, derived.get(LAST_CONTEXT));
  const blockDrafts = derived.get(BLOCK_DRAFTS);
  const claimsOfBlock = derived.get(CLAIMS_OF_BLOCK);
  for (const block of manuscript.blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue;
    const role = manuscript.sections[block.section].role;
    if (role === 'references' || role === 'front' || role === 'acknowledgements') continue;
    if (!/\d/.test(block.text)) continue;
    const draft = blockDraft(block.text, style, blockDrafts);
    // Most paragraphs with digits claim nothing (years, section numbers): nothing to link.
    if (!draft.hasClaims) continue;
    const known = claimsOfBlock.get(block);
    if (known && known.context === context) {
      for (const c of known.claims) claims.push(c);
      continue;
    }
    const own: Claim[] = [];
    claimsOfBlock.set(block, { context, claims: own });
    let blockFileIndex = fileIndex.get(block.file);
    if (blockFileIndex === undefined) fileIndex.set(block.file, (blockFileIndex = manuscript.fileOrder.indexOf(block.file)));
    const before: StatTable[] = [];
    const after: StatTable[] = [];
    for (const x of tableStarts) (x.fileIndex < blockFileIndex || (x.fileIndex === blockFileIndex && x.start < block.start) ? before : after).push(x.t);
    const paragraphReference = referencedTable(draft.mentions, tables, before, after) ?? labelReference(manuscript, block, tables);
    const placesInParagraph = placesIn(draft, block.text, entities, entitiesKey).size > 0;
    let currentEntity: string | undefined;
    for (const s of draft.sentences) {
      const mentioned = placesIn(s, s.sentence, entities, entitiesKey);
      if (mentioned.size === 1) currentEntity = [...mentioned][0];
      else if (mentioned.size > 1) currentEntity = undefined;
      const entity = mentioned.size > 1 ? undefined : currentEntity;
      if (s.claims.length === 0) continue;
      const sentenceReference = referencedTable(s.mentions, tables, before, after);
      const reference = sentenceReference ?? paragraphReference;
      linkClaims(own, block, s, entity, mentioned.size > 1, reference, sentenceReference, tables, before, after, placesInParagraph);
    }
    for (const c of own) claims.push(c);
  }
  return claims;
}

/**
 * What a block's claims are linked against besides the block itself: the tables (read-only
 * objects reused while unchanged, see statTables), the order of the files, the number style. The
 * same context object stands for the same context from check to check.
 */
interface ClaimContext {
  tables: StatTable[];
  fileOrder: string[];
  style: NumberStyle;
}
const LAST_CONTEXT = slot('stats: the claim context of the last check', (): { context?: ClaimContext } => ({}));

function claimContext(tables: StatTable[], fileOrder: string[], style: NumberStyle, last: { context?: ClaimContext }): ClaimContext {
  const same = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const known = last.context;
  if (known && known.style === style && same(known.tables, tables) && same(known.fileOrder, fileOrder)) return known;
  return (last.context = { tables: tables.slice(), fileOrder: fileOrder.slice(), style });
}

// A placed block is the same object while its file and section are unchanged (placedBlock in
// manuscript.ts), and its claims depend only on it and the context: an edit links the claims of
// the edited paragraphs again, not of the whole thesis. Claims are never changed once made.
const CLAIMS_OF_BLOCK = slot('stats: linked claims of a placed block', () => new WeakMap<TextBlock & Placed, { context: ClaimContext; claims: Claim[] }>());

/** mentionedPlaces of a memoized text, kept with it for the last list of entities. */
function placesIn(holder: { places?: { key: string; found: Set<string> } }, text: string, entities: string[], key: string): Set<string> {
  if (holder.places?.key !== key) holder.places = { key, found: mentionedPlaces(text, entities) };
  return holder.places.found;
}

/** Places a sentence names: table captions' places and "Kabupaten X"-style names. */
function mentionedPlaces(sentence: string, entities: string[]): Set<string> {
  const lower = sentence.toLowerCase();
  const found = new Set<string>();
  for (const e of entities) if (lower.includes(e) && new RegExp(`(?<![\\p{L}])${escapeRegExp(e)}(?![\\p{L}])`, 'u').test(lower)) found.add(e);
  for (const m of sentence.matchAll(ADMIN_PLACE)) {
    const place = m[0].toLowerCase();
    const name = m[1].toLowerCase();
    if (![...found].some((f) => f.includes(name) || place.includes(f))) found.add(place);
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Tabel~\\ref{tab:ipm}": LaTeX references leave no text, so read them from the block's source. */
function labelReference(manuscript: Manuscript, block: TextBlock, tables: StatTable[]): StatTable | undefined {
  const source = manuscript.files.get(block.file)?.text.slice(block.start, block.end);
  if (!source || !source.includes('ref')) return undefined;
  for (const label of refLabels(source)) {
    const found = tables.find((t) => t.table.latexLabel === label);
    if (found) return found;
  }
  return undefined;
}

/**
 * The labels of `\ref{…}`, `\autoref{…}`, `\cref{…}`, … in `source`, as
 * /\\(?:auto|c|C|v|name)?ref\*?\{([^}]+)\}/g captures them, in linear time (that pattern is
 * quadratic on many unclosed `\ref{`).
 */
function refLabels(source: string): string[] {
  const out: string[] = [];
  const opening = /\\(?:auto|c|C|v|name)?ref\*?\{/g;
  for (let m = opening.exec(source); m; m = opening.exec(source)) {
    const from = m.index + m[0].length;
    const close = source.indexOf('}', from);
    // No '}' after this reference, so none after a later one either.
    if (close < 0) break;
    // "\ref{}" is not a reference; the search goes on after it.
    if (close === from) continue;
    out.push(source.slice(from, close));
    opening.lastIndex = close + 1;
  }
  return out;
}

function tableMentions(text: string): TableMentions {
  const numbers: string[] = [];
  if (text.includes('Tab')) for (const m of text.matchAll(TABLE_REFERENCE)) numbers.push(m[1]);
  // The patterns need "tabel" or "table" in any case: most texts have neither.
  const lower = /tab/i.test(text) ? text.toLowerCase() : '';
  const named = lower.includes('tabel') || lower.includes('table');
  return { numbers, above: named && TABLE_ABOVE.test(text), below: named && TABLE_BELOW.test(text) };
}

function referencedTable(mentions: TableMentions, tables: StatTable[], before: StatTable[], after: StatTable[]): StatTable | undefined {
  for (const n of mentions.numbers) {
    const found = tables.find((t) => t.table.number === n);
    if (found) return found;
  }
  if (mentions.above) return before[before.length - 1];
  if (mentions.below) return after[0];
  return undefined;
}

/** The claims of a sentence as far as its text decides them: numbers, kinds, keys, directions. */
function sentenceDrafts(sentence: string, style: NumberStyle): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  if (!/\d/.test(sentence)) return out;
  const numbers = extractNumbers(sentence, style);
  if (numbers.length === 0) return out;
  const periodMatch = PERIOD.exec(sentence);
  const period: [number, number] | undefined = periodMatch ? [Number(periodMatch[1]), Number(periodMatch[2])] : undefined;
  const thisPeriod = THIS_PERIOD.test(sentence);
  const compared = COMPARED_WITH.exec(sentence);
  const previous = PREVIOUS.test(sentence);

  // Clauses: "… 9,00%, dan pada tahun 2022, … 8,90%" are two claims with two keys.
  const clauseBounds: [number, number][] = [];
  let last = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    clauseBounds.push([last, m.index ?? 0]);
    last = (m.index ?? 0) + m[0].length;
  }
  clauseBounds.push([last, sentence.length]);

  for (const [from, to] of clauseBounds) {
    const inClause = numbers.filter((n) => n.start >= from && n.end <= to);
    const years = inClause.filter((n) => n.year);
    const values = inClause.filter((n) => !n.year);
    if (values.length === 0) continue;
    const clauseText = sentence.slice(from, to);
    const words = new Set(
      clauseText
        .toLowerCase()
        .split(/[^\p{L}\p{N}%]+/u)
        .filter(Boolean),
    );
    const respective = respectivePairs(sentence, years, values);
    let previousEnd = from;
    for (const number of values) {
      const lead = sentence.slice(previousEnd, number.start);
      previousEnd = number.end;
      // "Tabel 4", "p = 0,081", "Bab 2": labels and test statistics are not table values.
      if (NOT_A_QUANTITY_BEFORE.test(sentence.slice(Math.max(0, number.start - 24), number.start))) continue;
      const kind = classify(sentence.slice(from, number.start), lead);
      let year = respective.get(number);
      if (year === undefined) {
        const precedingYears = years.filter((y) => y.end <= number.start);
        const followingYears = years.filter((y) => y.start >= number.end);
        // "976.951 jiwa pada 2020": a year right after the value is its key.
        const next = followingYears[0];
        if (next && FOLLOWING_YEAR.test(sentence.slice(number.end, next.start))) year = next.value;
        else if (precedingYears.length > 0) year = precedingYears[precedingYears.length - 1].value;
        else if (followingYears.length === 1) year = followingYears[0].value;
      }
      const claim: ClaimDraft = {
        number,
        kind,
        year: kind === 'mean' || kind === 'total' ? undefined : year,
        period: kind === 'mean' || kind === 'total' || kind === 'max' || kind === 'min' ? period : undefined,
        words,
        clauseText,
        clauseBefore: sentence.slice(from, number.start),
        noun: /^\s+(\p{L}{4,})/u.exec(sentence.slice(number.end))?.[1]?.toLowerCase(),
      };
      if (kind === 'change') {
        const verbText = sentence.slice(from, number.start);
        claim.direction = lastMatch(verbText, UP) > lastMatch(verbText, DOWN) ? 'up' : lastMatch(verbText, DOWN) >= 0 ? 'down' : undefined;
        if (compared && Number(compared[1]) !== year && !previous) claim.baseYear = Number(compared[1]);
      }
      if ((kind === 'mean' || kind === 'total') && !period && !thisPeriod) continue;
      out.push(claim);
    }
  }
  return out;
}

/** Turns a sentence's drafts into claims of this block, linked to the tables of this manuscript. */
function linkClaims(
  out: Claim[],
  block: TextBlock & Placed,
  s: SentenceDraft,
  entity: string | undefined,
  ambiguousPlace: boolean,
  reference: StatTable | undefined,
  sentenceReference: StatTable | undefined,
  tables: StatTable[],
  before: StatTable[],
  after: StatTable[],
  placesInParagraph: boolean,
): void {
  const thisPeriod = s.thisPeriod;
  let sectionTables: StatTable[] | undefined;
  for (const d of s.claims) {
    const claim: Claim = {
      block,
      number: d.number,
      span: blockSpan(block, s.start + d.number.start, s.start + d.number.end),
      kind: d.kind,
      year: d.year,
      period: d.period,
      entity,
      words: d.words,
      sentence: s.sentence,
    };
    if (d.kind === 'change') claim.direction = d.direction;
    if (d.baseYear !== undefined) claim.baseYear = d.baseYear;
    // "Tabel 3.1 memuat 18 skenario pengujian": a count of the rows of a table named in the sentence.
    const counted = sentenceReference && countedNoun(d.noun, d.number, sentenceReference);
    if (counted) {
      claim.kind = 'count';
      claim.year = undefined;
      claim.table = sentenceReference;
      claim.linkedBy = 'reference';
      out.push(claim);
      continue;
    }
    if (!ambiguousPlace) {
      sectionTables ??= tables.filter((t) => t.table.section === block.section);
      link(claim, d.clauseText, d.clauseBefore, reference, sectionTables, before, after, thisPeriod, placesInParagraph);
    }
    out.push(claim);
  }
}

function lastMatch(text: string, pattern: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(pattern.source, 'giu'))) at = m.index ?? at;
  return at;
}

/** "pada Tahun 2022 dan 2023, … 26.161.160 jiwa dan 25.900.000 jiwa": values taken in order. */
function respectivePairs(sentence: string, years: NumberToken[], values: NumberToken[]): Map<NumberToken, number> {
  const pairs = new Map<NumberToken, number>();
  if (years.length < 2) return pairs;
  // Each run of values joined by "dan"/"," pairs one to one with as many distinct years before it.
  const runs: NumberToken[][] = [];
  for (const v of values) {
    const run = runs[runs.length - 1];
    if (run && /^\s*(?:(?:%|persen|jiwa|orang|[\p{L}]+)\s*)?(?:,|dan|and|serta)\s*$/iu.test(sentence.slice(run[run.length - 1].end, v.start))) run.push(v);
    else runs.push([v]);
  }
  for (const run of runs) {
    if (run.length < 2) continue;
    const before = [...new Set(years.filter((y) => y.end <= run[0].start).map((y) => y.value))];
    if (run.length !== before.length) continue;
    run.forEach((v, i) => pairs.set(v, before[i]));
  }
  return pairs;
}

function classify(clauseBefore: string, lead: string): ClaimKind {
  if (CHANGE_BEFORE.test(lead) && !LEVEL_AFTER_CHANGE.test(lead.slice(lastMatch(lead, /\b\p{L}+\b/u)))) {
    // "turun menjadi 9,13%" is a level; "turun 0,16%" and "lebih tinggi 0,61%" are changes.
    const tail = lead.slice(Math.max(0, lead.search(CHANGE_BEFORE)));
    if (!LEVEL_AFTER_CHANGE.test(tail)) return 'change';
  }
  if (MEAN.test(clauseBefore)) return 'mean';
  // "tertinggi … pada tahun 2022 yaitu 36.009": a year between the word and the value is fine.
  const noValueAfter = (at: number) => !/\d/.test(clauseBefore.slice(at).replace(/\b(?:19|20)\d\d\b/g, ''));
  if (MAX.test(clauseBefore) && noValueAfter(lastMatch(clauseBefore, MAX))) return 'max';
  if (MIN.test(clauseBefore) && noValueAfter(lastMatch(clauseBefore, MIN))) return 'min';
  if (TOTAL.test(clauseBefore)) return 'total';
  return 'level';
}

/**
 * Links a claim to a table on strong evidence only: an explicit reference; else the nearest table
 * about the place the sentence names; else, when the paragraph names no place at all, the nearest
 * table in the same section. The table must have the claim's row (year or category).
 */
function link(
  claim: Claim,
  clauseText: string,
  clauseBefore: string,
  reference: StatTable | undefined,
  sectionTables: StatTable[],
  before: StatTable[],
  after: StatTable[],
  thisPeriod: boolean,
  placesInParagraph: boolean,
): void {
  const aggregate = claim.kind === 'mean' || claim.kind === 'total' || claim.kind === 'max' || claim.kind === 'min';
  // A category row counts only for a percentage, a count with its unit, or money: a bare number
  // beside a model name ("10 kali", "durasi 10 detik") is too often something else.
  const typed = claim.number.percent || !!claim.number.unit || !!claim.number.currency;
  const rowKeyIn = (t: StatTable) => (claim.year === undefined && !claim.period && typed ? categoryIn(t, clauseText, clauseBefore) : undefined);
  const fits = (t: StatTable) => {
    if (claim.year !== undefined) return t.dataRows.some((r) => r.year === claim.year);
    if (claim.period) return t.dataRows.some((r) => r.year === claim.period![0]) && t.dataRows.some((r) => r.year === claim.period![1]);
    if (rowKeyIn(t)) return true;
    return aggregate && thisPeriod && t.dataRows.some((r) => r.year !== undefined);
  };
  const choose = (t: StatTable, by: 'reference' | 'entity') => {
    claim.table = t;
    claim.linkedBy = by;
    claim.rowKey = rowKeyIn(t);
  };
  if (reference) {
    if (fits(reference) && (!claim.entity || !reference.entity || reference.entity === claim.entity)) choose(reference, 'reference');
    return;
  }
  const nearest = (candidates: StatTable[]) => {
    const allowed = new Set(candidates);
    for (let i = before.length - 1; i >= 0; i--) if (allowed.has(before[i]) && fits(before[i])) return before[i];
    return after.find((t) => allowed.has(t) && fits(t));
  };
  if (claim.entity) {
    const found = nearest([...before, ...after].filter((t) => t.entity === claim.entity));
    if (found) choose(found, 'entity');
    return;
  }
  if (placesInParagraph) return;
  const found = nearest(sectionTables);
  if (found) choose(found, 'entity');
}

/** Whether an integer is followed by a noun the table's caption uses for its rows ("18 skenario"). */
function countedNoun(noun: string | undefined, number: NumberToken, table: StatTable): boolean {
  if (number.decimals !== 0 || number.percent || number.value < 2 || number.value > 500 || number.year) return false;
  if (!noun || !table.table.caption) return false;
  const captionWords = table.table.caption.toLowerCase().split(/[^\p{L}]+/u);
  return captionWords.includes(noun) && table.dataRows.length >= 2;
}

/** The one data row of a table whose key the clause names ("laki-laki", "Intel NUC"). */
/** A pattern finding `key` as a whole word (not inside a longer word or number), in every position. */
function mentions(key: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'gu');
}

function categoryIn(table: StatTable, clauseText: string, clauseBefore: string): string | undefined {
  // Merged cells (\multirow) leave rows without their own key: such tables are not read by category.
  const keys = table.dataRows.map((r) => r.key.toLowerCase().trim());
  if (keys.some((k) => k === '') || new Set(keys).size !== keys.length) return undefined;
  const lower = clauseText.toLowerCase();
  const lowerBefore = clauseBefore.toLowerCase();
  let nearest: { key: string; at: number } | undefined;
  const anywhere: string[] = [];
  for (const r of table.dataRows) {
    const key = r.key.toLowerCase().trim();
    if (r.year !== undefined || key.length < 3 || /^[\d.,\s%-]+$/.test(key)) continue;
    // Most clauses name no row at all: a plain search first, the word-bounded pattern only then.
    if (!lower.includes(key)) continue;
    const pattern = mentions(key);
    if (!pattern.test(lower)) continue;
    anywhere.push(key);
    // "usia 20-29 tahun sebanyak 30 orang (37,50%), usia 30-39 tahun sebanyak 28 orang (35,00%)":
    // each number belongs to the row named last before it.
    for (const m of lowerBefore.matchAll(mentions(key))) {
      const at = m.index ?? 0;
      if (!nearest || at > nearest.at) nearest = { key, at };
    }
  }
  if (nearest) return nearest.key;
  return anywhere.length === 1 ? anywhere[0] : undefined;
}

/** The table column a claim speaks of: same unit, and the header words the clause shares most. */
export function columnFor(claim: Claim, table: StatTable): TableColumn | undefined {
  const n = claim.number;
  const wantsPercent = n.percent || (claim.kind === 'change' && (n.percentagePoints || /persen|percent|poin|point/.test(claim.sentence)));
  const isCount = !!n.unit || (!n.percent && n.decimals === 0 && Math.abs(n.value) >= 1000);
  const compatible = table.columns.filter((c) => {
    if (c.index === 0) return false;
    if (!table.dataRows.some((r) => r.numbers[c.index])) return false;
    if (wantsPercent) return c.unit === 'percent';
    if (n.currency) return c.unit === 'currency';
    if (isCount) return c.unit === 'count' || (c.unit === 'other' && claim.year !== undefined);
    // An index or score for a year ("IPM 72,89 pada 2022"): a column that is neither a percentage nor money.
    return c.unit === 'other' && claim.year !== undefined;
  });
  if (compatible.length <= 1) return compatible[0];
  const score = (c: TableColumn) => c.words.filter((w) => w.length > 2 && claim.words.has(w)).length;
  const best = Math.max(...compatible.map(score));
  const top = compatible.filter((c) => score(c) === best);
  return top.length === 1 ? top[0] : undefined;
}
