// Katalog pesan bahasa Indonesia. Ditulis dengan istilah yang lazim di skripsi, tesis dan jurnal
// (daftar pustaka, tahun terbit, dkk., sitasi), bukan terjemahan kata per kata dari en.ts. Setiap
// id di en.ts wajib ada di sini: TypeScript dan test/catalogue menolaknya bila kurang.
import type { MessageId } from './en';
import type { Template } from './types';

/** "Emerson et al." → "Emerson dkk." (atau "Emerson et al."): dkk. is what Indonesian writing uses. */
const expected = (e: unknown) => {
  const text = String(e);
  return / et al\.$/.test(text) ? `"${text.replace(/ et al\.$/, ' dkk.')}" (atau "${text}")` : `"${text}"`;
};
const q = (items: readonly string[] | string | number | undefined) => (Array.isArray(items) ? items.map((i) => `"${i}"`).join(', ') : `"${items}"`);

export const id: Record<MessageId, Template> = {
  // ---- tempat dan entri ----
  'place.referenceList': () => 'daftar pustaka',
  'place.bibliography': () => 'bibliografi',
  'year.none': () => 't.t.',
  'entry.list': (a) => `entri daftar pustaka ${a.entry}`,
  'entry.bibitem': (a) => `\\bibitem ${a.key} — ${a.entry}`,
  'entry.bib': (a) => `entri ${a.key} di ${a.file} — ${a.entry}`,
  'related.entry': () => 'entrinya',
  'related.listedAuthors': () => 'penulis yang tercantum',
  'related.listedWithYear': (a) => `tercantum dengan tahun terbit ${a.year}`,
  'related.firstListed': () => 'pertama kali tercantum di sini',
  'related.firstDefined': () => 'pertama kali didefinisikan di sini',
  'related.entryAbove': () => 'entri di atasnya',
  'related.namedWithoutYear': () => 'disebut di sini tanpa tahun',

  // ---- sitasi ----
  'citation.keyNotFound': (a) => `Kunci sitasi "${a.key}" tidak ada di ${a.where}`,
  'citation.noEntry': (a) => `${a.citation} tidak ada di ${a.where}${a.secondary ?? ''}`,
  'citation.secondaryNote': (a) => ` (sumber asli ${a.original} boleh tidak dicantumkan, tetapi ${a.author} wajib ada)`,
  'citation.uncitedBibitem': (a) => `\\bibitem ${a.key} (${a.entry}) tidak pernah dikutip`,
  'citation.uncitedListEntry': (a) => `Entri daftar pustaka ${a.entry} tidak pernah dikutip dalam naskah`,
  'citation.uncitedListEntryNamed': (a) => `Entri daftar pustaka ${a.entry} disebut dalam teks ("${a.named}") tetapi tidak pernah dikutip beserta tahunnya`,
  'citation.uncitedBibEntry': (a) => `Entri ${a.key} di ${a.file} tidak pernah dikutip dalam naskah`,
  'citation.yearMatchesNone': (a, list) =>
    `Tahun ${a.year} tidak cocok dengan satu pun dari ${a.count} karya ${a.author} di ${a.inList === 'yes' ? 'daftar pustaka' : 'bibliografi'}; tahun terbit yang tercantum: ${list(a.years)}`,
  'citation.yearMismatch': (a) => `Tahun ${a.year} pada sitasi ${a.citation} tidak sesuai dengan ${a.entry}: tahun terbitnya ${a.expected}`,
  'citation.ambiguous': (a) =>
    `${a.citation} cocok dengan ${a.count} entri: ${(a.entries as readonly string[]).join('; ')} — bedakan dengan huruf setelah tahun terbit (${a.year}a, ${a.year}b)`,
  'citation.authorMismatch': (a) => `Nama penulis pada ${a.citation} tidak sesuai dengan ${a.entry}: ${a.detail}${a.degrees ?? ''}`,
  'citation.authorsDropped': (a, list) => `penulis lain (${list(a.missing)}) tidak disebut; seharusnya ${expected(a.expected)}`,
  'citation.authorsExtra': (a, list) => `${list(a.extra)} bukan penulis karya tersebut; seharusnya ${expected(a.expected)}`,
  'citation.authorMisspelt': (a) => `di sana ditulis "${a.expected}", bukan "${a.written}"`,
  'citation.authorNotAnAuthor': (a) => `${a.written} bukan penulis karya tersebut; seharusnya ${expected(a.expected)}`,
  'citation.firstAuthorMissing': (a) => `penulis pertama, ${a.first}, tidak disebut; seharusnya ${expected(a.expected)}`,
  'citation.etAlSingle': (a) => `karya itu hanya memiliki satu penulis, jadi tidak memakai "dkk." atau "et al."; seharusnya ${expected(a.expected)}`,
  'citation.degreesAsAuthors': (a) => ` (entri itu juga mencantumkan gelar akademik ${q(a.degrees)} sebagai nama penulis)`,

  // ---- daftar pustaka ----
  'references.duplicateListEntry': (a) => `Entri ganda di daftar pustaka: ${a.entry} sudah tercantum`,
  'references.duplicateKey': (a) => `Kunci bibliografi ${a.key} ganda: sudah didefinisikan di berkas ini`,
  'references.unsorted': (a) => `Daftar pustaka tidak urut abjad: ${a.entry} seharusnya berada sebelum ${a.previous}`,

  // ---- berkas bibliografi ----
  'bibliography.fileNotFound': (a) => `Berkas bibliografi "${a.written}" tidak ditemukan (dicari ${a.lookedFor} relatif terhadap ${a.relativeTo})`,
  'bibliography.cslUnreadable': (a) => `Berkas CSL-JSON tidak dapat dibaca: ${a.detail}`,
  'bibliography.bibtexEntryUnreadable': (a) =>
    `${a.key ? `Entri BibTeX ${a.key}` : 'Entri BibTeX tanpa kunci'} tidak dapat dibaca (${a.detail}) sehingga diabaikan`,
  'bibliography.noBibtexEntries': () => 'Tidak ada entri BibTeX di berkas ini',

  // ---- naskah ----
  'manuscript.includeCycle': (a) =>
    `${a.written} sedang dibaca (berkas itu menyertakan berkas ini, langsung atau lewat berkas lain): penyertaan ini akan berulang tanpa akhir sehingga dilewati`,
  'manuscript.includedFileNotFound': (a) => `Berkas yang disertakan tidak ditemukan: ${a.path}`,
  'manuscript.outsideProject': (a) =>
    `"${a.written}" berada di luar proyek (folder naskah, folder thesislint.json-nya, atau folder yang dibuka) sehingga tidak dibaca`,
  'manuscript.fileNotFound': (a) => `Berkas tidak ditemukan atau tidak dapat dibaca sebagai teks: ${a.path}`,
  'manuscript.markdownTooDeep': (a) => `Daftar atau kutipan bersarang sekitar ${a.depth} tingkat (lebih dari ${a.max}): berkas ini dibaca baris demi baris`,
  'manuscript.markdownUnparsable': (a) => `Markdown tidak dapat diurai (${a.detail}): berkas ini dibaca baris demi baris`,
  'manuscript.frontMatterUnreadable': (a) => `Front matter YAML tidak dapat dibaca: ${a.detail}`,
  'manuscript.latexTooDeep': (a) => `Susunan LaTeX lebih dalam dari ${a.max} tingkat: isi bagian dalamnya diabaikan`,
  'manuscript.latexTooLarge': () => 'Berkas LaTeX terlalu besar untuk diurai sekaligus: sisanya dibaca secara perkiraan',
  'manuscript.latexUnparsable': (a) => `LaTeX ini tidak dapat diurai (${a.detail}); dibaca secara perkiraan`,
  'manuscript.latexParserFailed': (a) => `Pengurai LaTeX gagal (${a.detail}); berkas dibaca secara perkiraan`,

  // ---- konfigurasi, penonaktifan, internal ----
  'config.invalid': (a) =>
    `Konfigurasi tidak valid: ${a.detail}${/[.?!]$/.test(String(a.detail)) ? '' : '.'} Naskah diperiksa tanpa berkas ini sampai berkas itu diperbaiki.`,
  'suppression.unused': (a) => `Komentar penonaktifan ini (${a.codes ?? 'semua kode'}) tidak menyembunyikan temuan apa pun; hapus saja`,
  'internal.checkFailed': (a) => `Pemeriksaan ${a.code} gagal pada naskah ini dan dilewati: ${a.detail}`,
  'internal.manuscriptFailed': (a) => `thesislint tidak dapat memeriksa naskah ini: ${a.detail}`,

  // ---- ringkasan teks, GitHub, tampilan laporan ----
  'summary.checked': (a) => `${a.manuscripts} naskah diperiksa: ${a.errors} kesalahan, ${a.warnings} peringatan, ${a.others} info/petunjuk`,
  'summary.manuscript': () => 'naskah',
  'summary.files': () => 'berkas',
  'summary.citationsChecked': () => 'sitasi diperiksa',
  'summary.errors': () => 'kesalahan',
  'summary.warnings': () => 'peringatan',
  'summary.notes': () => 'catatan',
  'summary.abstractCoverage': () => 'cakupan abstrak',
  'summary.failed': () => 'gagal',
  'github.notShown': (a) =>
    `${a.left} tidak ditampilkan sebagai anotasi (GitHub hanya menampilkan ${a.limit} per jenis pada setiap langkah); ${a.jobSummary === 'yes' ? 'semua temuan tercantum di ringkasan job' : 'jalankan thesislint check di komputer sendiri untuk melihat semua temuan'}`,
  'github.count.error': (a) => `${a.count} kesalahan`,
  'github.count.warning': (a) => `${a.count} peringatan`,
  'github.count.note': (a) => `${a.count} catatan`,
  'github.heading': (a) => `thesislint: ${a.errors} kesalahan, ${a.warnings} peringatan, ${a.notes} catatan`,
  'github.where': () => 'lokasi',
  'github.severity': () => 'tingkat',
  'github.code': () => 'kode',
  'github.message': () => 'pesan',
  'severity.error': () => 'kesalahan',
  'severity.warning': () => 'peringatan',
  'severity.info': () => 'info',
  'severity.hint': () => 'petunjuk',
  'report.title': () => 'Laporan thesislint',
  'report.lead': (a) => `${a.manuscripts} naskah, ${a.findings} temuan — thesislint ${a.version}`,
  'report.noFindings': () => 'Tidak ada temuan.',
  'report.contents': () => 'Daftar isi',
  'report.findings': () => 'Temuan',
  'report.findingsIn': (a) => `Temuan per bab dan subbab (${a.count})`,
  'report.filters': () => 'Tampilkan',
  'report.all': () => 'semua',
  'report.allFamilies': () => 'semua pemeriksaan',
  'report.whatWasChecked': () => 'Yang diperiksa',
  'report.checkedFiles': (a) => `${a.count} berkas`,
  'report.checkedCitations': (a) => `${a.count} sitasi`,
  'report.checkedReferences': (a) => `${a.count} entri daftar pustaka atau bibliografi`,
  'report.checkedTables': (a) => `${a.count} tabel`,
  'report.checkedNumbers': (a) => `${a.count} angka dicocokkan dengan tabel`,
  'report.checkedTests': (a) => `${a.count} uji statistik yang dilaporkan`,
  'report.checkedFamilies': (a) => `Pemeriksaan yang dijalankan: ${a.families}.`,
  'report.language': (a) => `Bahasa naskah: ${a.lang === 'id' ? 'Indonesia' : a.lang === 'en' ? 'Inggris' : 'tidak dapat ditentukan'}.`,
  'report.paragraph': (a) => `paragraf ${a.number}`,
  'report.line': (a) => `baris ${a.number}`,
  'report.beforeFirstHeading': () => 'Sebelum judul pertama',
  'report.otherFiles': () => 'Berkas lain',
  'report.cohortTitle': () => 'Ringkasan angkatan',
  'report.evidence': () => 'Cakupan kerangka teori',
  'report.family.citation': () => 'Sitasi',
  'report.family.references': () => 'Daftar pustaka',
  'report.family.bibliography': () => 'Berkas bibliografi',
  'report.family.stats': () => 'Statistik',
  'report.family.coverage': () => 'Cakupan kerangka teori',
  'report.family.suppression': () => 'Komentar penonaktifan',
  'report.family.manuscript': () => 'Berkas naskah',
  'report.family.config': () => 'Konfigurasi',
  'report.family.internal': () => 'Internal',
  // ---- coverage (issue 14: bloknya sendiri, agar mudah digabung dengan keluarga lain) ----
  'coverage.label': (a) => String(a.id),
  'coverage.dimension': (a) => (String(a.en).toLowerCase() === String(a.id).toLowerCase() ? String(a.id) : `${a.id} (${a.en})`),
  'coverage.column.titled': (a) => String(a.title),
  'coverage.column.abstract': () => 'Abstrak',
  'coverage.column.abstractIn': (a) => (a.lang === 'id' ? 'Abstrak berbahasa Indonesia' : a.lang === 'en' ? 'Abstrak berbahasa Inggris' : 'Abstrak'),
  'coverage.column.theory': () => 'bab tinjauan pustaka',
  'coverage.column.methods': () => 'bab metode penelitian',
  'coverage.column.results': () => 'hasil penelitian',
  'coverage.column.conclusion': () => 'kesimpulan',
  'coverage.items.questions': (a) => `${a.count} rumusan masalah`,
  'coverage.items.objectives': (a) => `${a.count} tujuan penelitian`,
  'coverage.items.hypotheses': (a) => `${a.count} hipotesis`,
  'coverage.abstractMissingDimension': (a) =>
    `${a.column} tidak menyebut ${a.missing} dari ${a.total} dimensi ${a.framework} yang dibahas di hasil penelitian: ${(a.dimensions as readonly string[]).join(', ')}`,
  'coverage.conclusionMissingDimension': (a) =>
    `Kesimpulan menyebut ${a.covered} dari ${a.total} dimensi ${a.framework} yang dibahas di hasil penelitian, tetapi tidak menyebut ${(a.dimensions as readonly string[]).join(', ')}`,
  'coverage.resultsMissingDimension': (a) =>
    `${a.by === 'config' ? `thesislint.json menetapkan ${a.framework}` : `Bab ${a.by === 'methods' ? 'metode penelitian' : 'tinjauan pustaka'} menyatakan bahwa penelitian ini menggunakan ${a.framework}`}, tetapi hasil penelitian tidak pernah membahas ${a.missing} dari ${a.total} dimensinya: ${(a.dimensions as readonly string[]).join(', ')}`,
  'coverage.abstractMissingQuestion': (a) => `${a.column} tidak memuat temuan untuk ${a.item}: ${a.quote}`,
  'coverage.abstractMissingHypothesis': (a) => `${a.column} tidak melaporkan hasil pengujian ${a.item}: ${a.quote}`,
  'coverage.conclusionMissingQuestion': (a) => `Kesimpulan tidak menjawab ${a.item}: ${a.quote}`,
  'coverage.conclusionMissingHypothesis': (a) => `Kesimpulan tidak menyatakan hasil pengujian ${a.item}: ${a.quote}`,
  'coverage.resultsMissingQuestion': (a) => `Hasil penelitian tidak pernah membahas ${a.item}: ${a.quote}`,
  'coverage.resultsMissingHypothesis': (a) => `Hasil penelitian tidak pernah melaporkan pengujian ${a.item}: ${a.quote}`,
  'coverage.abstractAnswersNone': (a) => `${a.column} tidak melaporkan satu pun dari ${a.items}: bagian ini tampaknya masih berupa templat atau draf`,
  'coverage.abstractAnswersSome': (a, list) =>
    `${a.column} tidak melaporkan satu pun dari ${a.items} dengan kata-katanya sendiri, dan hampir tidak menyinggung ${list(a.labels)}`,
  'coverage.conclusionAnswersNone': (a) =>
    `Kesimpulan tidak ${a.kind === 'hypotheses' ? 'menyatakan hasil pengujian' : 'menjawab'} satu pun dari ${a.items}: bagian ini tampaknya masih berupa templat atau draf`,
  'coverage.conclusionAnswersSome': (a, list) =>
    `Kesimpulan tidak ${a.kind === 'hypotheses' ? 'menyatakan hasil pengujian' : 'menjawab'} satu pun dari ${a.items} dengan kata-katanya sendiri, dan hampir tidak menyinggung ${list(a.labels)}`,
  'coverage.related.question': () => 'rumusan masalah ini dinyatakan di sini',
  'coverage.related.objective': () => 'tujuan penelitian ini dinyatakan di sini',
  'coverage.related.hypothesis': () => 'hipotesis ini dirumuskan di sini',
  'coverage.related.addressed': (a) => `hasil penelitian membahas ${a.item} di sini`,
  'coverage.related.resultsChapter': () => 'bab hasil penelitian',
  'coverage.related.discussedUnder': (a) => `hasil penelitian membahas ${a.dimension} di bawah judul ini`,
  'coverage.related.discussedHere': (a) => `hasil penelitian membahas ${a.dimension} di sini`,
  'coverage.related.introduces': (a) => `${a.column} memperkenalkan ${a.dimension} di sini`,
};
