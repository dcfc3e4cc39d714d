// The words that matching a manuscript's own research questions, objectives and hypotheses has to
// know: words that never cover an item (function words and the vocabulary every research question
// shares), and a small Indonesian–English lexicon, so that an English abstract of an Indonesian
// thesis can be judged on what its Indonesian questions ask. Data only; keys.ts stems both sides.

/** Indonesian function words: never content. */
export const INDONESIAN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `yang dan di ke dari dalam untuk pada dengan atau serta ini itu tersebut adalah ialah merupakan sebagai oleh akan
  dapat bisa mampu telah sudah belum tidak bukan juga agar supaya sehingga karena bagi terhadap antara secara lebih
  kurang sangat paling para sebuah suatu apa apakah bagaimana bagaimanakah mengapa kenapa seberapa sejauh mana manakah
  kapan siapa berapa berapakah adakah hal yaitu yakni seperti setiap masing semua seluruh beberapa berbagai tiap saja
  pun lah kah sebagaimana maupun baik hingga sampai sejak selama setelah sebelum kemudian lalu saat ketika jika apabila
  bila maka namun tetapi tapi melainkan meskipun walaupun bahwa ada terdapat memiliki mempunyai menjadi dilakukan
  melakukan berdasarkan mengenai tentang atas bawah sendiri tanpa melalui guna demi kami kita saya ia dia mereka anda
  sedangkan dimana di mana yang mana begitu demikian tersebut sebut nya agar oleh karena itu pula lagi hanya cukup
  banyak sedikit tertentu lain lainnya sama selain sebagai berikut ataupun dan/atau
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** English function words: never content. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `  the a an of to in for on with by from and or nor is are was were be been being am this that these those it its as
  at how what which who whom whose why whether when where does do did done can could would should will shall may might
  must to into onto than then there their them they we our us you your he she his her such between among within without
  about over under through during before after while both each every all any some most more less not no yes also only
  very so thus hence therefore however although though if because since per via upon against towards toward further
  other another same own
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Function words of both languages. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...INDONESIAN_FUNCTION_WORDS, ...ENGLISH_FUNCTION_WORDS]);

/**
 * The vocabulary of asking and answering itself: a question "Bagaimana pengaruh … terhadap …?" and
 * an objective "Untuk mengetahui pengaruh …" share these with every other item, and a conclusion
 * uses them whatever it concludes. They never count as covering an item.
 */
