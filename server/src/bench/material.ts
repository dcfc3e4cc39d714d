// The benchmark's manuscripts, made at run time from material inside the repository, so that
// `npm run bench` runs on a fresh clone:
//
//   - fixtures/examples/manuscripts/seed-004/manuscript.md, the bundled real article (see
//     fixtures/examples/README.md for its provenance), used unchanged as one part of the
//     Markdown theses (its own written reference list joins the thesis's);
//   - text generated here from a fixed seed: chapters of a skripsi-like thesis in Indonesian and
//     English written for this benchmark — prose with author–year citations, tables of counts and
//     percentages restated in the text (consistent, so they exercise the statistics checks without
//     flooding them), reported tests with p-values computed from their statistic, and a reference
//     list or a .bib file with every cited entry.
//
// The same seed gives the same files byte for byte, so figures are comparable between runs and
// machines. Three shapes are written:
//   single Markdown  one .md file of ~100k words with a written "DAFTAR PUSTAKA" (a skripsi
//                    exported from Word); citations written "(Surname, 2019)"
//   single LaTeX     one .tex file of ~100k words, \cite/\citet keys into a .bib beside it
//   project          a Pandoc project: metadata.yaml declaring a .bib, chapter files with
//                    [@key] citations, ~100k words in all; the edited chapter is one of many
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jStat } from 'jstat';

