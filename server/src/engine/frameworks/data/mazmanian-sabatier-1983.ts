// Mazmanian, D. A., & Sabatier, P. A. (1983). Implementation and Public Policy. Three groups of
// variables; Indonesian textbooks translate them as "karakteristik masalah", "karakteristik
// kebijakan / daya dukung peraturan" and "variabel lingkungan".
import type { FrameworkInput } from '../schema';

export default {
  id: 'mazmanian-sabatier-1983',
  name: 'Mazmanian & Sabatier (1983)',
  sources: [{ author: 'Mazmanian', years: [1983, 1979, 1980, 1981, 1989] }],
  mentions: ['Mazmanian Sabatier'],
  concepts: ['implementasi kebijakan', 'policy implementation'],
  dimensions: [
    {
      id: 'tractability-of-the-problem',
      label: { en: 'tractability of the problem', id: 'karakteristik masalah' },
      names: [
        'tractability of the problems',
        'mudah tidaknya masalah dikendalikan',
        'mudah atau tidaknya masalah dikendalikan',
        'mudah tidaknya masalah digarap',
        'tingkat kesulitan masalah',
        'karakteristik dari masalah',
      ],
      hints: ['tractability', 'masalah'],
    },
    {
      id: 'ability-of-statute',
      label: { en: 'ability of statute to structure implementation', id: 'karakteristik kebijakan' },
      names: [
        'ability of the statute to structure implementation',
        'daya dukung peraturan',
        'kemampuan kebijakan menstrukturkan proses implementasi',
        'kemampuan kebijakan untuk menstrukturkan proses implementasi',
        'kemampuan kebijakan mensistematisasi proses implementasi',
        'karakteristik peraturan',
        'karakteristik undang undang',
      ],
      hints: ['peraturan', 'statute'],
    },
    {
      id: 'non-statutory-variables',
      label: { en: 'non-statutory variables', id: 'variabel lingkungan' },
      names: [
        'nonstatutory variables',
        'non statutory variables affecting implementation',
        'variabel di luar kebijakan',
        'variabel non peraturan',
        'variabel di luar undang undang',
        'lingkungan kebijakan',
      ],
      hints: ['lingkungan', 'environment'],
    },
  ],
} satisfies FrameworkInput;
