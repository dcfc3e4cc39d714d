// UNDP (1997), Governance for Sustainable Human Development: the characteristics of good
// governance as Indonesian theses list them (often through LAN/BPKP or Mardiasmo). Several are
// everyday words; detection needs UNDP named, a statement, or "good governance" as the topic
// (in the title, an abstract or a heading).
import type { FrameworkInput } from '../schema';

export default {
  id: 'undp-good-governance-1997',
  name: 'UNDP (1997) good governance',
  sources: [
    { author: 'UNDP', years: [1997] },
    { author: 'United Nations Development Programme', years: [1997] },
  ],
  mentions: ['UNDP', 'United Nations Development Programme'],
  concepts: ['good governance', 'tata kelola pemerintahan yang baik', 'tata pemerintahan yang baik', 'kepemerintahan yang baik', 'pemerintahan yang baik'],
  dimensions: [
    {
      id: 'participation',
      label: { en: 'participation', id: 'partisipasi' },
      names: ['partisipasi masyarakat'],
      hints: ['keterlibatan', 'berpartisipasi'],
    },
    {
      id: 'rule-of-law',
      label: { en: 'rule of law', id: 'penegakan hukum' },
      names: ['supremasi hukum', 'kepastian hukum', 'aturan hukum', 'kerangka hukum'],
      hints: ['hukum', 'law'],
    },
    {
      id: 'transparency',
      label: { en: 'transparency', id: 'transparansi' },
      names: ['keterbukaan'],
      variants: ['tranparansi', 'transparasi'],
      hints: ['terbuka', 'transparan'],
    },
    {
      id: 'responsiveness',
      label: { en: 'responsiveness', id: 'daya tanggap' },
      names: ['responsivitas', 'ketanggapan'],
      hints: ['responsif', 'tanggap'],
    },
    {
      id: 'consensus-orientation',
      label: { en: 'consensus orientation', id: 'berorientasi konsensus' },
      names: ['orientasi konsensus', 'berorientasi pada konsensus', 'berorientasi pada kesepakatan', 'consensus oriented', 'orientasi pada kesepakatan'],
      hints: ['konsensus', 'consensus', 'kesepakatan'],
    },
    {
      id: 'equity',
      label: { en: 'equity', id: 'kesetaraan' },
      names: ['keadilan dan kesetaraan', 'kesetaraan dan keadilan'],
      hints: ['keadilan', 'adil', 'setara'],
    },
    {
      id: 'effectiveness-and-efficiency',
      label: { en: 'effectiveness and efficiency', id: 'efektivitas dan efisiensi' },
      names: ['efektifitas dan efisiensi', 'efisiensi dan efektivitas', 'efisiensi dan efektifitas'],
      hints: ['efektivitas', 'efektifitas', 'efisiensi', 'efektif', 'efisien'],
    },
    {
      id: 'accountability',
      label: { en: 'accountability', id: 'akuntabilitas' },
      variants: ['akuntabilitass', 'accountabilty', 'akuntabilitias'],
      hints: ['tanggung jawab', 'pertanggungjawaban', 'akuntabel'],
    },
    {
      id: 'strategic-vision',
      label: { en: 'strategic vision', id: 'visi strategis' },
      names: ['wawasan ke depan', 'visi strategik'],
      hints: ['visi'],
    },
  ],
} satisfies FrameworkInput;
