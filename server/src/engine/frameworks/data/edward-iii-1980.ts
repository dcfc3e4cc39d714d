// Edwards III, G. C. (1980). Implementing Public Policy. Indonesian theses write "Edward III" and
// often date it 1984 (a later printing) or cite it through a textbook ("Edward III dalam
// Agustino, 2008"). Four variables, each named by a single word in Indonesian — so the data
// lists only those words and the standard two-word forms; sub-items (transmisi, SOP,
// fragmentasi, …) are hints.
import type { FrameworkInput } from '../schema';

export default {
  id: 'edward-iii-1980',
  name: 'Edward III (1980)',
  sources: [
    { author: 'Edwards', years: [1980, 1984] },
    { author: 'Edward', years: [1980, 1984] },
  ],
  mentions: ['Edward III', 'Edwards III', 'George C Edwards', 'George C Edward', 'George Edward III'],
  concepts: ['implementasi kebijakan', 'policy implementation', 'implementasi program'],
  dimensions: [
    {
      id: 'communication',
      label: { en: 'communication', id: 'komunikasi' },
      variants: ['komonikasi', 'comunication'],
      hints: ['transmisi', 'transmission', 'kejelasan', 'clarity', 'konsistensi', 'consistency', 'sosialisasi'],
    },
    {
      id: 'resources',
      label: { en: 'resources', id: 'sumber daya' },
      names: ['sumberdaya', 'sumber sumber daya', 'sumber sumber kebijakan'],
      hints: ['anggaran', 'staf', 'staff', 'fasilitas', 'facilities', 'kewenangan', 'authority', 'informasi'],
    },
    {
      id: 'disposition',
      label: { en: 'disposition', id: 'disposisi' },
      names: ['dispositions', 'sikap pelaksana', 'sikap para pelaksana', 'kecenderungan pelaksana', 'disposisi pelaksana', 'attitudes of implementers'],
      variants: ['dispotition', 'disposisition', 'dispositon'],
      hints: ['sikap', 'attitude', 'attitudes', 'kecenderungan', 'insentif', 'incentives', 'pengangkatan birokrat'],
    },
    {
      id: 'bureaucratic-structure',
      label: { en: 'bureaucratic structure', id: 'struktur birokrasi' },
      names: ['struktur birokratis', 'struktur birokrasinya'],
      variants: ['struktur birokrat', 'beurocratic structure', 'bureaucracy structure', 'burocratic structure'],
      hints: [
        'struktur organisasi',
        'struktur',
        'structure',
        'sop',
        'standard operating procedures',
        'standar operasional prosedur',
        'fragmentasi',
        'fragmentation',
      ],
    },
  ],
} satisfies FrameworkInput;
