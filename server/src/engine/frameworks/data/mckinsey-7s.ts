// The McKinsey 7S framework: Waterman, R. H., Peters, T. J., & Phillips, J. R. (1980). Structure
// is not organization. Business Horizons 23(3); Peters & Waterman (1982). In Search of
// Excellence. Seven elements of an organisation; most are everyday words, so the framework is
// detected only where the manuscript names it ("7S", "McKinsey").
import type { FrameworkInput } from '../schema';

export default {
  id: 'mckinsey-7s',
  name: 'McKinsey 7S (Waterman, Peters & Phillips 1980)',
  sources: [
    { author: 'Waterman', years: [1980, 1982] },
    { author: 'Peters', years: [1982] },
  ],
  mentions: ['McKinsey 7S', 'McKinsey 7-S', '7S McKinsey', 'McKinsey Seven S', '7S framework', 'model 7S', 'kerangka 7S'],
  concepts: [],
  dimensions: [
    { id: 'strategy', label: { en: 'strategy', id: 'strategi' } },
    { id: 'structure', label: { en: 'structure', id: 'struktur' }, names: ['struktur organisasi', 'organizational structure'] },
    { id: 'systems', label: { en: 'systems', id: 'sistem' } },
    { id: 'shared-values', label: { en: 'shared values', id: 'nilai bersama' }, names: ['shared value', 'nilai-nilai bersama', 'superordinate goals'] },
    { id: 'style', label: { en: 'style', id: 'gaya' }, names: ['gaya kepemimpinan', 'leadership style', 'gaya manajemen'] },
    { id: 'staff', label: { en: 'staff', id: 'staf' }, names: ['karyawan'] },
    { id: 'skills', label: { en: 'skills', id: 'keterampilan' }, names: ['keahlian', 'skill', 'kemampuan'] },
  ],
} satisfies FrameworkInput;
