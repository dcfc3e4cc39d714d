// Bloom's taxonomy of the cognitive domain, as revised by Anderson & Krathwohl (2001). A Taxonomy
// for Learning, Teaching, and Assessing (Bloom et al. 1956 the original). Indonesian education
// theses write the levels C1–C6. The level verbs are the commonest words of any thesis
// ("memahami", "menganalisis", "analyze"): they are hints, and a level is named by its code or
// as a level ("C4", "level menganalisis", "analyzing level").
import type { FrameworkInput } from '../schema';

export default {
  id: 'bloom-taxonomy',
  name: "Bloom's taxonomy (Anderson & Krathwohl 2001)",
  sources: [
    { author: 'Bloom', years: [1956] },
    { author: 'Anderson', years: [2001, 2010, 2015] },
    { author: 'Krathwohl', years: [2002] },
  ],
  mentions: ['taksonomi Bloom', "Bloom's taxonomy", 'Bloom taxonomy', 'Anderson dan Krathwohl', 'Anderson & Krathwohl', 'Anderson and Krathwohl'],
  concepts: ['ranah kognitif', 'cognitive domain', 'dimensi proses kognitif'],
  dimensions: [
    {
      id: 'remember',
      label: { en: 'remember (C1)', id: 'mengingat (C1)' },
      names: ['C1', 'level mengingat', 'remembering level'],
      hints: ['mengingat', 'remember', 'remembering'],
    },
    {
      id: 'understand',
      label: { en: 'understand (C2)', id: 'memahami (C2)' },
      names: ['C2', 'level memahami', 'understanding level'],
      hints: ['memahami', 'understand'],
    },
    {
      id: 'apply',
      label: { en: 'apply (C3)', id: 'menerapkan (C3)' },
      names: ['C3', 'level menerapkan', 'level mengaplikasikan', 'applying level'],
      hints: ['menerapkan', 'mengaplikasikan', 'apply'],
    },
    {
      id: 'analyze',
      label: { en: 'analyze (C4)', id: 'menganalisis (C4)' },
      names: ['C4', 'level menganalisis', 'analyzing level'],
      hints: ['menganalisis', 'analyze', 'analyse'],
    },
    {
      id: 'evaluate',
      label: { en: 'evaluate (C5)', id: 'mengevaluasi (C5)' },
      names: ['C5', 'level mengevaluasi', 'evaluating level'],
      hints: ['mengevaluasi', 'evaluate'],
    },
    {
      id: 'create',
      label: { en: 'create (C6)', id: 'mencipta (C6)' },
      names: ['C6', 'level mencipta', 'level mengkreasi', 'creating level'],
      hints: ['mencipta', 'mengkreasi', 'create'],
    },
  ],
} satisfies FrameworkInput;
