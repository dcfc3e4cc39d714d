// Author–year citations written as prose, in Indonesian and English:
//   parenthetical  "(Ansell & Gash, 2008)", "(Sen, A., 2024)", "(Iza & Nurhaeni, 2021; Latif, 2018)",
//                  "(Sugiyono, 2019: 45)", "(…, 2019, hlm. 45)", "(Slavin, 1980, 2011)", "(BPS, t.t.)"
//   narrative      "Ansell dan Gash (2008)", "Wahyunengseh et al. (2020)", "Yunas dkk. (2019)",
//                  "Samin Latif dan Ikram Muhammad (2020)", "Sugiyono (2013:20)"
//   secondary      "Edward III dalam Agustino (2008: 149)": only the second author must be listed.
// Works on the plain text of a block and maps every span back to the source.
import type { Span, TextBlock } from '../model';
import { blockSpan } from '../text/builder';
import { isDegree, isInitials, isParticle } from '../bibliography/names';

export interface ProseCitation extends Span {
  kind: 'parenthetical' | 'narrative';
  /** Family names as written, in order ("Ansell", "Gash"); full names reduced to the surname. */
  authors: string[];
  /** The citation as written, without the enclosing parentheses of a parenthetical one. */
  written: string;
  /** The author part as written ("Samin Latif dan Ikram Muhammad"). */
  writtenAuthors: string;
  authorSpan: Span;
  etAl: boolean;
  year: string;
  yearSpan: Span;
  /** "Edward III" in "Edward III dalam Agustino (2008)". */
  secondaryOriginal?: string;
  /**
   * The first name as written when it is longer than its surname ("OpenAI Service Status",
   * "World Bank"): an organisation is matched by its whole name before its last word.
   */
  firstWritten?: string;
  /**
   * What may be the title of the cited work, Chicago's author–title–date form ("(Cleveland,
   * Visualizing Data 1994)"): an entry of the author with that title is the one cited.
   */
  titleHint?: string;
  /** Strong evidence that this is a citation (a cue word, et al., several authors, parentheses). */
  strong: boolean;
  /** Initials were written inside the citation ("(Sen, A., 2024)"). */
  withInitials: boolean;
  /**
   * The first name may be a sentence adverb rather than an author ("Interestingly, Biggs et al.
   * (2001)"): resolution drops it when it matches no entry.
   */
  optionalFirst?: { start: number; writtenAuthors: string };
}

