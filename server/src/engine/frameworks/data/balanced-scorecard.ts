// The Balanced Scorecard: Kaplan, R. S., & Norton, D. P. (1992). The balanced scorecard —
// measures that drive performance. Harvard Business Review 70(1); Kaplan & Norton (1996). The
// Balanced Scorecard: Translating Strategy into Action. Four perspectives of performance.
import type { FrameworkInput } from '../schema';

export default {
  id: 'balanced-scorecard',
  name: 'Balanced Scorecard (Kaplan & Norton 1992)',
  sources: [{ author: 'Kaplan', years: [1992, 1993, 1996, 2000, 2001, 2004, 2008] }],
  mentions: ['Balanced Scorecard', 'Kaplan dan Norton', 'Kaplan and Norton', 'Kaplan & Norton'],
  concepts: ['pengukuran kinerja', 'performance measurement'],
  dimensions: [
    {
      id: 'financial',
      label: { en: 'financial perspective', id: 'perspektif keuangan' },
      names: ['perspektif finansial', 'financial perspectives'],
      hints: ['keuangan', 'finansial', 'financial'],
    },
    {
      id: 'customer',
      label: { en: 'customer perspective', id: 'perspektif pelanggan' },
      names: ['perspektif konsumen', 'customer perspectives'],
      hints: ['pelanggan', 'customer'],
    },
    {
      id: 'internal-business-process',
      label: { en: 'internal business process perspective', id: 'perspektif proses bisnis internal' },
      names: ['perspektif proses internal', 'perspektif proses bisnis', 'internal process perspective', 'internal business perspective'],
      hints: ['proses bisnis internal', 'internal business process'],
    },
    {
      id: 'learning-and-growth',
      label: { en: 'learning and growth perspective', id: 'perspektif pembelajaran dan pertumbuhan' },
      names: ['perspektif pertumbuhan dan pembelajaran', 'learning and growth', 'perspektif pembelajaran', 'learning growth perspective'],
      hints: ['pertumbuhan', 'growth'],
    },
  ],
} satisfies FrameworkInput;
