// What a heading says about the part of the manuscript it opens, in Indonesian and English:
// "BAB IV HASIL DAN PEMBAHASAN", "III. HASIL DAN PEMBAHASAN", "INTISARI", "## **1.2 …**".
import type { Lang, SectionRole } from '../model';

export interface HeadingInfo {
  role?: SectionRole;
  lang?: Lang;
  /** The title without numbering and decoration, lower-cased. */
  bare: string;
  numbering?: 'chapter' | 'roman' | 'dotted' | 'single' | 'letter';
  depth?: number;
}

const NUMBERING: { kind: NonNullable<HeadingInfo['numbering']>; pattern: RegExp }[] = [
  { kind: 'chapter', pattern: /^(?:bab|chapter|bagian|part)\s+(?:[0-9]+|[ivxlc]+)\b[\s.:\-–—]*/i },
  { kind: 'dotted', pattern: /^[0-9]+(?:\.[0-9]+)+\.?\s+/ },
  { kind: 'roman', pattern: /^[IVXLC]+\s*[.)]\s*|^[IVXLC]+\s+(?=[A-Z])/ },
  { kind: 'single', pattern: /^[0-9]+\s*[.)]?\s+/ },
  { kind: 'letter', pattern: /^[A-Za-z]\s*[.)]\s+/ },
];

interface RoleRule {
  role: SectionRole;
  lang?: Lang;
  pattern: RegExp;
}

// Whole-title patterns (after numbering is stripped); order matters: first match wins.
const RULES: RoleRule[] = [
  { role: 'abstract', lang: 'id', pattern: /^(abstrak|abstraksi|intisari|ringkasan|sari)$/ },
  { role: 'abstract', lang: 'en', pattern: /^(abstract|summary|executive summary)$/ },
  {
    role: 'references',
    pattern:
      /^(daftar\s+(pustaka|rujukan|referensi|bacaan|kepustakaan)|kepustakaan|pustaka|referensi|rujukan|references?|bibliography|bibliografi|works cited|literature cited|reference list|cited literature)$/,
  },
  { role: 'appendix', pattern: /^(lampiran|appendix|appendices|apendiks)(\s+[a-z0-9]+)?([\s:.\-–].*)?$/ },
  { role: 'acknowledgements', pattern: /^(ucapan\s+terima\s*kasih|kata\s+pengantar|prakata|acknowledge?ments?|preface|persembahan|dedication)$/ },
  {
    role: 'front',
    pattern:
      /^(daftar\s+(isi|tabel|gambar|lampiran|singkatan|istilah|simbol|notasi|persamaan|algoritma|listing|kode)|table of contents|contents|list of (tables|figures|abbreviations|symbols)|glossary|halaman\s+(judul|pengesahan|persetujuan)|lembar\s+(pengesahan|persetujuan)|pernyataan\s+(orisinalitas|originalitas|keaslian|persetujuan|bebas\s+plagiat|penggunaan\s+ai|publikasi)\b.*|riwayat hidup|curriculum vitae|motto.*)$/,
  },
  {
    role: 'results',
    pattern:
      /^(hasil(\s+penelitian)?(\s+dan\s+(pembahasan|diskusi|analisis))?|hasil\s+dan\s+analisis|results?(\s+and\s+(discussion|analysis))?|findings?(\s+and\s+discussion)?|analisis\s+dan\s+pembahasan|analysis(\s+and\s+results)?|pembahasan\s+dan\s+hasil|temuan(\s+penelitian)?(\s+dan\s+pembahasan)?|evaluasi(\s+dan\s+pembahasan)?|pengujian(\s+dan\s+(analisis|pembahasan))?|evaluation|experiments?(\s+and\s+results)?|experimental results)$/,
  },
  { role: 'discussion', pattern: /^(pembahasan|pembahasan\s+temuan(\s+penelitian)?|diskusi|discussion|general discussion|diskusi temuan.*|discussion of.*)$/ },
  {
    role: 'conclusion',
    pattern:
      /^(kesimpulan(\s+dan\s+(saran|rekomendasi|implikasi))?|simpulan(\s+dan\s+(saran|rekomendasi|implikasi))?|penutup|conclusions?(\s+and\s+(future work|recommendations?|suggestions?|implications?))?|concluding remarks|summary and conclusions?)$/,
  },
  {
    role: 'methods',
    pattern:
      /^(metode|metodologi|metode\s+(dan\s+)?(penelitian|kajian|analisis)|metodologi\s+penelitian|metode\s+dan\s+bahan|bahan\s+dan\s+metode|rancangan\s+penelitian|desain\s+penelitian|methods?|methodology|research\s+(methods?|methodology|design)|materials?\s+and\s+methods|data\s+and\s+methods?|study design|design)$/,
  },
  {
    role: 'theory',
    pattern:
      /^(tinjauan\s+(pustaka|teori|teoritis|literatur)|kajian\s+(pustaka|teori|teoritik|teoritis|literatur)|landasan\s+teori(tis)?|dasar\s+teori|kerangka\s+(teori|teoritis|konseptual|pemikiran)|studi\s+(literatur|pustaka)|teori|literature\s+review|review\s+of\s+(the\s+)?literature|theoretical\s+(framework|background)|related\s+work|background(\s+and\s+related\s+work)?)$/,
  },
  { role: 'introduction', pattern: /^(pendahuluan|introduction|latar\s+belakang(\s+masalah)?|background\s+of\s+the\s+study)$/ },
];