const YEAR_SOURCE = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|t\.\s?t\.|tanpa tahun`;
const PAGE_SOURCE = String.raw`(?:\s*[:,]\s*(?:(?:hlm|hal|halaman|p|pp|page|pages|h)\.?\s*)?[0-9ivxlc]+(?:\s*[-–]\s*[0-9ivxlc]+)?)`;
const YEARS_AT_END = new RegExp(
  String.raw`^(.*?)[,\s]\s*((?:${YEAR_SOURCE})(?:\s*[,;]\s*(?:${YEAR_SOURCE}))*)${PAGE_SOURCE}?(?:\s*,\s*[“"][^”"]*[”"])?\s*$`,
  'i',
);
// "Ackerman (1986; 1988; 1992)": several works of the same authors, by comma or semicolon.
const YEAR_ONLY_PAREN = new RegExp(String.raw`\(\s*((?:${YEAR_SOURCE})(?:\s*[,;]\s*(?:${YEAR_SOURCE}))*)${PAGE_SOURCE}?\s*\)`, 'gi');
const REMARK_AFTER_YEAR = /(\d{4}[a-z]?),?\s+(?:for|to|as|on|with|untuk|sebagai|dan lain-lain)\s[\p{Ll}\s'’-]*$/u;
/** A part of a parenthetical citation that is years alone: "(Ackerman, 1986; 1988)". */
const YEARS_ALONE = new RegExp(String.raw`^\s*((?:${YEAR_SOURCE})(?:\s*,\s*(?:${YEAR_SOURCE}))*)${PAGE_SOURCE}?\s*$`, 'i');
const YEAR_TOKEN = new RegExp(YEAR_SOURCE, 'gi');

// Words that open a sentence or introduce a citation; never part of an author's name.
const CUE_WORDS = new Set(
  (
    'menurut oleh dalam berdasarkan penelitian peneliti studi kajian hasil temuan teori konsep model pendapat sejalan sesuai mengutip dikutip ' +
    'panduan pedoman acuan dengan ' +
    'seperti sebagaimana buku jurnal artikel skripsi tesis disertasi riset karya definisi pandangan pemikiran ' +
    'according by in following see lihat as per cf study studies research work findings theory model view'
  ).split(' '),
);
const SENTENCE_WORDS = new Set(
  (
    'sedangkan sementara namun selain adapun kemudian akan tetapi hal ini itu tersebut pada di ke dari untuk dengan bahwa yang juga serta maupun ' +
    'sama halnya berbeda sebelumnya selanjutnya lebih lanjut secara umum khusus the a an this these that those while whereas however also similarly both unlike like ' +
    'although though when where which who moreover furthermore thus therefore hence for and or but on at from to with of'
  ).split(' '),
);
// Capitalised words that precede a bracketed year without being authors.
const NOT_NAMES = new Set(
  (
    'tahun tabel table gambar figure bab chapter pasal nomor no undang peraturan perda permen pp uu ayat indonesia kabupaten kota provinsi ' +
    'januari februari maret april mei juni juli agustus september oktober november desember january february march june july august october december ' +
    'semester periode tahap fase versi version covid disease virus'
  ).split(' '),
);

const CITED_IN = /(?:,|(?<![\s,]))\s+(?:as cited in|cited in|dalam|dikutip dalam|dikutip dari|sebagaimana dikutip(?: dalam| oleh)?|dikutip oleh)\s+(?=\S)/i;
const SOURCE_LABEL = /^(?:sumber|source|diadaptasi dari|adapted from|diolah dari)\s*:\s*/i;
/** The thesis's own work named as a source: the author, the researcher, own data, processed data. */
const SELF_SOURCE =
  /^(?:(?:the\s+)?(?:author|authors|researcher|writer)|own\b|penulis|peneliti|penyusun|dokumen(?:tasi)?\s+(?:pribadi|penulis|peneliti)|(?:data\s+)?(?:olahan|diolah|hasil)\b|data\s+(?:primer|sekunder|penelitian))/i;

// Places, which organisations are named after: a corporate author a reference manager cut down to
// its last word ("(Indonesia, 2017)" for Ikatan Akuntan Indonesia) is still a citation.
const PLACE_WORDS = new Set(['indonesia', 'kabupaten', 'kota', 'provinsi']);

const ORGANISATION_WORDS = new Set(['for', 'of', 'to', 'the', 'on', 'and', 'untuk', 'pada', 'dan', 'di', 'dari', 'tentang']);

function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/, '');
}

export function extractProseCitations(block: TextBlock): ProseCitation[] {
  const out: ProseCitation[] = [];
  const text = block.text;
  if (!/\d{4}|n\.\s?d\.|t\.\s?t\./i.test(text)) return out;
  const narrativeParens = new Set<number>();
  YEAR_ONLY_PAREN.lastIndex = 0;
  for (const m of text.matchAll(YEAR_ONLY_PAREN)) {
    const found = narrative(block, m.index ?? 0, m[0], m[1]);
    if (found.length > 0) {
      narrativeParens.add(m.index ?? 0);
      out.push(...found);
    }
  }
  for (const m of text.matchAll(/\(([^()]{4,400})\)/g)) {
    const openAt = m.index ?? 0;
    if (narrativeParens.has(openAt)) continue;
    out.push(...parenthetical(block, openAt + 1, m[1]));
  }
  // "[Muamar, 2020]", "[Herry, 2015, 517]": the same in square brackets (some journals' style).
  if (text.includes('[')) for (const m of text.matchAll(/\[([^[\]()]{4,400})\]/g)) out.push(...parenthetical(block, (m.index ?? 0) + 1, m[1]));
  return out.sort((a, b) => a.start - b.start);
}

