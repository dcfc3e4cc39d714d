// Unified Theory of Acceptance and Use of Technology: Venkatesh, V., Morris, M. G., Davis, G. B.,
// & Davis, F. D. (2003). User acceptance of information technology: Toward a unified view. MIS
// Quarterly, 27(3), 425–478. Its four determinants and two outcomes; UTAUT2's additions
// (Venkatesh, Thong & Xu 2012: hedonic motivation, price value, habit) are left out, so that a
// study of the original model is not asked for them. Moderators (gender, age, experience,
// voluntariness) are not dimensions.
import type { FrameworkInput } from '../schema';

export default {
  id: 'utaut-venkatesh-2003',
  name: 'UTAUT (Venkatesh et al. 2003)',
  sources: [{ author: 'Venkatesh', years: [2003, 2012, 2016] }],
  mentions: ['UTAUT', 'UTAUT2', 'Unified Theory of Acceptance and Use of Technology'],
  concepts: ['penerimaan dan penggunaan teknologi', 'acceptance and use of technology'],
  dimensions: [
    {
      id: 'performance-expectancy',
      label: { en: 'performance expectancy', id: 'ekspektasi kinerja' },
      names: ['harapan kinerja', 'ekspektasi performa', 'performance expectation'],
      hints: ['kinerja', 'performance'],
    },
    {
      id: 'effort-expectancy',
      label: { en: 'effort expectancy', id: 'ekspektasi usaha' },
      names: ['harapan usaha', 'ekspektasi upaya', 'harapan upaya', 'effort expectation'],
      hints: ['usaha', 'effort'],
    },
    {
      id: 'social-influence',
      label: { en: 'social influence', id: 'pengaruh sosial' },
      hints: ['sosial'],
    },
    {
      id: 'facilitating-conditions',
      label: { en: 'facilitating conditions', id: 'kondisi yang memfasilitasi' },
      names: ['kondisi pendukung', 'kondisi fasilitas', 'kondisi memfasilitasi', 'kondisi yang mendukung', 'facilitating condition'],
      hints: ['fasilitas', 'facilities'],
    },
    {
      id: 'behavioral-intention',
      label: { en: 'behavioral intention', id: 'niat perilaku' },
      names: ['behavioural intention', 'minat perilaku', 'niat menggunakan', 'minat menggunakan', 'intention to use'],
      hints: ['minat', 'niat', 'intention'],
    },
    {
      id: 'use-behavior',
      label: { en: 'use behavior', id: 'perilaku penggunaan' },
      names: ['use behaviour', 'usage behavior', 'usage behaviour', 'perilaku menggunakan'],
      hints: ['penggunaan', 'usage'],
    },
  ],
} satisfies FrameworkInput;