export interface BenchManuscript {
  name: string;
  markup: 'markdown' | 'latex';
  /** What the CLI checks and the first file the server opens. */
  root: string;
  /** The file the benchmark opens in the server and types into. */
  edited: string;
  /** Every manuscript file, in reading order. */
  files: string[];
  words: number;
  bytes: number;
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

// ---- deterministic randomness ------------------------------------------------------------------

/** mulberry32: a small, fast, seeded generator (same seed, same sequence on every platform). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---- vocabulary ----------------------------------------------------------------------------------

const SURNAMES = [
  'Ansell',
  'Gash',
  'Emerson',
  'Nabatchi',
  'Balogh',
  'Purdy',
  'Bryson',
  'Crosby',
  'Stone',
  'Agranoff',
  'McGuire',
  'Ostrom',
  'Rhodes',
  'Kickert',
  'Klijn',
  'Koppenjan',
  'Sørensen',
  'Torfing',
  'Provan',
  'Kenis',
  'Huxham',
  'Vangen',
  'Thomson',
  'Perry',
  'Dwiyanto',
  'Sulistiyani',
  'Suharto',
  'Nugroho',
  'Wibawa',
  'Subarsono',
  'Widodo',
  'Kurniawan',
  'Handayani',
  'Rahmawati',
  'Saputra',
  'Pratama',
  'Hidayat',
  'Setiawan',
  'Wulandari',
  'Susanti',
  'Permana',
  'Hakim',
  'Siregar',
  'Nasution',
  'Harahap',
  'Simanjuntak',
  'Tambunan',
  'Lubis',
  'Putri',
  'Ramadhan',
  'Firmansyah',
  'Anggraeni',
  'Fauzi',
  'Yuliani',
  'Santoso',
  'Utomo',
  'Parasuraman',
  'Zeithaml',
  'Berry',
  'Kotler',
  'Keller',
  'Oliver',
  'Edwards',
  'Grindle',
  'Mazmanian',
  'Sabatier',
  'Dunn',
  'Creswell',
  'Sugiyono',
  'Moleong',
  'Miles',
  'Huberman',
  'Saldana',
  'Yin',
  'Denzin',
  'Lincoln',
  'Bryman',
  'Field',
  'Hair',
  'Ghozali',
  'Sekaran',
  'Bougie',
  'Cohen',
  'Tabachnick',
  'Fidell',
  'Kline',
  'Hayes',
  'Nunnally',
  'Bernstein',
  'Arikunto',
];
const INITIALS = 'ABCDEFGHIJKLMNOPRSTW';

const ID_TOPICS = [
  'kolaborasi antarlembaga',
  'partisipasi masyarakat',
  'kapasitas kelembagaan',
  'kualitas pelayanan publik',
  'kepuasan penerima manfaat',
  'transparansi anggaran',
  'akuntabilitas program',
  'koordinasi lintas sektor',
  'pemberdayaan ekonomi desa',
  'literasi digital aparatur',
  'kinerja pegawai',
  'implementasi kebijakan',
  'komunikasi organisasi',
  'kepemimpinan transformasional',
  'disiplin kerja',
];
const ID_OPENERS = [
  'Penelitian terdahulu menunjukkan bahwa',
  'Dalam konteks pemerintahan daerah,',
  'Hasil wawancara dengan informan menegaskan bahwa',
  'Secara konseptual,',
  'Sejalan dengan temuan tersebut,',
  'Di sisi lain,',
  'Lebih lanjut,',
  'Oleh karena itu,',
  'Dengan demikian,',
  'Berdasarkan observasi di lapangan,',
  'Menurut pandangan para ahli,',
  'Pada tahap awal pelaksanaan program,',
];
const ID_VERBS = [
  'berpengaruh terhadap',
  'menentukan keberhasilan',
  'memperkuat',
  'berkaitan erat dengan',
  'menjadi prasyarat bagi',
  'mendorong peningkatan',
  'membatasi efektivitas',
  'memerlukan dukungan',
  'mencerminkan kualitas',
];
const ID_TAILS = [
  'di tingkat kabupaten',
  'dalam jangka panjang',
  'bagi rumah tangga miskin',
  'pada unit pelaksana teknis',
  'di wilayah perdesaan',
  'selama periode penelitian',
  'pada setiap tahap program',
  'di kalangan aparatur desa',
  'dalam proses perumusan kebijakan',
];
const EN_TOPICS = [
  'inter-agency collaboration',
  'community participation',
  'institutional capacity',
  'public service quality',
  'beneficiary satisfaction',
  'budget transparency',
  'programme accountability',
  'cross-sector coordination',
  'village economic empowerment',
  'digital literacy of officials',
  'employee performance',
  'policy implementation',
  'organisational communication',
  'transformational leadership',
  'work discipline',
];
const EN_OPENERS = [
  'Earlier studies show that',
  'In the context of local government,',
  'The interviews confirm that',
  'Conceptually,',
  'In line with this finding,',
  'On the other hand,',
  'Furthermore,',
  'For this reason,',
  'Taken together,',
  'Field observations suggest that',
  'According to the literature,',
];
const EN_VERBS = [
  'shapes',
  'determines the success of',
  'strengthens',
  'is closely related to',
  'is a precondition for',
  'drives improvements in',
  'limits the effectiveness of',
  'depends on support for',
  'reflects the quality of',
];
const EN_TAILS = [
  'at the district level',
  'in the long run',
  'for poor households',
  'in the technical implementation units',
  'in rural areas',
  'during the study period',
  'at every stage of the programme',
  'among village officials',
  'when policies are formulated',
];
const CATEGORIES_ID: { caption: string; rows: string[] }[] = [
  { caption: 'Karakteristik Responden Berdasarkan Jenis Kelamin', rows: ['Laki-laki', 'Perempuan'] },
  { caption: 'Karakteristik Responden Berdasarkan Usia', rows: ['20–29 tahun', '30–39 tahun', '40–49 tahun', '50 tahun ke atas'] },
  { caption: 'Karakteristik Responden Berdasarkan Pendidikan', rows: ['SMA', 'Diploma', 'Sarjana', 'Pascasarjana'] },
  { caption: 'Karakteristik Responden Berdasarkan Masa Kerja', rows: ['Kurang dari 5 tahun', '5–10 tahun', 'Lebih dari 10 tahun'] },
  { caption: 'Tanggapan Responden terhadap Kualitas Pelayanan', rows: ['Sangat setuju', 'Setuju', 'Netral', 'Tidak setuju'] },
];
const CATEGORIES_EN: { caption: string; rows: string[] }[] = [
  { caption: 'Respondents by gender', rows: ['Men', 'Women'] },
  { caption: 'Respondents by age group', rows: ['20–29 years', '30–39 years', '40–49 years', '50 years and over'] },
  { caption: 'Respondents by education', rows: ['Secondary school', 'Diploma', "Bachelor's degree", 'Postgraduate'] },
  { caption: 'Responses on service quality', rows: ['Strongly agree', 'Agree', 'Neutral', 'Disagree'] },
];

// ---- the thesis as an abstract document ------------------------------------------------------------

interface Entry {
  key: string;
  authors: { surname: string; initials: string }[];
  year: number;
  title: string;
  journal: string;
  volume: number;
  issue: number;
  pages: string;
}

type Part =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'prose'; sentences: Sentence[] }
  | { kind: 'table'; number: string; caption: string; header: string[]; rows: string[][]; lang: 'id' | 'en' }
  | { kind: 'raw-markdown'; text: string };

/** A sentence: text pieces and citations (rendered per markup). */
type Sentence = (string | { cite: Entry[]; narrative: boolean })[];

function makeEntries(random: Random, count: number, reserved: Iterable<string> = []): Entry[] {
  const entries: Entry[] = [];
  const seen = new Set<string>(reserved);
  while (entries.length < count) {
    const n = random.pick([1, 1, 1, 2, 2, 3]);
    const authors = Array.from({ length: n }, () => ({ surname: random.pick(SURNAMES), initials: `${random.pick([...INITIALS])}.` }));
    if (new Set(authors.map((a) => a.surname)).size !== n) continue;
    const year = random.int(1995, 2024);
    // First author and year stay unique, so that every written citation names exactly one entry.
    const id = `${authors[0].surname}-${year}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const topic = random.pick(random.chance(0.5) ? ID_TOPICS : EN_TOPICS);
    const first = random.int(1, 300);
    entries.push({
      key: `${authors[0].surname
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()}${year}${entries.length}`,
      authors,
      year,
      title: `${topic[0].toUpperCase()}${topic.slice(1)} ${random.pick(['dan kinerja pemerintah daerah', 'in decentralised Indonesia', 'pada program pengentasan kemiskinan', 'and public value', 'di era digital'])}`,
      journal: random.pick(['Jurnal Administrasi Publik', 'Jurnal Ilmu Pemerintahan', 'Public Administration Review', 'Jurnal Kebijakan Publik', 'Governance']),
      volume: random.int(1, 40),
      issue: random.int(1, 4),
      pages: `${first}–${first + random.int(8, 25)}`,
    });
  }
  return entries;
}

function citeName(entry: Entry): string {
  const a = entry.authors;
  if (a.length === 1) return a[0].surname;
  if (a.length === 2) return `${a[0].surname} & ${a[1].surname}`;
  return `${a[0].surname} et al.`;
}

function sentence(random: Random, lang: 'id' | 'en', entries: Entry[]): Sentence {
  const [openers, topics, verbs, tails] = lang === 'id' ? [ID_OPENERS, ID_TOPICS, ID_VERBS, ID_TAILS] : [EN_OPENERS, EN_TOPICS, EN_VERBS, EN_TAILS];
  const s: Sentence = [];
  const cite = random.chance(0.35) ? [random.pick(entries), ...(random.chance(0.25) ? [random.pick(entries)] : [])] : [];
  if (cite.length === 1 && random.chance(0.3)) {
    s.push({ cite, narrative: true }, lang === 'id' ? ' menyatakan bahwa ' : ' argue that ');
  } else s.push(random.pick(openers), ' ');
  s.push(`${random.pick(topics)} ${random.pick(verbs)} ${random.pick(topics)} ${random.pick(tails)}`);
  if (random.chance(0.3))
    s.push(lang === 'id' ? `, terutama ketika ${random.pick(topics)} masih lemah` : `, especially where ${random.pick(topics)} is still weak`);
  if (cite.length > 0 && !(s[0] as { narrative?: boolean }).narrative) s.push(' ', { cite, narrative: false });
  s.push('.');
  return s;
}

/** A t, F or r test with its p-value computed from the statistic, written as students write it. */
function reportedTest(random: Random, lang: 'id' | 'en'): string {
  const kind = random.pick(['t', 't', 'F', 'r']);
  const fmtP = (p: number) => (p < 0.001 ? 'p < .001' : `p = ${p.toFixed(3).replace(/^0/, '')}`);
  if (kind === 't') {
    const df = random.int(20, 180);
    const t = Math.round((0.8 + random.float() * 3.2) * 100) / 100;
    const p = 2 * (1 - jStat.studentt.cdf(t, df));
    return lang === 'id' ? `hasil uji t menunjukkan t(${df}) = ${t.toFixed(2)}, ${fmtP(p)}` : `the groups differed, t(${df}) = ${t.toFixed(2)}, ${fmtP(p)}`;
  }
  if (kind === 'F') {
    const df1 = random.int(1, 4);
    const df2 = random.int(40, 200);
    const f = Math.round((1 + random.float() * 8) * 100) / 100;
    const p = 1 - jStat.centralF.cdf(f, df1, df2);
    return lang === 'id'
      ? `uji F menghasilkan F(${df1}, ${df2}) = ${f.toFixed(2)}, ${fmtP(p)}`
      : `the model was tested, F(${df1}, ${df2}) = ${f.toFixed(2)}, ${fmtP(p)}`;
  }
  const df = random.int(30, 200);
  const r = Math.round((0.15 + random.float() * 0.6) * 100) / 100;
  const t = (r * Math.sqrt(df)) / Math.sqrt(1 - r * r);
  const p = 2 * (1 - jStat.studentt.cdf(t, df));
  return lang === 'id'
    ? `korelasi kedua variabel adalah r(${df}) = ${r.toFixed(2).replace(/^0/, '')}, ${fmtP(p)}`
    : `the two variables correlated, r(${df}) = ${r.toFixed(2).replace(/^0/, '')}, ${fmtP(p)}`;
}

/** A table of counts and percentages that add up, with a sentence restating one row. */
function tableParts(random: Random, lang: 'id' | 'en', number: string): Part[] {
  const spec = random.pick(lang === 'id' ? CATEGORIES_ID : CATEGORIES_EN);
  // Totals that divide 10,000: every percentage is exact to two decimals and they sum to 100.
  const total = random.pick([40, 50, 80, 100, 125, 200, 250]);
  const counts = spec.rows.map(() => 1);
  for (let left = total - counts.length; left > 0; left--) counts[random.int(0, counts.length - 1)]++;
  const rounded = counts.map((c) => (c * 100) / total);
  const num = (x: number, decimals: number) => (lang === 'id' ? x.toFixed(decimals).replace('.', ',') : x.toFixed(decimals));
  const rows = spec.rows.map((label, i) => [label, String(counts[i]), num(rounded[i], 2)]);
  rows.push([lang === 'id' ? 'Jumlah' : 'Total', String(total), num(100, 2)]);
  const i = random.int(0, spec.rows.length - 1);
  const restated =
    lang === 'id'
      ? `Berdasarkan Tabel ${number}, kategori ${spec.rows[i].toLowerCase()} berjumlah ${counts[i]} orang atau ${num(rounded[i], 2)}% dari seluruh responden.`
      : `As Table ${number} shows, the group "${spec.rows[i].toLowerCase()}" accounts for ${counts[i]} people, ${num(rounded[i], 2)}% of all respondents.`;
  return [
    {
      kind: 'table',
      number,
      caption: spec.caption,
      header:
        lang === 'id' ? [spec.caption.split(' Berdasarkan ').pop() ?? 'Kategori', 'Frekuensi', 'Persentase (%)'] : ['Group', 'Frequency', 'Percentage (%)'],
      rows,
      lang,
    },
    { kind: 'prose', sentences: [[restated]] },
  ];
}

const ID_CHAPTERS = ['PENDAHULUAN', 'TINJAUAN PUSTAKA', 'METODE PENELITIAN', 'HASIL PENELITIAN', 'PEMBAHASAN', 'KESIMPULAN DAN SARAN'];
const EN_CHAPTERS = ['INTRODUCTION', 'LITERATURE REVIEW', 'METHODS', 'RESULTS', 'DISCUSSION', 'CONCLUSIONS'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

interface Thesis {
  chapters: { title: string; parts: Part[] }[];
  entries: Entry[];
  cited: Set<Entry>;
}

/** Generates chapters until the thesis has about `words` words (seed-004 counts when given). */
function generateThesis(seed: number, words: number, seedArticle?: { body: string; references: string[] }): Thesis {
  const random = new Random(seed);
  // Entries of seed-004's own list are not generated again (a citation would match two).
  const reserved = (seedArticle?.references ?? []).flatMap((r) => {
    const m = /^([^,]+),.*?\((\d{4})\)/.exec(r);
    return m ? [`${m[1].trim()}-${m[2]}`] : [];
  });
  const entries = makeEntries(random, 260, reserved);
  const cited = new Set<Entry>();
  const chapters: Thesis['chapters'] = [];
  let count = seedArticle ? countWords(seedArticle.body) : 0;
  let tableNo = 0;
  let c = 0;
  while (count < words) {
    const lang: 'id' | 'en' = c % 3 === 2 ? 'en' : 'id';
    const names = lang === 'id' ? ID_CHAPTERS : EN_CHAPTERS;
    const title = `BAB ${ROMAN[c % ROMAN.length]} ${names[c % names.length]}`;
    const parts: Part[] = [];
    const chapterWords = Math.min(9000, words - count + 200);
    let inChapter = 0;
    let section = 0;
    while (inChapter < chapterWords) {
      section++;
      parts.push({
        kind: 'heading',
        level: 2,
        text: `${c + 1}.${section} ${random.pick(lang === 'id' ? ID_TOPICS : EN_TOPICS).replace(/^./, (x) => x.toUpperCase())}`,
      });
      const paragraphs = random.int(4, 9);
      for (let p = 0; p < paragraphs; p++) {
        if (random.chance(0.08)) {
          tableNo++;
          const ps = tableParts(random, lang, `${c + 1}.${tableNo}`);
          parts.push(...ps);
          inChapter += 60;
          continue;
        }
        const sentences: Sentence[] = [];
        for (let s = random.int(3, 7); s > 0; s--) sentences.push(sentence(random, lang, entries));
        if (random.chance(0.12)) {
          const test = reportedTest(random, lang);
          sentences.push([`${test[0].toUpperCase()}${test.slice(1)}.`]);
        }
        for (const s of sentences) for (const piece of s) if (typeof piece !== 'string') for (const e of piece.cite) cited.add(e);
        parts.push({ kind: 'prose', sentences });
        inChapter += sentences.reduce((n, s) => n + countWords(s.map((x) => (typeof x === 'string' ? x : 'Name (2000)')).join('')), 0);
      }
    }
    chapters.push({ title, parts });
    count += inChapter;
    c++;
    tableNo = 0;
  }
  return { chapters, entries, cited };
}

// ---- rendering -------------------------------------------------------------------------------------

function writtenAuthors(e: Entry): string {
  const names = e.authors.map((a) => `${a.surname}, ${a.initials}`);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

function markdownCite(piece: { cite: Entry[]; narrative: boolean }, style: 'written' | 'pandoc'): string {
  if (style === 'pandoc') {
    if (piece.narrative) return `@${piece.cite[0].key}`;
    return `[${piece.cite.map((e) => `@${e.key}`).join('; ')}]`;
  }
  if (piece.narrative) return `${citeName(piece.cite[0])} (${piece.cite[0].year})`;
  return `(${piece.cite.map((e) => `${citeName(e)}, ${e.year}`).join('; ')})`;
}

function renderMarkdownParts(parts: Part[], style: 'written' | 'pandoc'): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part.kind === 'heading') out.push(`${'#'.repeat(part.level)} ${part.text}`);
    else if (part.kind === 'raw-markdown') out.push(part.text.trim());
    else if (part.kind === 'prose') out.push(part.sentences.map((s) => s.map((x) => (typeof x === 'string' ? x : markdownCite(x, style))).join('')).join(' '));
    else {
      const label = part.lang === 'id' ? 'Tabel' : 'Table';
      out.push(
        `**${label} ${part.number} ${part.caption}**`,
        [`| ${part.header.join(' | ')} |`, `|${part.header.map(() => '---').join('|')}|`, ...part.rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'),
      );
    }
  }
  return out;
}

function bibtex(entries: Iterable<Entry>): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(
      `@article{${e.key},\n  author = {${e.authors.map((a) => `${a.surname}, ${a.initials}`).join(' and ')}},\n  title = {${e.title}},\n  journal = {${e.journal}},\n  year = {${e.year}},\n  volume = {${e.volume}},\n  number = {${e.issue}},\n  pages = {${e.pages.replace('–', '--')}}\n}\n`,
    );
  }
  return out.join('\n');
}

function latexEscape(text: string): string {
  return text.replace(/[\\&%$#_{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/–/g, '--');
}

/** "Tabel 4.2" in the text becomes a reference to the table's label, as LaTeX numbers tables itself. */
function latexTableRefs(text: string): string {
  return text.replace(/\b(Tabel|Table) (\d+)\.(\d+)\b/g, '$1~\\ref{tab:$2-$3}');
}

/** A reported test's statistic in math mode, as LaTeX users write it. */
function latexProse(text: string): string {
  return latexEscape(text).replace(/\b([tFr])\(([\d, ]+)\) = ([\d.]+), p ([<=]) (\.?\d+)/g, '$$$1($2) = $3$$, $$p $4 $5$$');
}

function renderLatex(thesis: Thesis, bibName: string): string {
  const out = [
    '\\documentclass[12pt,a4paper]{report}',
    '\\usepackage[utf8]{inputenc}',
    '\\usepackage{natbib}',
    '\\title{Tata Kelola Kolaboratif dalam Pengentasan Kemiskinan}',
    '\\author{Mahasiswa Contoh}',
    '\\begin{document}',
    '\\maketitle',
    '',
  ];
  for (const chapter of thesis.chapters) {
    out.push(`\\chapter{${latexEscape(chapter.title.replace(/^BAB [IVX]+ /, ''))}}`, '');
    for (const part of chapter.parts) {
      if (part.kind === 'heading') out.push(`\\section{${latexEscape(part.text.replace(/^[\d.]+ /, ''))}}`, '');
      else if (part.kind === 'prose')
        out.push(
          part.sentences
            .map((s) =>
              s
                .map((x) =>
                  typeof x === 'string'
                    ? latexTableRefs(latexProse(x))
                    : x.narrative
                      ? `\\citet{${x.cite[0].key}}`
                      : `\\citep{${x.cite.map((e) => e.key).join(',')}}`,
                )
                .join(''),
            )
            .join(' '),
          '',
        );
      else if (part.kind === 'table') {
        const label = `tab:${part.number.replace('.', '-')}`;
        out.push(
          '\\begin{table}[h]',
          '\\centering',
          `\\caption{${latexEscape(part.caption)}}`,
          `\\label{${label}}`,
          '\\begin{tabular}{lrr}',
          '\\hline',
          `${part.header.map(latexEscape).join(' & ')} \\\\`,
          '\\hline',
          ...part.rows.map((r) => `${r.map(latexEscape).join(' & ')} \\\\`),
          '\\hline',
          '\\end{tabular}',
          '\\end{table}',
          '',
        );
      }
    }
  }
  out.push('\\bibliographystyle{plainnat}', `\\bibliography{${bibName}}`, '\\end{document}', '');
  return out.join('\n');
}

function stripFrontMatter(text: string): string {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** seed-004 split into its body and the entries of its written reference list. */
function seedArticle(repo: string): { body: string; references: string[] } {
  const text = stripFrontMatter(fs.readFileSync(path.join(repo, 'fixtures/examples/manuscripts/seed-004/manuscript.md'), 'utf8'));
  const at = text.search(/^##\s+VI\. DAFTAR PUSTAKA/m);
  if (at < 0) return { body: text, references: [] };
  const references = text
    .slice(at)
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));
  // Its headings become sections of one chapter of the thesis.
  const body = text.slice(0, at).replace(/^(#{1,5}) /gm, (_, h: string) => `${'#'.repeat(Math.min(6, h.length + 1))} `);
  return { body, references };
}

const SEED = 20261207;
const TARGET_WORDS = 100_000;

function finish(name: string, markup: 'markdown' | 'latex', root: string, edited: string, files: string[]): BenchManuscript {
  let words = 0;
  let bytes = 0;
  for (const f of files) {
    const t = fs.readFileSync(f, 'utf8');
    words += countWords(t);
    bytes += Buffer.byteLength(t);
  }
  return { name, markup, root, edited, files, words, bytes };
}

/** One Markdown file: seed-004 as its first chapter, generated chapters, one written reference list. */
export function writeSingleMarkdown(repo: string, out: string, words = TARGET_WORDS): BenchManuscript {
  fs.mkdirSync(out, { recursive: true });
  const seed = seedArticle(repo);
  const thesis = generateThesis(SEED, words, seed);
  const blocks: string[] = ['# TATA KELOLA KOLABORATIF DALAM PENGENTASAN KEMISKINAN', '# BAB I ARTIKEL TERDAHULU', seed.body.trim()];
  for (const chapter of thesis.chapters.slice(0)) blocks.push(`# ${chapter.title}`, ...renderMarkdownParts(chapter.parts, 'written'));
  const written = [...thesis.cited].map((e) => `${writtenAuthors(e)} (${e.year}). ${e.title}. *${e.journal}*, ${e.volume}(${e.issue}), ${e.pages}.`);
  const references = [...written, ...seed.references].sort((a, b) => a.localeCompare(b, 'en'));
  blocks.push('# DAFTAR PUSTAKA', references.join('\n\n'));
  const file = path.join(out, 'skripsi.md');
  fs.writeFileSync(file, blocks.join('\n\n') + '\n');
  return finish('single Markdown file', 'markdown', file, file, [file]);
}

/** One LaTeX file with \citep/\citet into a .bib beside it. */
export function writeSingleLatex(repo: string, out: string, words = TARGET_WORDS * 1.03): BenchManuscript {
  void repo;
  fs.mkdirSync(out, { recursive: true });
  const thesis = generateThesis(SEED + 1, words);
  fs.writeFileSync(path.join(out, 'pustaka.bib'), bibtex(thesis.cited));
  const file = path.join(out, 'thesis.tex');
  fs.writeFileSync(file, renderLatex(thesis, 'pustaka'));
  return finish('single LaTeX file', 'latex', file, file, [file]);
}

/** A Pandoc project: metadata.yaml declaring a .bib, one file per chapter. */
export function writeProject(repo: string, out: string, words = TARGET_WORDS): BenchManuscript {
  void repo;
  fs.mkdirSync(out, { recursive: true });
  const thesis = generateThesis(SEED + 2, words);
  fs.writeFileSync(path.join(out, 'references.bib'), bibtex(thesis.cited));
  fs.writeFileSync(path.join(out, 'metadata.yaml'), 'title: Tata Kelola Kolaboratif\nlang: id\nbibliography: references.bib\n');
  const files: string[] = [];
  for (const [i, chapter] of thesis.chapters.entries()) {
    const file = path.join(out, `${String(i + 1).padStart(2, '0')}-bab.md`);
    fs.writeFileSync(file, [`# ${chapter.title}`, ...renderMarkdownParts(chapter.parts, 'pandoc')].join('\n\n') + '\n');
    files.push(file);
  }
  const edited = files[Math.floor(files.length / 2)];
  return finish('chapter of a multi-file project', 'markdown', out, edited, files);
}
