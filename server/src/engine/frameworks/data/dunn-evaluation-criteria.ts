// Dunn, W. N. Public Policy Analysis (1981 and many later editions; Indonesian translation
// "Pengantar Analisis Kebijakan Publik", 1994/2003). Six evaluation criteria. The criteria are
// common words in any text ("efektivitas", "efficiency"), so the framework is only detected
// with a mention of Dunn or of policy evaluation, never from the words alone.
import type { FrameworkInput } from '../schema';

export default {
  id: 'dunn-evaluation-criteria',
  name: "Dunn's evaluation criteria",
  sources: [{ author: 'Dunn', years: [1981, 1994, 1999, 2000, 2003, 2004, 2008, 2012, 2013, 2015, 2017, 2018] }],
  mentions: ['William N Dunn', 'William Dunn', 'kriteria evaluasi Dunn', 'kriteria evaluasi kebijakan menurut Dunn'],
  concepts: ['evaluasi kebijakan', 'policy evaluation', 'evaluasi program', 'kriteria evaluasi'],
  dimensions: [
    {
      id: 'effectiveness',
      label: { en: 'effectiveness', id: 'efektivitas' },
      names: ['efektifitas'],
      hints: ['efektif', 'effective'],
    },
    {
      id: 'efficiency',
      label: { en: 'efficiency', id: 'efisiensi' },
      variants: ['efesiensi', 'effisiensi'],
      hints: ['efisien', 'efficient'],
    },
    {
      id: 'adequacy',
      label: { en: 'adequacy', id: 'kecukupan' },
      hints: ['cukup', 'memadai'],
    },
    {
      id: 'equity',
      label: { en: 'equity', id: 'pemerataan' },
      names: ['perataan'],
      hints: ['merata', 'keadilan', 'kesamaan'],
    },
    {
      id: 'responsiveness',
      label: { en: 'responsiveness', id: 'responsivitas' },
      names: ['daya tanggap'],
      variants: ['responsivness', 'responsifitas'],
      hints: ['responsif', 'tanggap'],
    },
    {
      id: 'appropriateness',
      label: { en: 'appropriateness', id: 'ketepatan' },
      names: ['ketepatgunaan', 'ketepatan sasaran'],
      hints: ['tepat'],
    },
  ],
} satisfies FrameworkInput;
