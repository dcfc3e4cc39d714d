// Ansell, C., & Gash, A. (2008). Collaborative governance in theory and practice. JPART 18(4).
// Four variables; the collaborative process is a cycle of five stages, which students often
// use as the results chapter's sub-sections (seeds 000 and 003 name all five in the abstract).
// Generic words ("kelembagaan", "kepemimpinan", "kolaborasi", "kepercayaan") are hints only:
// "kapasitas kelembagaan" is not institutional design.
import type { FrameworkInput } from '../schema';

export default {
  id: 'ansell-gash-2008',
  name: 'Ansell & Gash (2008)',
  sources: [{ author: 'Ansell', years: [2008, 2007] }],
  mentions: ['Ansell Gash', 'Chris Ansell'],
  concepts: ['collaborative governance', 'tata kelola kolaboratif'],
  dimensions: [
    {
      id: 'starting-conditions',
      label: { en: 'starting conditions', id: 'kondisi awal' },
      names: ['starting condition', 'initial conditions', 'keadaan awal', 'kondisi permulaan', 'kondisi awal kolaborasi'],
      variants: ['start conditions', 'stating conditions', 'starting conditon'],
      hints: [
        'asimetri',
        'ketidakseimbangan kekuatan',
        'prasejarah',
        'riwayat kerja sama',
        'sejarah kerja sama',
        'power resource knowledge asymmetries',
        'prehistory',
      ],
    },
    {
      id: 'institutional-design',
      label: { en: 'institutional design', id: 'desain kelembagaan' },
      names: ['desain institusional', 'desain institusi', 'rancangan kelembagaan', 'desain lembaga'],
      variants: ['institusional design', 'instutional design', 'institutional desain', 'desain kelembagaaan'],
      hints: ['kelembagaan', 'institusional', 'institutional', 'aturan dasar', 'ground rules'],
    },
    {
      id: 'facilitative-leadership',
      label: { en: 'facilitative leadership', id: 'kepemimpinan fasilitatif' },
      names: ['pemimpin fasilitatif', 'kepemimpinan fasilitasi', 'facilitative leader', 'facilitating leadership'],
      variants: ['fasilitative leadership', 'facilitatif leadership', 'facilitative leadeship', 'kepemimpinan fasilitative', 'kepemimpinan fasilitator'],
      hints: ['kepemimpinan', 'pemimpin', 'leadership', 'fasilitator'],
    },
    {
      id: 'collaborative-process',
      label: { en: 'collaborative process', id: 'proses kolaboratif' },
      names: ['collaboration process', 'proses kolaborasi'],
      variants: ['collaborative proses', 'proses collaborative', 'proses kolaborative'],
      hints: ['kolaborasi', 'collaboration'],
      dimensions: [
        {
          id: 'face-to-face-dialogue',
          label: { en: 'face-to-face dialogue', id: 'dialog tatap muka' },
          names: ['face to face dialog', 'dialogue tatap muka', 'dialog secara tatap muka'],
          variants: ['face to face dialoque', 'face to face dialouge', 'face to fase dialogue'],
          hints: ['dialog', 'dialogue', 'tatap muka', 'musyawarah'],
        },
        {
          id: 'trust-building',
          label: { en: 'trust building', id: 'membangun kepercayaan' },
          names: [
            'building trust',
            'building of trust',
            'pembangunan kepercayaan',
            'membangun rasa percaya',
            'membangun rasa saling percaya',
            'membangun saling percaya',
          ],
          variants: ['trust buliding', 'trust bulding', 'trusth building'],
          hints: ['kepercayaan', 'trust', 'percaya'],
        },
        {
          id: 'commitment-to-process',
          label: { en: 'commitment to the process', id: 'komitmen terhadap proses' },
          names: [
            'commitment to process',
            'commitment to the collaborative process',
            'komitmen pada proses',
            'komitmen dalam proses',
            'komitmen kepada proses',
            'komitmen terhadap proses kolaborasi',
          ],
          variants: ['comitment to the process', 'commitment to the proses', 'commitmen to the process', 'komitmen terhadap process'],
          hints: ['komitmen', 'commitment'],
        },
        {
          id: 'shared-understanding',
          label: { en: 'shared understanding', id: 'pemahaman bersama' },
          names: ['saling memahami', 'berbagi pemahaman', 'kesepahaman bersama'],
          variants: ['share understanding', 'sharing understanding', 'shared understading'],
          hints: ['pemahaman', 'understanding', 'kesepahaman'],
        },
        {
          id: 'intermediate-outcomes',
          label: { en: 'intermediate outcomes', id: 'hasil sementara' },
          names: ['intermediate results', 'hasil antara', 'hasil jangka pendek sementara'],
          variants: ['intermediate outcames', 'intermediete outcomes', 'intermedite outcomes'],
          hints: ['small wins', 'kemenangan kecil', 'outcome', 'outcomes'],
        },
      ],
    },
  ],
} satisfies FrameworkInput;