function parenthetical(block: TextBlock, innerStart: number, inner: string): ProseCitation[] {
  const out: ProseCitation[] = [];
  let offset = 0;
  let previous: ProseCitation | undefined;
  for (const part of inner.split(';')) {
    const partStart = innerStart + offset;
    offset += part.length + 1;
    // "(Ackerman, 1986; 1988; 1992)": more works of the authors just named.
    const alone = previous ? YEARS_ALONE.exec(part) : null;
    if (previous && alone) {
      const yearsAt = partStart + part.indexOf(alone[1]);
      for (const y of alone[1].matchAll(YEAR_TOKEN)) {
        const yearStart = yearsAt + (y.index ?? 0);
        out.push({
          ...previous,
          ...blockSpan(block, yearStart, yearStart + y[0].length),
          written: `${previous.writtenAuthors}, ${y[0]}`,
          year: normalizeCitedYear(y[0]),
          yearSpan: blockSpan(block, yearStart, yearStart + y[0].length),
          authorSpan: blockSpan(block, yearStart, yearStart + y[0].length),
        });
      }
      continue;
    }
    previous = undefined;
    const lead = part.length - part.trimStart().length;
    const whole = part.trim();
    let itemOffset = partStart + lead;
    let item = whole;
    // "(Shih, 2005, as cited in Yan & Islam, 2011)", "(Edward III, 1980 dalam Agustino, 2008)": the
    // work cited is the second; the first names its original author.
    let originalAuthor: string | undefined;
    const cited = CITED_IN.exec(item);
    if (cited && /\d{4}[a-z]?$/.test(item.slice(0, cited.index))) {
      const before = item.slice(0, cited.index);
      originalAuthor = before
        .slice(0, before.search(/(?:1[5-9]\d\d|20\d\d)[a-z]?$/))
        .replace(/(?<![,\s])[,\s]+$/, '')
        .trim();
      const rest = cited.index + cited[0].length;
      itemOffset += rest;
      item = item.slice(rest);
    }
    // "(Source: Author, 2012)", "(Sumber: Penulis, 2023)", "(Sumber: Data diolah, 2024)": the
    // thesis's own work, not a citation; "(Sumber: BPS, 2023)" cites BPS.
    const source = SOURCE_LABEL.exec(item);
    if (source) {
      itemOffset += source[0].length;
      item = item.slice(source[0].length);
      if (SELF_SOURCE.test(item)) continue;
    }
    // "(see Forster, 1998; Grainger, 2008, for reviews)", "(…, 2016, to cite a few)": a remark
    // after the last year.
    const remark = REMARK_AFTER_YEAR.exec(item);
    if (remark) item = item.slice(0, (remark.index ?? 0) + remark[1].length);
    const m = YEARS_AT_END.exec(item);
    if (!m) continue;
    let authorsText = m[1].replace(/(?<![,\s])[,\s]+$/, '');
    let authorsOffset = itemOffset;
    // "lihat Sugiyono", "see Smith", "e.g., Smith": a lower-case lead-in is not part of the names.
    const leadIn =
      /^(?:(?:lihat|see|cf\.|e\.g\.,?|i\.e\.,?|viz\.,?|for example,?|for instance,?|such as|misalnya|contohnya|seperti|yaitu|yakni|in|dalam|also|juga)\s+)+/i.exec(
        authorsText,
      );
    if (leadIn && /^[a-z]/.test(leadIn[0])) {
      authorsText = authorsText.slice(leadIn[0].length);
      authorsOffset += leadIn[0].length;
    }
    // A work without author is cited by its title: (“Open Peer Review,” n.d.).
    const quoted = /^[“"](.+?),?[”"],?$/.exec(authorsText);
    if (quoted) {
      authorsOffset += 1;
      authorsText = quoted[1].replace(/,$/, '');
    }
    // A quoted title is one name, "and" and all ("UAV Photogrammetry and Remote Sensing").
    let names: NameList | undefined = quoted
      ? /\p{L}/u.test(authorsText) && !/\d/.test(authorsText)
        ? { surnames: [authorsText], etAl: false, withInitials: false }
        : undefined
      : parseNameList(authorsText);
    let strong = true;
    if (!names && !quoted) {
      // "(for a discussion, see Baguley, 2009)", "(…based on substantive arguments, Lakens et al.,
      // 2017)", "(2.3, Auguie, 2017)": a remark or a version number, then the names.
      const tail = trailingNames(authorsText);
      if (tail) {
        authorsOffset += tail.at;
        authorsText = authorsText.slice(tail.at);
        names = tail.names;
        strong = tail.strong;
      }
    }
    if (!names) continue;
    // "(BPQ, Kolacz et al., 2018)", "(PSI, Sibson, 1978)": the short name of a measure, then its
    // authors; resolution drops the label when no entry has it.
    let optionalFirst: ProseCitation['optionalFirst'];
    const label = names.surnames.length > 1 ? (LABEL_FIRST.exec(authorsText) ?? LABEL_BEFORE_LIST.exec(authorsText)) : null;
    if (label) optionalFirst = { start: authorsOffset + label[0].length, writtenAuthors: authorsText.slice(label[0].length) };
    const yearsText = m[2];
    const yearsOffset = itemOffset + item.indexOf(yearsText, m[1].length);
    for (const y of yearsText.matchAll(YEAR_TOKEN)) {
      const yearStart = yearsOffset + (y.index ?? 0);
      const spanStart = authorsOffset;
      const spanEnd = itemOffset + item.length;
      out.push({
        kind: 'parenthetical',
        ...blockSpan(block, spanStart, spanEnd),
        written: block.text.slice(spanStart, spanEnd),
        authors: names.surnames,
        writtenAuthors: authorsText,
        authorSpan: blockSpan(block, authorsOffset, authorsOffset + authorsText.length),
        etAl: names.etAl,
        year: normalizeCitedYear(y[0]),
        yearSpan: blockSpan(block, yearStart, yearStart + y[0].length),
        secondaryOriginal: originalAuthor ?? names.secondaryOriginal,
        firstWritten: names.firstWritten,
        titleHint: names.titleHint,
        strong: strong && !names.placeLike,
        withInitials: names.withInitials,
        ...(optionalFirst ? { optionalFirst } : {}),
      });
      previous = out[out.length - 1];
    }
  }
  return out;
}

