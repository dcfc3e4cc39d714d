// SERVQUAL: Parasuraman, Zeithaml & Berry (1985, 1988); Zeithaml, Parasuraman & Berry (1990),
// Delivering Quality Service. Five dimensions of service quality. "jaminan" is also the word for
// social insurance ("jaminan kesehatan"), "reliabilitas" the word for a questionnaire's
// reliability test, and "berwujud" appears in "aset tidak berwujud": those are excluded.
import type { FrameworkInput } from '../schema';

export default {
  id: 'servqual',
  name: 'SERVQUAL (Parasuraman, Zeithaml & Berry 1988)',
  sources: [
    { author: 'Parasuraman', years: [1985, 1988, 1990, 1991, 1994] },
    { author: 'Zeithaml', years: [1990, 1996, 2000] },
  ],
  mentions: ['SERVQUAL', 'Parasuraman', 'Zeithaml'],
  concepts: ['kualitas pelayanan', 'kualitas layanan', 'mutu pelayanan', 'mutu layanan', 'service quality'],
  dimensions: [
    {
      id: 'tangibles',
      label: { en: 'tangibles', id: 'bukti fisik' },
      names: ['tangible', 'berwujud', 'bukti langsung', 'bukti fisik langsung'],
      variants: ['tangibel', 'tangiable', 'tangibels'],
      hints: ['fasilitas fisik', 'sarana', 'prasarana', 'penampilan fisik'],
      exclude: ['tidak berwujud', 'aset berwujud', 'aktiva berwujud', 'aktiva tetap berwujud', 'aset tetap berwujud', 'tangible assets', 'tangible asset'],
    },
    {
      id: 'reliability',
      label: { en: 'reliability', id: 'keandalan' },
      names: ['kehandalan'],
      variants: ['realibility', 'reliabilty', 'reliablity'],
      hints: ['andal', 'handal', 'dapat diandalkan', 'reliabilitas'],
      exclude: [
        'reliability test',
        'reliability tests',
        'reliability analysis',
        'reliability coefficient',
        'composite reliability',
        'inter rater reliability',
        'interrater reliability',
        'test retest reliability',
        'reliability statistics',
        'uji reliability',
        'scale reliability',
      ],
    },
    {
      id: 'responsiveness',
      label: { en: 'responsiveness', id: 'daya tanggap' },
      names: ['ketanggapan', 'responsivitas'],
      variants: ['responsivness', 'responsiviness', 'responsivenes'],
      hints: ['tanggap', 'cepat tanggap', 'responsif'],
    },
    {
      id: 'assurance',
      label: { en: 'assurance', id: 'jaminan' },
      variants: ['assurence', 'asurance', 'assurances'],
      hints: ['kepastian', 'keamanan', 'kesopanan', 'kompetensi'],
      exclude: [
        'jaminan kesehatan',
        'jaminan sosial',
        'badan penyelenggara jaminan',
        'jaminan hari tua',
        'jaminan kecelakaan',
        'jaminan kematian',
        'jaminan pensiun',
        'jaminan persalinan',
        'jaminan produk halal',
        'barang jaminan',
        'jaminan kredit',
        'jaminan fidusia',
        'quality assurance',
      ],
    },
    {
      id: 'empathy',
      label: { en: 'empathy', id: 'empati' },
      variants: ['emphaty', 'empathi', 'emphati', 'empaty', 'emphathy'],
      hints: ['perhatian', 'kepedulian'],
    },
  ],
} satisfies FrameworkInput;
