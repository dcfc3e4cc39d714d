// Putnam, R. D. (1993) Making Democracy Work; (1995) Bowling Alone (article), (2000) the book.
// Social capital as trust, norms and networks (seed 002). "Jaringan" is also a computer or neural
// network; those senses are excluded.
import type { FrameworkInput } from '../schema';

export default {
  id: 'putnam-social-capital',
  name: "Putnam's social capital",
  sources: [{ author: 'Putnam', years: [1993, 1995, 2000, 2001, 2002] }],
  mentions: ['Putnam', 'Robert Putnam'],
  concepts: ['modal sosial', 'social capital'],
  dimensions: [
    {
      id: 'trust',
      label: { en: 'trust', id: 'kepercayaan' },
      names: ['saling percaya', 'rasa percaya', 'kepercayaan sosial', 'social trust'],
      hints: ['percaya'],
    },
    {
      id: 'norms',
      label: { en: 'norms', id: 'norma' },
      names: ['norma sosial', 'social norms', 'norms of reciprocity', 'norma timbal balik'],
      hints: ['nilai', 'aturan', 'reciprocity', 'resiprositas', 'timbal balik'],
    },
    {
      id: 'networks',
      label: { en: 'networks', id: 'jaringan' },
      names: ['jejaring', 'jaringan sosial', 'social networks', 'network'],
      hints: ['hubungan sosial', 'relasi'],
      exclude: [
        'jaringan internet',
        'jaringan komputer',
        'jaringan saraf',
        'jaringan syaraf',
        'neural network',
        'jaringan listrik',
        'jaringan irigasi',
        'jaringan jalan',
        'jaringan telekomunikasi',
        'network analysis',
        'computer network',
        'jaringan distribusi',
      ],
    },
  ],
} satisfies FrameworkInput;
