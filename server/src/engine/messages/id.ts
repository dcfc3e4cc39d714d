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
/** " dua arah" / " satu arah" / "" after a p. */
const tails = (t: unknown) => (t === 'one' ? ' satu arah' : t === 'two' ? ' dua arah' : '');
const q = (items: readonly string[] | string | number | undefined) => (Array.isArray(items) ? items.map((i) => `"${i}"`).join(', ') : `"${items}"`);

export const id: Record<MessageId, Template> = {
  // ---- tempat dan entri ----
  'place.referenceList': () => 'daftar pustaka',
  'place.bibliography': () => 'bibliografi',
  'year.none': () => 't.t.',
  'entry.list': (a) => `entri daftar pustaka ${a.entry}`,
  'entry.bibitem': (a) => `\\bibitem ${a.key} — ${a.entry}`,
  'entry.bib': (a) => `entri ${a.key} di ${a.file} — ${a.entry}`,
  'entry.described': (a) => String(a.id),
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

  'citation.noBibliography': (a) =>
    `${a.what} tidak dapat diperiksa: ${a.found}. Sebutkan berkasnya dengan --bib BERKAS, cantumkan di "bibliography" pada thesislint.json, atau deklarasikan di naskah (${a.declare})${a.orList === 'yes' ? ', atau tambahkan daftar pustaka (DAFTAR PUSTAKA / References)' : ''}`,
  'citation.uncheckedCount': (a) => (a.keys !== undefined ? `${a.total} sitasi (${a.keys} dengan kunci, ${a.prose} pengarang–tahun)` : `${a.total} sitasi`),
  'citation.noBibliographyForKeys': () => 'tidak ditemukan berkas bibliografi (.bib atau CSL-JSON) untuk kunci yang dikutip',
  'citation.noBibliographyAtAll': () => 'tidak ditemukan berkas bibliografi maupun daftar pustaka',
  'citation.declareLatex': () => '\\bibliography{…} atau \\addbibresource{…}',
  'citation.declareFrontMatter': () => 'bibliography: di front matter',

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
  'bibliography.undeclared': (a) =>
    `${a.name} tidak dideklarasikan di mana pun, sehingga sitasi diperiksa terhadap berkas ini berdasarkan dugaan: deklarasikan dengan ${a.how}, atau cantumkan di "bibliography" pada thesislint.json`,
  'bibliography.declareInFrontMatter': (a) => `"bibliography: ${a.name}" di front matter atau berkas proyek`,
  'bibliography.declareInLatex': (a) => `\\bibliography{${a.stem}} atau \\addbibresource{${a.name}}`,

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
  'manuscript.unclosedFence': (a) =>
    `Blok kode ini (${a.opener}) tidak pernah ditutup, sehingga seluruh isi sesudahnya akan dianggap kode: tutup dengan baris ${a.fence}. Sisa berkas tetap diperiksa sebagai teks`,
  'manuscript.unclosedVerbatim': (a) =>
    `\\begin{${a.environment}} tidak pernah ditutup, sehingga seluruh isi sesudahnya akan dibaca sebagai verbatim: tambahkan ${a.closing}. Sisa berkas tetap diperiksa sebagai teks`,

  // ---- statistik (angka diteruskan seperti tertulis di naskah, atau diformat dengan gaya naskah) ----
  'stats.theTable': () => 'tabel tersebut',
  'stats.tableLabelled': (a) => `tabel ${a.label}`,
  'stats.columnNumber': (a) => `kolom ${a.number}`,
  'stats.rowNumber': (a) => `baris ${a.number}`,
  'stats.cell': (a) => `${a.table}, ${a.row}, ${a.column}: ${a.value}`,
  'stats.rowValue': (a) => `${a.row}: ${a.value}`,
  'stats.rowValueInParentheses': (a) => `${a.row} (${a.value})`,
  'stats.rowColumnValue': (a) => `${a.row}, ${a.column}: ${a.value}`,
  'stats.tableMismatch': (a) => `Teks menyebut ${a.stated} untuk ${a.row}, sedangkan ${a.table} mencantumkan ${a.value} (${a.column})${a.note ?? ''}`,
  'stats.valueOfOtherRow': (a) => ` (${a.stated} adalah nilai untuk ${a.row})`,
  'stats.derived.change': (a) =>
    `Teks menyebut ${a.said === 'up' ? 'kenaikan' : a.said === 'down' ? 'penurunan' : 'perubahan'} sebesar ${a.stated} dari ${a.from} ke ${a.to}, sedangkan menurut ${a.table} (${a.column}) perubahannya ${a.change}${a.points === 'yes' ? ' poin' : ''}${a.relative ? ` (${a.relative}%)` : ''} (${a.then} → ${a.now})`,
  'stats.derived.statedChange': (a) =>
    `Teks menyebut ${a.said === 'up' ? 'kenaikan' : 'penurunan'} sebesar ${a.stated} dari ${a.from} ke ${a.to}, padahal selisih kedua angka itu ${a.change}${a.points === 'yes' ? ' poin' : ''}${a.relative ? ` (${a.relative}%)` : ''}`,
  'stats.derived.changeCell': (a) =>
    `Teks menyebut ${a.said === 'up' ? 'kenaikan' : a.said === 'down' ? 'penurunan' : 'perubahan'} sebesar ${a.stated} untuk ${a.row}, sedangkan ${a.table} (${a.column}) memberikan ${a.value}`,
  'stats.derived.count': (a) => `Teks menyebut ${a.stated} ${a.noun}, sedangkan ${a.table} memuat ${a.expected}`,
  'stats.derived.rows': () => 'baris',
  'stats.derived.rowCount': (a) => `${a.count} baris`,
  'stats.derived.aggregate': (a) =>
    `Teks menyebut ${a.what === 'mean' ? 'rata-rata' : 'jumlah'} ${a.stated}, sedangkan ${a.what === 'mean' ? 'rata-rata' : 'jumlah'} pada ${a.table} (${a.column}, ${a.rows}) adalah ${a.expected}`,
  'stats.derived.other': (a) =>
    `Teks menyebut ${a.stated} sebagai ${a.what}, sedangkan ${a.table} (${a.column}) memberikan ${a.expected}${a.at ? ` (${a.at})` : ''}`,
  'stats.what.change': () => 'besarnya perubahan',
  'stats.what.difference': () => 'selisih',
  'stats.what.range-low': () => 'batas bawah rentang',
  'stats.what.range-high': () => 'batas atas rentang',
  'stats.what.max': () => 'nilai tertinggi',
  'stats.what.min': () => 'nilai terendah',
  'stats.what.mean': () => 'rata-rata',
  'stats.what.total': () => 'jumlah',
  'stats.what.count': () => 'banyaknya',
  'stats.direction': (a) => {
    const comparative = a.comparative === 'yes';
    const said = a.said === 'up' ? (comparative ? 'lebih tinggi' : 'naik') : comparative ? 'lebih rendah' : 'turun';
    const subject = comparative
      ? `${a.to} ${a.actually === 'up' ? 'lebih tinggi' : 'lebih rendah'} daripada ${a.from}`
      : `${a.from} → ${a.to} ${a.actually === 'up' ? 'naik' : 'turun'}`;
    return `"${a.word}" berarti ${said}, padahal ${subject}${a.table ? ` pada ${a.table} (${a.where})` : ''}`;
  },
  'stats.extreme': (a) =>
    `"${a.word}": ${a.row} bernilai ${a.value}, padahal ${a.column} ${a.said === 'max' ? 'tertinggi' : 'terendah'} pada ${a.table} adalah ${(a.actual as readonly string[]).join(', ')}`,
  'stats.matrixPair': () => 'pasangan',
  'stats.extremeActual': (a) => `yang ${a.said === 'max' ? 'tertinggi' : 'terendah'}: ${a.row}`,
  'stats.arith.sum': (a) => `${a.table}: baris ${a.row} mencantumkan ${a.value} untuk ${a.column}, padahal jumlah ${a.how} adalah ${a.expected}`,
  'stats.arith.other': (a) => `${a.table}, ${a.row}: ${a.column} bernilai ${a.value}, padahal ${a.how} = ${a.expected}`,
  'stats.arith.rowsAbove': () => 'baris-baris di atasnya',
  'stats.arith.percentagesAbove': () => 'persentase di atasnya',
  'stats.arith.overErrorRow': (a) => `${a.left} / ${a.column} pada baris ${a.row}`,
  'stats.arith.partialEta': (a) => `${a.column} / (${a.column} + ${a.column} pada baris ${a.row})`,
  'stats.restated': (a) => `Teks menyebut ${a.stated} untuk ${a.about} di sini, tetapi ${a.other} di ${a.where}`,
  'stats.restatedLine': (a) => `baris ${a.line}`,
  'stats.statedHere': (a) => `${a.value} disebut di sini`,
  'stats.test.pBelowZero': (a) => `Dilaporkan ${a.p}, padahal nilai p tidak mungkin kurang dari nol; tuliskan p < ${a.smallest}`,
  'stats.test.pZero': (a) => `Dilaporkan ${a.p}${a.test ? ` untuk ${a.test}` : ''}, padahal nilai p tidak pernah tepat nol; tuliskan p < ${a.smallest}`,
  'stats.test.pMismatch': (a) => `${a.p} yang dilaporkan tidak sesuai dengan ${a.test}: ${a.computed}${a.changes ?? ''}`,
  'stats.test.changes': (a) => ` — kesimpulan pada ${a.alpha} menjadi berbeda`,
  'stats.test.computedBound': (a) => `p${tails(a.tails)} ${a.op} ${a.bound}`,
  'stats.test.computed': (a) =>
    `p${tails(a.tails)} ${a.p} (${a.low ? `rentang ${a.low}–${a.high} ` : ''}untuk ${a.statistic} antara ${a.statLow} dan ${a.statHigh})${a.oneTailed ? `; p satu arah ${a.oneTailed}` : ''}`,
  'stats.test.criticalOneTailed': (a) =>
    `${a.label} ${a.value} adalah nilai kritis uji satu arah ${a.where}, padahal teks tidak menyatakan bahwa ujinya satu arah: nilai kritis uji dua arahnya ${a.twoTailed}${a.statistic ? ` (terhadap nilai itu, ${a.statistic} ${a.significant === 'yes' ? 'signifikan' : 'tidak signifikan'})` : ''}`,
  'stats.test.criticalWrong': (a) => `${a.label} ${a.value} bukan nilai kritis ${a.where}: seharusnya ${a.expected}${a.changes ?? ''}`,
  'stats.test.whereAlpha': (a) => `pada ${a.alpha}`,
  'stats.test.whereDf': (a) => `untuk df = ${a.df}${a.n !== undefined ? ` (N = ${a.n})` : ''} pada ${a.alpha}`,
  'stats.test.criticalEither': (a) => `${a.twoTailed} (dua arah) atau ${a.oneTailed} (satu arah)`,
  'stats.test.criticalTwo': (a) => `${a.twoTailed} (dua arah${a.oneTailed ? `; satu arah ${a.oneTailed}` : ''})`,
  'stats.test.comparisonFalse': (a) =>
    `Pernyataan ${a.stated} keliru: ${a.left} ${a.op === '<' ? 'lebih kecil daripada' : a.op === '>' ? 'lebih besar daripada' : 'sama dengan'} ${a.right} — kesimpulan pada ${a.alpha} menjadi berbeda`,
  'stats.test.criteriaDisagree': (a) =>
    `Kriteria pengujian saling bertentangan: ${a.table} berarti ${a.tableMeans}, tetapi ${a.sig} berarti ${a.sigMeans} pada ${a.alpha}`,
  'stats.test.conclusionContradicts': (a) => `${a.words} bertentangan dengan ${a.evidence}: hasilnya ${a.means} pada ${a.alpha}`,
  'stats.test.significant': () => 'signifikan (H0 ditolak)',
  'stats.test.notSignificant': () => 'tidak signifikan (H0 diterima)',
  'stats.test.verdict': (a) => `${a.says}: ${a.means}`,
  'stats.test.conclusionHere': () => 'kesimpulan yang dinyatakan di sini',
  'stats.test.explainedMismatch': (a) =>
    `${a.stated}% yang disebut tidak sesuai dengan ${a.label} ${a.value}: seharusnya ${a.expected}%${a.alternative ? ` (atau ${a.alternative}% untuk ${a.alternativeLabel})` : ''}`,
  'stats.test.remainderMismatch': (a) => `Sisa ${a.stated}% yang disebut tidak sesuai dengan ${a.expected}`,
  'stats.test.squareMismatch': (a) => `${a.label} ${a.value} tidak sesuai dengan R = ${a.r}: seharusnya R² = ${a.square}`,

  // ---- konfigurasi, penonaktifan, internal ----
  'config.invalid': (a) =>
    `Konfigurasi tidak valid: ${a.detail}${/[.?!]$/.test(String(a.detail)) ? '' : '.'} Naskah diperiksa tanpa berkas ini sampai berkas itu diperbaiki.`,
  'suppression.unused': (a) => `Komentar penonaktifan ini (${a.codes ?? 'semua kode'}) tidak menyembunyikan temuan apa pun; hapus saja`,
  'internal.checkFailed': (a) => `Pemeriksaan ${a.code} gagal pada naskah ini dan dilewati: ${a.detail}`,
  'internal.manuscriptFailed': (a) => `thesislint tidak dapat memeriksa naskah ini: ${a.detail}`,

  // ---- yang diperiksa (describeChecked: keluaran teks CLI, bilah status editor) ----
  'checked.files': (a) => `${a.count} berkas`,
  'checked.noCitations': (a) => `tidak ada sitasi${a.entries ? ` (${a.entries} entri pustaka)` : ''}`,
  'checked.citations': (a) =>
    `${a.found} sitasi: ${a.checked === a.found ? 'semua' : a.checked} diperiksa${a.entries ? ` terhadap ${a.entries} entri pustaka` : ''}, ${a.resolved} ditemukan entrinya`,
  'checked.undeclared': (a) => `bibliografi yang tidak dideklarasikan ikut dipakai: ${(a.paths as readonly string[]).join(', ')}`,
  'checked.tables': (a) => `${a.count} tabel`,
  'checked.numericClaims': (a) => `${a.count} angka dalam teks`,
  'checked.reportedTests': (a) => `${a.count} paragraf dibaca untuk uji statistik yang dilaporkan`,
  'checked.noStatistics': () => 'tidak ada tabel, angka dalam teks, atau uji statistik yang dilaporkan',
  'checked.noFramework': () => 'tidak ditemukan kerangka teori',
  'checked.frameworks': (a) => `kerangka teori: ${(a.names as readonly string[]).join(', ')}`,

  // ---- editor: judul perbaikan cepat, code lens, hover, pelengkapan ----
  'fix.changeYear': (a) => `Ganti tahun menjadi ${a.year}`,
  'fix.changeListYear': (a) => `Ganti tahun terbit pada entri daftar pustaka menjadi ${a.year}`,
  'fix.changeName': (a) => `Ganti "${a.written}" menjadi "${a.expected}"`,
  'fix.writeAuthors': (a) => `Tulis nama penulis menjadi "${a.authors}"`,
  'fix.addToList': (a) => `Tambahkan "${a.entry}" ke daftar pustaka`,
  'fix.addBibtex': (a) => `Tambahkan entri BibTeX "${a.key}" ke ${a.file}`,
  'fix.sortList': () => 'Urutkan daftar pustaka menurut abjad',
  'fix.useTableValue': (a) => `Pakai nilai dari tabel: ${a.value}`,
  'fix.removeDuplicate': (a) => `Hapus entri ganda ini${a.entry ? ` (${a.entry})` : ''}`,
  'fix.ignore': (a) => `Abaikan ${a.code} di baris ini`,
  'lens.cited': (a) => (Number(a.count) === 0 ? 'belum pernah dikutip' : Number(a.count) === 1 ? 'dikutip sekali' : `dikutip ${a.count} kali`),
  'hover.referenceList': () => 'daftar pustaka',
  'hover.notCited': () => '**Belum dikutip** di bagian mana pun dalam naskah.',
  'hover.cited': (a) => `**Dikutip ${Number(a.count) === 1 ? 'sekali' : `${a.count} kali`}:**`,
  'hover.andMore': (a) => `… dan ${a.count} lainnya`,
  'hover.ambiguous': (a) => `**Ambigu:** cocok dengan ${a.count} entri.`,
  'hover.yearDiffers': (a) => `**Tahun berbeda:** dikutip ${a.cited}, tercantum ${a.listed}.`,
  'hover.authorsDiffer': (a) => `**Nama penulis berbeda** dengan entrinya (${a.entry}).`,
  'hover.bibliographyMissing': (a) => `**Tidak diperiksa:** berkas bibliografi ${a.files} tidak ada.`,
  'hover.noBibliographyFor': (a) => `**Tidak diperiksa:** tidak ada bibliografi yang dideklarasikan untuk \`${a.key}\`.`,
  'hover.noEntryForKey': (a) => `**Tidak ada entri** untuk kunci \`${a.key}\` di ${a.where}.`,
  'hover.nothingToCheckAgainst': (a) => `**Tidak diperiksa:** tidak ada daftar pustaka atau bibliografi untuk mencocokkan ${a.written}.`,
  'hover.noEntryFor': (a) => `**Tidak ada entri** untuk ${a.written} di ${a.where}.`,
  'hover.cellsHeader': () => '| baris | kolom | nilai |',
  'hover.fileLine': (a) => `${a.file}${a.line !== undefined ? `, baris ${a.line}` : ''}`,
  'hover.comparedWith': (a) => `Dibandingkan dengan **${a.table}**${a.at}`,
  'hover.cellAgrees': () => 'Teks sesuai dengan tabel.',
  'hover.cellDiffers': (a) => `Teks menyebut ${a.stated}, sedangkan tabel mencantumkan ${a.value}.`,
  'hover.computedFrom': (a) => `Dihitung dari **${a.table}**${a.at}`,
  'hover.derived': (a) => `${a.agrees === 'yes' ? 'Sesuai' : 'Tidak sesuai'}: teks menyebut ${a.stated}, tabel memberikan ${a.expected}.`,
  'hover.wordComparedWith': (a) => `"${a.word}" dibandingkan dengan ${a.table !== undefined ? `**${a.table}**${a.at}` : 'angka-angka dalam kalimat itu'}`,
  'hover.statedChange': (a) =>
    `${a.agrees === 'yes' ? 'Sesuai' : 'Tidak sesuai'}: teks menyebut perubahan ${a.stated} dari ${a.from} ke ${a.to}; selisih kedua angka itu ${a.expected}.`,
  'hover.direction': (a) => `${a.from} → ${a.to}: ${a.agrees === 'yes' ? 'sesuai' : 'justru sebaliknya'}.`,
  'hover.agrees': () => 'Sesuai.',
  'hover.extreme': (a) => `Yang ${a.said === 'max' ? 'tertinggi' : 'terendah'} adalah ${a.rows}.`,
  'hover.restated': (a) => `Di bagian lain disebut ${a.value} (${a.file}).`,
  'hover.noCoverage': () => '**Cakupan:** tidak ditemukan kerangka teori, rumusan masalah, maupun hipotesis dalam naskah ini.',
  'hover.itemsLegend': () => 'cakupan (✓ dijawab atau dilaporkan, ~ hanya sebagian katanya, ? bahasa lain, ✗ tidak ada)',
  'hover.frameworkLegend': () => 'cakupan kerangka teori (✓ disebut, ~ diisyaratkan, ✗ tidak disebut)',
  'completion.noAuthor': () => '(tanpa nama penulis)',
  'lsp.renameConflict': (a) =>
    `"${a.newKey}" sudah menjadi kunci entri lain (${a.taken}); mengganti "${a.key}" dengan kunci itu akan menggabungkan dua karya. Pilih kunci lain.`,
  'lsp.invalidKey': (a) => `"${a.key}" bukan kunci sitasi yang valid (tanpa spasi, koma, kurung kurawal, atau tanda kutip).`,
  'lsp.entryNotCited': () => 'Entri ini belum dikutip di bagian mana pun dalam naskah.',

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
  'report.checkedCitationsResolved': (a) =>
    `${a.found} sitasi: ${a.checked === a.found ? 'semua' : a.checked} diperiksa, ${a.resolved} ditemukan entrinya di daftar pustaka atau bibliografi`,
  'report.checkedReferenceLists': (a) => `${a.count} daftar pustaka tertulis`,
  'report.bibliographyStatus': (a) =>
    a.status === 'missing'
      ? 'dideklarasikan tetapi tidak ditemukan: sitasi tidak diperiksa terhadap berkas ini'
      : `${a.status === 'inferred' ? 'tidak dideklarasikan, dipakai berdasarkan dugaan' : 'dideklarasikan'}: ${a.entries} entri`,
  'report.checkedReferences': (a) => `${a.count} entri daftar pustaka atau bibliografi`,
  'report.checkedTables': (a) => `${a.count} tabel`,
  'report.checkedFamilies': (a) => `Pemeriksaan yang dijalankan: ${a.families}.`,
  'report.language': (a) => `Bahasa naskah: ${a.lang === 'id' ? 'Indonesia' : a.lang === 'en' ? 'Inggris' : 'tidak dapat ditentukan'}.`,
  'report.paragraph': (a) => `paragraf ${a.number}`,
  'report.line': (a) => `baris ${a.number}`,
  'report.beforeFirstHeading': () => 'Sebelum judul pertama',
  'report.otherFiles': () => 'Berkas lain',
  'report.cohortTitle': () => 'Ringkasan angkatan',
  'report.evidence': () => 'Cakupan kerangka teori',
  'report.item.question': () => 'rumusan masalah',
  'report.item.objective': () => 'tujuan',
  'report.item.hypothesis': () => 'hipotesis',
  'report.item.variable': () => 'variabel',
  'report.questionsTitle': () => 'Rumusan masalah',
  'report.hypothesesTitle': () => 'Hipotesis',
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
  'coverage.items.variables': (a) => `${a.count} variabel`,
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
  'coverage.abstractMissingVariable': (a) => `${a.column} tidak pernah melaporkan hasil untuk variabel ${a.item} (${a.name})`,
  'coverage.conclusionMissingVariable': (a) => `Kesimpulan tidak pernah menyatakan hasil untuk variabel ${a.item} (${a.name})`,
  'coverage.resultsMissingQuestion': (a) => `Hasil penelitian tidak pernah membahas ${a.item}: ${a.quote}`,
  'coverage.resultsMissingHypothesis': (a) => `Hasil penelitian tidak pernah melaporkan pengujian ${a.item}: ${a.quote}`,
  'coverage.abstractAnswersNone': (a) => `${a.column} tidak melaporkan satu pun dari ${a.items}: bagian ini tampaknya masih berupa templat atau draf`,
  'coverage.abstractAnswersSome': (a, list) =>
    `${a.column} tidak melaporkan satu pun dari ${a.items} dengan kata-katanya sendiri, dan hampir tidak menyinggung ${list(a.labels)}`,
  'coverage.conclusionAnswersNone': (a) =>
    `Kesimpulan tidak ${a.kind === 'questions' ? 'menjawab' : 'menyatakan hasil pengujian'} satu pun dari ${a.items}: bagian ini tampaknya masih berupa templat atau draf`,
  'coverage.conclusionAnswersSome': (a, list) =>
    `Kesimpulan tidak ${a.kind === 'questions' ? 'menjawab' : 'menyatakan hasil pengujian'} satu pun dari ${a.items} dengan kata-katanya sendiri, dan hampir tidak menyinggung ${list(a.labels)}`,
  'coverage.related.question': () => 'rumusan masalah ini dinyatakan di sini',
  'coverage.related.objective': () => 'tujuan penelitian ini dinyatakan di sini',
  'coverage.related.hypothesis': () => 'hipotesis ini dirumuskan di sini',
  'coverage.related.variable': () => 'variabel ini didefinisikan di sini',
  'coverage.related.addressed': (a) => `hasil penelitian membahas ${a.item} di sini`,
  'coverage.related.resultsChapter': () => 'bab hasil penelitian',
  'coverage.related.discussedUnder': (a) => `hasil penelitian membahas ${a.dimension} di bawah judul ini`,
  'coverage.related.discussedHere': (a) => `hasil penelitian membahas ${a.dimension} di sini`,
  'coverage.related.introduces': (a) => `${a.column} memperkenalkan ${a.dimension} di sini`,
};
