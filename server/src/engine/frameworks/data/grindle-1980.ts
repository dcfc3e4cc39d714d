// Grindle, M. S. (1980). Politics and Policy Implementation in the Third World. Two variables,
// each with sub-items that results chapters often use as sub-sections.
import type { FrameworkInput } from '../schema';

export default {
  id: 'grindle-1980',
  name: 'Grindle (1980)',
  sources: [{ author: 'Grindle', years: [1980] }],
  mentions: ['Grindle', 'Merilee Grindle'],
  concepts: ['implementasi kebijakan', 'policy implementation', 'implementasi program'],
  dimensions: [
    {
      id: 'content-of-policy',
      label: { en: 'content of policy', id: 'isi kebijakan' },
      names: ['policy content', 'content of the policy', 'isi program'],
      hints: ['isi', 'content'],
      dimensions: [
        {
          id: 'interests-affected',
          label: { en: 'interests affected', id: 'kepentingan yang dipengaruhi' },
          names: [
            'kepentingan yang terpengaruhi',
            'kepentingan yang mempengaruhi',
            'kepentingan yang memengaruhi',
            'kepentingan kelompok sasaran',
            'interest affected',
          ],
          hints: ['kepentingan'],
        },
        {
          id: 'type-of-benefits',
          label: { en: 'type of benefits', id: 'tipe manfaat' },
          names: ['jenis manfaat', 'type of benefit', 'tipe manfaat yang dihasilkan', 'jenis manfaat yang dihasilkan'],
          hints: ['manfaat'],
        },
        {
          id: 'extent-of-change',
          label: { en: 'extent of change envisioned', id: 'derajat perubahan yang diharapkan' },
          names: [
            'derajat perubahan',
            'derajat perubahan yang ingin dicapai',
            'tingkat perubahan yang diinginkan',
            'extent of change envision',
            'extent of change',
          ],
          hints: ['perubahan'],
        },
        {
          id: 'site-of-decision-making',
          label: { en: 'site of decision making', id: 'letak pengambilan keputusan' },
          names: ['letak pengambil keputusan', 'kedudukan pembuat kebijakan', 'site of decision'],
          hints: ['pengambilan keputusan'],
        },
        {
          id: 'program-implementors',
          label: { en: 'program implementors', id: 'pelaksana program' },
          names: ['program implementers', 'program implementor', 'pelaksana kebijakan program'],
          hints: ['pelaksana'],
        },
        {
          id: 'resources-committed',
          label: { en: 'resources committed', id: 'sumber daya yang digunakan' },
          names: ['sumber daya yang dilibatkan', 'sumber daya yang dikerahkan', 'resources commited', 'sumber daya yang tersedia'],
          hints: ['sumber daya'],
        },
      ],
    },
    {
      id: 'context-of-implementation',
      label: { en: 'context of implementation', id: 'lingkungan implementasi' },
      names: ['implementation context', 'konteks implementasi', 'lingkungan kebijakan', 'konteks kebijakan'],
      hints: ['lingkungan', 'konteks', 'context'],
      dimensions: [
        {
          id: 'power-interests-strategies',
          label: { en: 'power, interests and strategies of actors involved', id: 'kekuasaan, kepentingan, dan strategi aktor yang terlibat' },
          names: [
            'kekuasaan kepentingan dan strategi aktor',
            'kekuasaan kepentingan dan strategi dari aktor yang terlibat',
            'power interests and strategies',
            'kekuasaan kepentingan strategi aktor',
          ],
          hints: ['kekuasaan', 'strategi aktor'],
        },
        {
          id: 'institution-and-regime',
          label: { en: 'institution and regime characteristics', id: 'karakteristik lembaga dan penguasa' },
          names: [
            'karakteristik lembaga dan rezim',
            'karakteristik institusi dan rezim',
            'karakteristik lembaga dan rezim yang berkuasa',
            'institution and regime characteristic',
          ],
          hints: ['rezim', 'penguasa'],
        },
        {
          id: 'compliance-and-responsiveness',
          label: { en: 'compliance and responsiveness', id: 'kepatuhan dan daya tanggap' },
          names: ['kepatuhan dan responsivitas', 'tingkat kepatuhan dan adanya respon dari pelaksana', 'kepatuhan dan adanya respon'],
          hints: ['kepatuhan', 'compliance'],
        },
      ],
    },
  ],
} satisfies FrameworkInput;