/** Title with markup remnants, numbering and trailing punctuation removed. */
// Titles that LaTeX classes keep in macros: \chapter*{\bibname}, \chapter*{\kataPengantar}.
const TITLE_MACROS: Record<string, string> = {
  abstractname: 'Abstract',
  bibname: 'Bibliography',
  refname: 'References',
  contentsname: 'Contents',
  listfigurename: 'List of Figures',
  listtablename: 'List of Tables',
  appendixname: 'Appendix',
  appendicesname: 'Appendices',
  acknowledgmentsname: 'Acknowledgments',
  acknowledgementsname: 'Acknowledgements',
  prefacename: 'Preface',
  indexname: 'Index',
};

/** "\\kataPengantar" → "kata Pengantar"; "\\bibname" → "Bibliography"; other titles unchanged. */
export function expandTitleMacro(title: string): string {
  const m = /^\\([A-Za-z]+)\s*$/.exec(title.trim());
  if (!m) return title;
  const known = TITLE_MACROS[m[1].toLowerCase()];
  if (known) return known;
  return m[1]
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(name|title|judul)$/i, '')
    .trim();
}

export function describeHeading(title: string): HeadingInfo {
  let text = expandTitleMacro(title)
    .replace(/[*_`#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let numbering: HeadingInfo['numbering'];
  let depth: number | undefined;
  for (const { kind, pattern } of NUMBERING) {
    const m = pattern.exec(text);
    if (m) {
      // A roman numeral alone ("I") is only numbering when text follows.
      if (m[0].length >= text.length) break;
      // A roman numeral joined to a number ("I.1 Bapak …", "III. 2.2 Kepala Staff") codes an
      // informant or a table row, not a chapter.
      if (kind === 'roman' && /^\d/.test(text.slice(m[0].length))) break;
      numbering = kind;
      if (kind === 'dotted') depth = m[0].trim().replace(/\.$/, '').split('.').length;
      text = text.slice(m[0].length);
      break;
    }
  }
  const bare = text
    .toLowerCase()
    .replace(/(?<![.:;,\s])[.:;,\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const rule of RULES) {
    if (rule.pattern.test(bare)) return { role: rule.role, lang: rule.lang, bare, numbering, depth };
  }
  return { bare, numbering, depth };
}

/** A level implied by the title's numbering: "BAB II"/"III." → 1, "3.2" → 2, "3.5.1" → 3. */
export function headingLevelFromTitle(title: string): number | undefined {
  const info = describeHeading(title);
  switch (info.numbering) {
    case 'chapter':
    case 'roman':
      return 1;
    case 'dotted':
      return info.depth;
    default:
      return info.role ? 1 : undefined;
  }
}

/**
 * Whether a bold-only line (or, with `plain`, an undecorated one-line paragraph) acts as a
 * heading: a known section name, or a numbered title that is short and not a sentence.
 */
export function looksLikeImplicitHeading(text: string, options: { plain?: boolean } = {}): boolean {
  if (text.length === 0 || text.length > 200 || text.includes('\n')) return false;
  // An undecorated line is a heading only when it reads like one: no sentence punctuation.
  if (options.plain && /[.!?;,]$/.test(text.trim())) return false;
  const info = describeHeading(text);
  if (info.role && !/^(evaluasi|pengujian|analysis|design|teori|sari|summary|evaluation|penutup|background)$/.test(info.bare)) return true;
  if (info.role && /^[A-Z0-9 .]+$/.test(text.trim())) return true;
  if (options.plain) return false;
  if (/[.!?]$/.test(text.trim()) && !/^[0-9.]+$/.test(text.trim())) return false;
  if (/^(tabel|table|gambar|figure|grafik|bagan|sumber|source|keterangan|note)\b/i.test(text.trim())) return false;
  if (/:\s*\S/.test(text)) return false;
  return info.numbering === 'chapter' || info.numbering === 'roman' || info.numbering === 'dotted';
}