/** An abbreviation in capitals ("BPQ", "BPQ-VSF", "CERQ-short") and its comma, before names. */
const LABEL_FIRST = /^(?=[^\s,]*\p{Lu}[^\s,]*\p{Lu})\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{L}\p{N}]+)*,\s*(?=\p{Lu})/u;

const WEBSITE = /^(?:www\.)?[a-z][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,40}){0,3}\.(?:com|org|net|id|go\.id|co\.id|ac\.id|or\.id|gov|edu|io|info)$/i;

/** "(e.g., Myst, Anderson & Dill, 2000)": a name (of a game, a model) before a list of its own. */
const LABEL_BEFORE_LIST = /^[^,]{2,40},\s?(?=[^,]{1,120}?(?:\s&\s|\sand\s|\sdan\s|\set al\.?$|\sdkk\.?$))/u;

const COLLEAGUES = new Set(['colleagues', 'coworkers', 'co-workers', 'kawan-kawan', 'rekan-rekan', 'rekan']);

// A remark before the names of a parenthetical citation ends in a comma or in a cue word.
const TAIL_CUT = /(?:,\s+|(?<=\p{Ll})\s+)(?=\p{Lu})/gu;
const TAIL_CUE = /(?<!\p{L})(?:see|lihat|cf\.|e\.g\.,?|for example|for instance|misalnya|contohnya|seperti|mengutip|replicating|following)\s+$/iu;

/**
 * The names at the end of what precedes a parenthetical citation's year, after a remark in
 * lower case or a number ("for a discussion, see Baguley", "2.3, Auguie"): the longest tail that
 * reads as names. Strong evidence of a citation only after a cue word ("see") or with "et al.";
 * otherwise it counts when an entry has those names (a place after a remark is no citation).
 */
