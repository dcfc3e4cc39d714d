// Van Meter, D. S., & Van Horn, C. E. (1975). The policy implementation process: A conceptual
// framework. Administration & Society 6(4). Six variables; Indonesian textbooks (Agustino,
// Subarsono) translate them in several ways, listed as names.
import type { FrameworkInput } from '../schema';

export default {
  id: 'van-meter-van-horn-1975',
  name: 'Van Meter & Van Horn (1975)',
  sources: [
    { author: 'Van Meter', years: [1975] },
    { author: 'Meter', years: [1975] },
  ],
  mentions: ['Van Meter Van Horn', 'Van Meter Horn'],
  concepts: ['implementasi kebijakan', 'policy implementation', 'implementasi program'],
  dimensions: [
    {
      id: 'standards-and-objectives',
      label: { en: 'policy standards and objectives', id: 'standar dan sasaran kebijakan' },
      names: [
        'ukuran dan tujuan kebijakan',
        'ukuran dasar dan tujuan kebijakan',
        'standar dan tujuan kebijakan',
        'ukuran dan sasaran kebijakan',
        'standards and objectives',
        'standar kebijakan',
        'sasaran kebijakan',
        'tujuan kebijakan',
      ],
      hints: ['standar', 'sasaran', 'tujuan', 'ukuran'],
    },
    {
      id: 'resources',
      label: { en: 'resources', id: 'sumber daya' },
      names: ['sumberdaya', 'sumber daya kebijakan', 'sumber sumber kebijakan', 'policy resources'],
      hints: ['anggaran', 'dana', 'staf', 'fasilitas'],
    },
    {
      id: 'inter-organizational-communication',
      label: { en: 'inter-organizational communication', id: 'komunikasi antarorganisasi' },
      names: [
        'komunikasi antar organisasi',
        'komunikasi antarorganisasi dan aktivitas pelaksanaan',
        'komunikasi antar organisasi dan kegiatan pelaksanaan',
        'interorganizational communication',
        'komunikasi antar organisasi terkait',
      ],
      hints: ['komunikasi', 'communication', 'koordinasi'],
    },
    {
      id: 'implementing-agencies',
      label: { en: 'characteristics of the implementing agencies', id: 'karakteristik agen pelaksana' },
      names: [
        'karakteristik badan pelaksana',
        'karakteristik organisasi pelaksana',
        'karakteristik lembaga pelaksana',
        'karakteristik agen pelaksanaan',
        'karakteristik para pelaksana',
        'karakteristik pelaksana',
        'characteristics of implementing agencies',
      ],
      hints: ['agen pelaksana', 'badan pelaksana', 'karakteristik'],
    },
    {
      id: 'economic-social-political-conditions',
      label: { en: 'economic, social and political conditions', id: 'kondisi ekonomi, sosial, dan politik' },
      names: [
        'kondisi sosial ekonomi politik',
        'kondisi sosial ekonomi dan politik',
        'lingkungan ekonomi sosial politik',
        'lingkungan sosial ekonomi politik',
        'lingkungan ekonomi sosial dan politik',
        'lingkungan sosial ekonomi dan politik',
        'economic social political conditions',
        'social economic and political conditions',
        'economic social and political environment',
      ],
      hints: ['lingkungan', 'environment', 'kondisi ekonomi', 'kondisi sosial', 'kondisi politik'],
    },
    {
      id: 'disposition',
      label: { en: 'disposition of implementers', id: 'disposisi pelaksana' },
      names: [
        'disposisi',
        'disposition',
        'disposisi implementor',
        'disposisi para pelaksana',
        'sikap pelaksana',
        'sikap para pelaksana',
        'kecenderungan pelaksana',
        'kecenderungan para pelaksana',
      ],
      hints: ['sikap', 'kecenderungan', 'attitude'],
    },
  ],
} satisfies FrameworkInput;