export const RESEARCH_WORDS: ReadonlySet<string> = new Set(
  `penelitian peneliti meneliti diteliti studi kajian mengkaji skripsi tesis disertasi tugas akhir laporan masalah
  permasalahan rumusan merumuskan dirumuskan tujuan bertujuan pertanyaan hipotesis hipotesa hasil menghasilkan
  dihasilkan mengetahui diketahui mengukur diukur menganalisis dianalisis analisis analisa menganalisa mendeskripsikan
  menjelaskan dijelaskan menggambarkan gambaran mendapatkan memperoleh diperoleh membuktikan terbukti menemukan
  mengidentifikasi diidentifikasi identifikasi menyajikan disajikan penyajian
  ditemukan temuan menunjukkan ditunjukkan kesimpulan simpulan disimpulkan menyimpulkan berikut sebagai
  bab subbab bagian poin nomor pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh
  satu dua tiga empat lima enam tujuh delapan sembilan sepuluh besar kecil tinggi rendah
  signifikan signifikansi positif negatif parsial simultan nyata berarti pengaruh berpengaruh mempengaruhi memengaruhi
  dipengaruhi hubungan berhubungan terkait keterkaitan korelasi berkorelasi variabel diterima ditolak didukung
  digunakan menggunakan penggunaan memanfaatkan dimanfaatkan dibuat membuat menghitung dihitung
  data metode cara upaya proses tahap langkah kondisi tingkat nilai bentuk jenis
  study studies research researcher researchers thesis dissertation paper article chapter section question questions
  objective objectives aim aims goal goals purpose hypothesis hypotheses result results finding findings conclusion
  conclusions conclude concluded examine examined examines investigate investigated investigates explore explored
  explores determine determined determines analyse analyze analysed analyzed analysis assess assessed assessment
  find found show shows shown showed demonstrate demonstrated whether extent degree level levels first second third
  fourth fifth one two three four five significant significantly significance positive negative positively negatively
  effect effects affect affects affected influence influences influenced impact impacts relationship relationships
  relation related correlation correlations correlated variable variables supported rejected accepted confirmed use used using uses make made data method
  methods way ways process stage step steps condition conditions value values type types kind
  provide provides calculate calculates calculated calculating compute computes computed computing
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * The words of comparing and choosing ("dibandingkan", "perbandingan", "terbaik", "best"): a
 * conclusion answers "Bagaimana kinerja A dibandingkan dengan B?" or "Which model gives the best
 * result?" with the figures or the winner as often as with the word of the question. They count
 * where a window holds them, never against one that does not (bonus words, match.ts).
 */
export const CHOOSING_WORDS: readonly string[] = `perbandingan membandingkan dibandingkan bandingkan terbaik terburuk compare compared
  comparing comparison versus best worst`
  .split(/\s+/)
  .filter((w) => w.length > 0);

/**
 * Indonesian words with their usual English renderings in theses (left: Indonesian forms; right:
 * English forms; a two-word term is written with an underscore, and its words are paired in
 * reverse order, Indonesian putting the head first: "penutup_lahan" ↔ "land_cover"). Both sides are
 * stemmed when compiled, so one form of each is enough. Written for
 * the vocabulary of research questions in the fields that write skripsi most: management and
 * economics, education, computer science and engineering, public administration, health.
 */
export const TRANSLATIONS: readonly string[] = [
  // management, marketing, economics
  'kepuasan puas: satisfaction satisfied',
  'pelanggan konsumen: customer consumer',
  'kualitas mutu: quality',
  'pelayanan layanan: service services',
  'harga: price pricing',
  'keputusan: decision',
  'pembelian membeli beli: purchase purchasing buying',
  'minat niat: intention interest',
  'loyalitas: loyalty',
  'kepercayaan percaya: trust',
  'citra: image',
  'merek: brand',
  'promosi: promotion',
  'pemasaran: marketing',
  'strategi: strategy strategic',
  'penjualan: sales selling',
  'produk: product',
  'kinerja: performance',
  'karyawan pegawai: employee employees staff',
  'produktivitas: productivity',
  'motivasi: motivation',
  'kompensasi: compensation',
  'disiplin: discipline',
  'kepemimpinan pemimpin: leadership leader',
  'lingkungan: environment environmental',
  'budaya: culture cultural',
  'organisasi: organization organisational organizational',
  'komitmen: commitment',
  'stres: stress',
  'beban: load burden',
  'pelatihan: training',
  'keuangan finansial: financial finance',
  'laba keuntungan: profit profitability',
  'profitabilitas: profitability',
  'perusahaan: company firm corporate',
  'saham: stock share',
  'investasi: investment',
  'modal: capital',
  'pajak: tax taxation',
  'pendapatan: income revenue',
  'biaya: cost',
  'pertumbuhan tumbuh: growth',
  'ekonomi: economy economic',
  'kemiskinan miskin: poverty poor',
  'pengangguran: unemployment',
  'inflasi: inflation',
  'ekspor: export',
  'impor: import',
  'usaha bisnis: business enterprise',
  'kecil: small',
  'menengah: medium',
  'digital: digital',
  'daring online: online',
  'platform: platform',
  'faktor: factor',
  'internal: internal',
  'eksternal: external',
  'kekuatan: strength strengths',
  'kelemahan: weakness weaknesses',
  'peluang: opportunity opportunities',
  'ancaman: threat threats',
  'persepsi: perception perceived',
  'kemudahan mudah: ease easy',
  'kegunaan manfaat bermanfaat: usefulness useful benefit',
  'sikap: attitude',
  'penerimaan: acceptance',
  'adopsi: adoption',
  'ekspektasi harapan: expectation expectancy',
  'usaha: effort',
  'sosial: social',
  'kondisi: condition',
  'fasilitas: facility facilitating',
  'perilaku: behavior behaviour behavioral',
  'kebiasaan: habit',
  'informasi: information',
  'sistem: system',
  'pengguna: user',
  // education
  'pembelajaran belajar: learning learn',
  'pengajaran mengajar: teaching teach',
  'siswa murid peserta_didik: student students pupil learner',
  'mahasiswa: student students',
  'guru: teacher',
  'dosen: lecturer',
  'sekolah: school',
  'kelas: class classroom',
  'prestasi: achievement',
  'kemampuan: ability capability skill',
  'keterampilan: skill skills',
  'pemahaman memahami: understanding understand comprehension',
  'konsep: concept conceptual',
  'berpikir pemikiran: thinking',
  'kritis: critical',
  'kreatif kreativitas: creative creativity',
  'literasi: literacy',
  'matematika matematis: mathematics mathematical',
  'membaca bacaan: reading',
  'menulis tulisan: writing',
  'media: media',
  'modul: module',
  'bahan_ajar materi: material materials',
  'kurikulum: curriculum',
  'efektivitas efektif: effectiveness effective',
  'efisiensi efisien: efficiency efficient',
  'kelayakan layak: feasibility feasible',
  'validitas valid: validity valid',
  'kepraktisan praktis: practicality practical',
  'respon respons tanggapan: response',
  'latihan: exercise practice',
  'soal: problem item',
  'teman: buddy peer friend',
  'kelompok: group',
  'kolaborasi kolaboratif: collaboration collaborative',
  'adaptif: adaptive',
  'asesmen penilaian: assessment',
  'umpan_balik: feedback',
  'miskonsepsi: misconception',
  'motivasi: motivation',
  'minat: interest',
  'kecemasan cemas: anxiety',
  'efikasi: efficacy',
  'diri: self',
  'resiliensi: resilience',
  // computer science and engineering
  'aplikasi: application app',
  'perangkat_lunak: software',
  'perangkat_keras: hardware',
  'perangkat: device',
  'rancangan perancangan merancang desain: design',
  'pengembangan mengembangkan membangun pembangunan: development develop build',
  'implementasi mengimplementasikan penerapan menerapkan: implementation implement apply application',
  'pengujian uji menguji: testing test',
  'evaluasi mengevaluasi: evaluation evaluate',
  'akurasi ketepatan: accuracy accurate',
  'presisi: precision',
  'klasifikasi mengklasifikasikan: classification classify classifier',
  'deteksi mendeteksi pendeteksian: detection detect',
  'prediksi memprediksi peramalan: prediction predict forecasting forecast',
  'pengenalan: recognition',
  'segmentasi: segmentation',
  'citra gambar: image images',
  'jaringan: network',
  'saraf: neural',
  'tiruan buatan: artificial',
  'kecerdasan: intelligence',
  'pembelajaran_mesin: machine_learning',
  'mesin: machine',
  'algoritma: algorithm',
  'model pemodelan: model modeling modelling',
  'basis_data: database',
  'berkas: file',
  'pencarian: search',
  'optimasi optimalisasi mengoptimalkan: optimization optimisation optimize optimise',
  'kinerja performa: performance',
  'kecepatan cepat: speed fast',
  'waktu: time',
  'memori: memory',
  'penyimpanan: storage',
  'keamanan aman: security secure',
  'otomatis otomatisasi: automatic automation automated',
  'sensor: sensor',
  'pengukuran: measurement',
  'pemantauan monitoring: monitoring monitor',
  'kendali pengendalian kontrol: control',
  'visualisasi: visualization visualisation',
  'antarmuka: interface',
  'pengalaman: experience',
  'kebutuhan: requirement requirements need',
  'fitur: feature',
  'validasi memvalidasi: validation validate',
  'integrasi mengintegrasikan: integration integrate',
  'dukungan mendukung: support',
  'kompatibilitas: compatibility',
  'terstruktur struktur: structure structured',
  'penutup_lahan tutupan_lahan: land_cover',
  'foto_udara: aerial_photo aerial_photograph',
  'peta pemetaan: map mapping',
  'wilayah daerah kawasan: region area',
  'kota: city urban',
  'desa: village rural',
  // public administration, social science, health
  'kebijakan: policy',
  'pemerintah pemerintahan: government',
  'masyarakat: community society public',
  'partisipasi: participation',
  'pelaksanaan: implementation',
  'pengelolaan manajemen: management',
  'program: program programme',
  'peran: role',
  'hambatan kendala: barrier obstacle constraint',
  'pendukung pendorong: supporting driver',
  'kesehatan: health',
  'pasien: patient',
  'risiko: risk',
  'penyakit: disease',
  'pengetahuan: knowledge',
  'kepatuhan patuh: compliance adherence',
  'gizi: nutrition',
  'ibu: mother maternal',
  'anak: child children',
  'remaja: adolescent',
  'perempuan wanita: woman women female',
  'laki: male',
  'usia umur: age',
  'jenis_kelamin gender: gender sex',
  'pendidikan: education educational',
  'pekerjaan: job occupation work',
  'keluarga: family',
  'dampak: impact',
  'bersama bersamaan: together jointly',
  'perbedaan berbeda: difference different differ',
  'perbandingan membandingkan: comparison compare',
  'peningkatan meningkatkan meningkat: improvement improve increase',
  'penurunan menurunkan menurun: decrease decline reduce',
  'kualitatif: qualitative',
  // general vocabulary of findings
  'menentukan penentu: determine determinant determining',
  'keluhan: complaint complaints',
  'akses mengakses: access',
  'utama: main primary',
  'koleksi: collection',
  'kelengkapan lengkap: completeness complete',
  'jurnal: journal',
  'perpustakaan: library',
  'kecepatan: speed',
  'lambat: slow',
  'tugas: task assignment',
  'nilai skor: score grade',
  'ujian: exam examination',
  'kualitas: quality',
  'tanggapan pendapat opini: opinion response',
  'perawat: nurse',
  'pengingat: reminder',
  'obat: medication medicine drug',
  'konsumsi: consumption',
  'listrik: electricity electric',
  'rumah_tangga: household',
  'tarif: tariff rate',
  'pola: pattern',
  'harian: daily',
  'malam: night evening',
  'siang: daytime noon',
  'petani: farmer',
  'lahan: field land',
  'hama: pest',
  'serangan: attack infestation',
  'kuantitatif: quantitative',
];