function trailingNames(text: string): { at: number; names: NameList; strong: boolean } | undefined {
  for (const cut of text.matchAll(TAIL_CUT)) {
    const at = (cut.index ?? 0) + cut[0].length;
    const before = text.slice(0, at);
    // The remark holds a word in lower case or a figure; names alone would have read as a whole.
    if (!/(?<!\p{L})\p{Ll}{2,}|\d/u.test(before)) continue;
    const names = parseNameList(text.slice(at));
    if (!names) continue;
    return { at, names, strong: names.etAl || TAIL_CUE.test(before) };
  }
  return undefined;
}

interface NameList {
  surnames: string[];
  /** A place's name ("(Indonesia, 2017)"): a citation only if an entry has that name. */
  placeLike?: boolean;
  firstWritten?: string;
  titleHint?: string;
  etAl: boolean;
  secondaryOriginal?: string;
  withInitials: boolean;
}

/**
 * "Ansell & Gash", "Sen, A.", "Iza, S. M., & Nurhaeni, I. D. A.", "Emerson et al.", "Yunas dkk.",
 * "Edward III dalam Agustino", "Badan Pusat Statistik", "A., Murahman, M., & Muslimin, A."
 * Returns undefined for anything that is not a list of names (lower-case words, digits).
 */
export function parseNameList(text: string): NameList | undefined {
  // "World Health Organization [WHO]": the bracketed abbreviation introduces a short form.
  let t = text.replace(/(?<!\s)\s*\[[\p{Lu}\p{N}&-]{2,12}\]/gu, '').trim();
  // "(bps.go.id, 2024)": a website named as its author, in lower case as its address is.
  if (WEBSITE.test(t)) return { surnames: [t], etAl: false, withInitials: false };
  if (t.length === 0 || t.length > 250 || /\d/.test(t) || !/^[\p{Lu}]/u.test(t)) return undefined;
  let secondaryOriginal: string | undefined;
  const secondary = /^(.+?)\s+(?:dalam|in|cited in|as cited in|sebagaimana dikutip(?:\s+dalam)?|dikutip(?:\s+dalam|\s+dari)?)\s+(.+)$/i.exec(t);
  if (secondary) {
    secondaryOriginal = secondary[1].replace(/(?<![,\s])[,\s]+$/, '');
    t = secondary[2];
  }
  let etAl = false;
  t = t.replace(/(?:,|(?<![\s,]))\s*\b(?:et\.?\s*al\.?|dkk\.?|dan kawan-kawan|and colleagues)\s*$/i, () => {
    etAl = true;
    return '';
  });
  const chunks = t.split(/(?:(?<!\s)\s*)?(?:,|&|\band\b|\bdan\b)\s*/).filter((c) => c.trim() !== '');
  const surnames: string[] = [];
  let withInitials = false;
  let firstWritten: string | undefined;
  let titleHint: string | undefined;
  let placeLike = false;
  for (const raw of chunks) {
    // "Prof. Dr. Sugiyono", "Azis, M.Kom": titles before a name and degrees after it are not names;
    // "Faisal Maliki Baskoro / FMB": the name, then its short form.
    const chunk = raw.replace(TITLES_BEFORE, '').split('/')[0].trim();
    if (chunk === '' || isDegree(chunk) || isDegreeRun(chunk)) continue;
    // "BPS", "WHO": capitals without points before any surname are a corporate author, not initials.
    const acronym = surnames.length === 0 && /^\p{Lu}{2,8}$/u.test(chunk);
    if (isInitials(chunk) && !acronym) {
      withInitials = true;
      continue;
    }
    const words = chunk.split(/\s+/);
    // "(Wickham, An implementation of the Grammar of Graphics 2012)": Chicago's author–title–date
    // form; the last part is the title of the author's work.
    const last = chunk === chunks[chunks.length - 1];
    if (
      surnames.length === 1 &&
      last &&
      words.length >= 2 &&
      (/^(?:The|A|An)$/.test(words[0]) || words.some((w) => /^\p{Ll}{3,}/u.test(w) && !ORGANISATION_WORDS.has(w) && !isParticle(w)))
    ) {
      titleHint = chunk;
      break;
    }
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      // "Council for Aid to Education", "Kementerian Pendidikan dan Kebudayaan": inner function words.
      const inner = i > 0 && i < words.length - 1 && ORGANISATION_WORDS.has(w);
      if (!/^[\p{Lu}]/u.test(w) && !isParticle(w) && !/^(?:al-|el-)/.test(w) && !inner) return undefined;
      if (PLACE_WORDS.has(w.toLowerCase())) placeLike = true;
      else if (NOT_NAMES.has(w.toLowerCase())) return undefined;
      // "(March-September 2020)", "(Januari–Maret 2021)": a span of months, not a name.
      else if (/[-–]/.test(w) && w.split(/[-–]/).every((part) => NOT_NAMES.has(part.toLowerCase()))) return undefined;
    }
    // "(Cleveland, Visualizing Data 1994)": a title of capitalised words reads like a second name;
    // resolution tries it as a title first.
    if (surnames.length === 1 && last && words.length >= 2) titleHint = chunk;
    const surname = surnameOf(words.map(stripPossessive));
    if (surnames.length === 0 && surname !== chunk) firstWritten = words.map(stripPossessive).join(' ');
    surnames.push(surname);
  }
  if (surnames.length === 0 || surnames.length > 12) return undefined;
  return { surnames, etAl, secondaryOriginal, withInitials, firstWritten, titleHint, placeLike };
}

