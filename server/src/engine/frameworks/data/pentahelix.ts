// The Pentahelix (ABCGM) model of collaboration between academics, business, community,
// government and media, popular in Indonesian tourism and regional-development theses. Its
// dimensions are everyday words ("pemerintah", "masyarakat"), so it is only detected where the
// manuscript names the model itself.
import type { FrameworkInput } from '../schema';

export default {
  id: 'pentahelix',
  name: 'Pentahelix (ABCGM)',
  sources: [],
  mentions: ['pentahelix', 'penta helix', 'ABCGM'],
  concepts: [],
  dimensions: [
    {
      id: 'academics',
      label: { en: 'academics', id: 'akademisi' },
      names: ['academician', 'academicians', 'academic', 'perguruan tinggi', 'akademik'],
      hints: ['universitas', 'kampus', 'peneliti'],
    },
    {
      id: 'business',
      label: { en: 'business', id: 'bisnis' },
      names: ['swasta', 'sektor swasta', 'dunia usaha', 'pelaku usaha', 'private sector', 'business sector', 'pengusaha'],
      hints: ['usaha', 'perusahaan', 'industri'],
    },
    {
      id: 'community',
      label: { en: 'community', id: 'komunitas' },
      names: ['masyarakat', 'communities'],
      hints: ['warga', 'kelompok'],
    },
    {
      id: 'government',
      label: { en: 'government', id: 'pemerintah' },
      names: ['pemerintahan', 'pemerintah daerah'],
      hints: ['dinas', 'instansi'],
    },
    {
      id: 'media',
      label: { en: 'media', id: 'media' },
      names: ['media massa', 'mass media', 'media sosial'],
      hints: ['pers', 'jurnalis'],
    },
  ],
} satisfies FrameworkInput;