/** The surname of a written name: "Abdika Jaya" → "Jaya", "Edward III" → "Edward III", "van Dijk" → "van Dijk". */
function surnameOf(words: string[]): string {
  if (words.length === 1) return words[0];
  let i = words.length - 1;
  if (/^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(words[i]) && i > 0) i--;
  while (i > 0 && isParticle(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

/** Looks backwards from a "(2008)" for the names it belongs to. */
function narrative(block: TextBlock, parenAt: number, parenText: string, yearsText: string): ProseCitation[] {
  const text = block.text;
  const windowStart = Math.max(0, parenAt - 240);
  const tokens: { text: string; start: number; end: number }[] = [];
  for (const m of text.slice(windowStart, parenAt).matchAll(/[\p{L}][\p{L}'’\-]*\.?|,|&/gu)) {
    tokens.push({ text: m[0], start: windowStart + (m.index ?? 0), end: windowStart + (m.index ?? 0) + m[0].length });
  }
  const kept: typeof tokens = [];
  let expectedEnd = parenAt;
  let etAl = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    const gap = text.slice(token.end, expectedEnd);
    if (gap.trim() !== '') break;
    const word = token.text;
    const lower = word.toLowerCase().replace(/\.$/, '');
    // "Putri et al., (2021)": a comma right before the parenthesis is punctuation, not a list.
    if (kept.length === 0 && !etAl && word === ',' && expectedEnd === parenAt) {
      expectedEnd = token.start;
      continue;
    }
    if (kept.length === 0 && !etAl && (lower === 'al' || lower === 'dkk')) {
      if (lower === 'al' && tokens[i - 1]?.text.toLowerCase().replace(/\.$/, '') !== 'et') break;
      etAl = true;
      if (lower === 'al') i--;
      expectedEnd = tokens[i].start;
      continue;
    }
    // "Burriss and colleagues (2015)", "Sari dan kawan-kawan (2019)": et al. in words.
    if (kept.length === 0 && !etAl && COLLEAGUES.has(lower) && /^(?:and|dan)$/i.test(tokens[i - 1]?.text ?? '')) {
      etAl = true;
      i--;
      expectedEnd = tokens[i].start;
      continue;
    }
    // "… yang disingkat PERMATM. Emadpoor (2015)": an acronym that ends a sentence is not a name
    // (a capitalised abbreviation is: "La Moh. Saleh", "Abd. Rahman").
    if (kept.length > 0 && /^\p{Lu}{3,}\.$/u.test(word)) break;
    const isConnector = word === ',' || word === '&' || lower === 'dan' || lower === 'and';
    const isName = /^[\p{Lu}]/u.test(word) || (isParticle(word) && kept.length > 0) || isInitials(word);
    if (!isConnector && !isName) break;
    kept.unshift(token);
    expectedEnd = token.start;
  }
  while (kept.length > 0 && /^(,|&|dan|and)$/i.test(kept[0].text)) kept.shift();
  if (kept.length === 0) return [];

  // Group into names at connectors.
  const groups: (typeof tokens)[] = [[]];
  for (const token of kept) {
    if (/^(,|&|dan|and)$/i.test(token.text)) {
      if (groups[groups.length - 1].length > 0) groups.push([]);
    } else groups[groups.length - 1].push(token);
  }
  if (groups[groups.length - 1].length === 0) groups.pop();
  // Sentence-opening and cue words at the front of the first name are not part of it.
  let strong = etAl || groups.length > 1;
  const first = groups[0];
  while (first.length > 1 && (CUE_WORDS.has(first[0].text.toLowerCase()) || SENTENCE_WORDS.has(first[0].text.toLowerCase()) || isTitle(first[0].text))) {
    if (CUE_WORDS.has(first[0].text.toLowerCase())) strong = true;
    first.shift();
  }
  if (first.length === 1 && (CUE_WORDS.has(first[0].text.toLowerCase()) || SENTENCE_WORDS.has(first[0].text.toLowerCase()))) {
    // "Furthermore, Morse (2003)": the opening word is not a name; the names follow it.
    if (groups.length === 1) return [];
    const cue = CUE_WORDS.has(first[0].text.toLowerCase());
    groups.shift();
    return narrativeFromGroups(block, tokens, kept, groups, etAl, etAl || cue || groups.length > 1, parenAt, parenText, yearsText);
  }
  return narrativeFromGroups(block, tokens, kept, groups, etAl, strong, parenAt, parenText, yearsText);
}

type Token = { text: string; start: number; end: number };

function narrativeFromGroups(
  block: TextBlock,
  tokens: Token[],
  kept: Token[],
  groupsFound: Token[][],
  etAl: boolean,
  strong: boolean,
  parenAt: number,
  parenText: string,
  yearsText: string,
): ProseCitation[] {
  const text = block.text;
  let groups = groupsFound;
  const first = groups[0];
  const before = tokens.filter((t) => t.end <= first[0].start).pop();
  // "in" after a thing with a number is a place, not a source: "Covid-19 in Ireland (2020)".
  const place = before !== undefined && /^(?:in|dalam|di)$/i.test(before.text) && numberBefore(text, Math.max(0, before.start - 12), before.start);
  if (before && CUE_WORDS.has(before.text.toLowerCase()) && !place) strong = true;
  // Long runs of capitalised words are more likely a title or a place than a name.
  if (groups.some((g) => g.length > 4)) return [];
  // "Ir. M. Farid Azis, M.Kom (2005)", "Budi Santoso, S.T., M.Si. (2018)": degrees after the name.
  groups = groups.filter((g, i) => i === 0 || !isDegreeRun(text.slice(g[0].start, g[g.length - 1].end)));
  const surnames: string[] = [];
  let firstWritten: string | undefined;
  let withInitials = false;
  for (const g of groups) {
    const words = g
      .map((t) => t.text)
      .filter((w) => {
        if (isInitials(w)) {
          withInitials = true;
          return false;
        }
        return true;
      });
    if (words.length === 0) continue;
    if (words.some((w) => NOT_NAMES.has(w.toLowerCase().replace(/\.$/, '')))) return [];
    const cleaned = words.map((w) => stripPossessive(w.replace(/\.$/, '')));
    const surname = surnameOf(cleaned);
    if (surnames.length === 0 && cleaned.length > 1 && surname !== cleaned.join(' ')) firstWritten = cleaned.join(' ');
    surnames.push(surname);
  }
  if (surnames.length === 0) return [];
  // Initials ("Iqbal, M. (2018)") make a second group but not a second author.
  if (surnames.length === 1 && !etAl && groups.length > 1 && !strongBefore(tokens, first)) strong = false;
  // "Conversely, Axelson and Flick (2011)": a lone capitalised word opening the sentence.
  const textBefore = text.slice(0, first[0].start).trimEnd();
  const opensSentence = textBefore === '' || /[.!?:]$/.test(textBefore);
  const optionalFirst = groups.length > 1 && first.length === 1 && opensSentence;
  const secondStart = optionalFirst ? groups[1][0].start : 0;
  let secondaryOriginal: string | undefined;
  // "Edward III dalam Agustino (2008)": the words before "dalam" name the original author.
  const beforeFirst = tokens.filter((t) => t.end <= first[0].start).slice(-3);
  if (
    beforeFirst.length >= 2 &&
    /^(dalam|in)$/i.test(beforeFirst[beforeFirst.length - 1].text) &&
    /^[\p{Lu}IVX]/u.test(beforeFirst[beforeFirst.length - 2].text) &&
    // A name, not a word with a number ("Covid-19 in Ireland (2020)", "Industry 4.0 in …").
    !numberBefore(text, beforeFirst[beforeFirst.length - 2].start, beforeFirst[beforeFirst.length - 1].start)
  ) {
    secondaryOriginal = beforeFirst
      .slice(0, -1)
      .filter((t) => /^[\p{Lu}]/u.test(t.text))
      .map((t) => t.text)
      .join(' ');
    strong = true;
  }
  const authorStart = first[0].start;
  const lastKept = kept[kept.length - 1];
  const authorEnd = etAl ? Math.max(lastKept.end, expectedEndOfEtAl(text, lastKept.end, parenAt)) : lastKept.end;
  const writtenAuthors = text.slice(authorStart, authorEnd).replace(/(?<![\s,])[\s,]+$/, '');
  const out: ProseCitation[] = [];
  const yearsAt = parenAt + parenText.indexOf(yearsText);
  for (const y of yearsText.matchAll(YEAR_TOKEN)) {
    const yearStart = yearsAt + (y.index ?? 0);
    out.push({
      kind: 'narrative',
      ...blockSpan(block, authorStart, parenAt + parenText.length),
      written: text.slice(authorStart, parenAt + parenText.length),
      authors: surnames,
      writtenAuthors,
      authorSpan: blockSpan(block, authorStart, authorStart + writtenAuthors.length),
      etAl,
      year: normalizeCitedYear(y[0]),
      yearSpan: blockSpan(block, yearStart, yearStart + y[0].length),
      secondaryOriginal,
      firstWritten,
      strong,
      withInitials,
      optionalFirst: optionalFirst
        ? { start: blockSpan(block, secondStart, secondStart + 1).start, writtenAuthors: text.slice(secondStart, authorEnd).trim() }
        : undefined,
    });
  }
  return out;
}

/** Whether the word just before `end` (from `start` on) holds a number: "Covid-19 ", "Industry 4.0 ". */
function numberBefore(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).trimEnd().split(/\s/);
  return /\p{N}/u.test(words[words.length - 1]);
}

function strongBefore(tokens: Token[], first: Token[]): boolean {
  const before = tokens.filter((t) => t.end <= first[0].start).pop();
  return !!before && CUE_WORDS.has(before.text.toLowerCase());
}

function expectedEndOfEtAl(text: string, from: number, parenAt: number): number {
  return from + text.slice(from, parenAt).trimEnd().length;
}

const TITLES_BEFORE = /^(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|KH)\.\s*)+/;

/** "M.Kom", "S.T., M.Si.", "SH, MH": one or more academic degrees (see isDegree), nothing else. */
function isDegreeRun(text: string): boolean {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => isDegree(p));
}

function isTitle(word: string): boolean {
  return /^(Prof|Dr|Drs|Ir|Mr|Mrs|Ms|Bapak|Ibu|Pak|Bu)\.?$/.test(word);
}

function normalizeCitedYear(year: string): string {
  return /^(n\.\s?d\.|t\.\s?t\.|tanpa tahun)$/i.test(year) ? 'n.d.' : year;
}
