// Porter's five forces: Porter, M. E. (1979). How competitive forces shape strategy. Harvard
// Business Review 57(2); Porter (1980). Competitive Strategy; Porter (2008). The five competitive
// forces that shape strategy. Harvard Business Review 86(1).
import type { FrameworkInput } from '../schema';

export default {
  id: 'porter-five-forces',
  name: "Porter's five forces (Porter 1979)",
  sources: [{ author: 'Porter', years: [1979, 1980, 1985, 1998, 2008] }],
  mentions: ['Five Forces', "Porter's Five Forces", 'lima kekuatan Porter', 'lima kekuatan persaingan', 'model lima kekuatan'],
  concepts: ['analisis industri', 'industry analysis', 'persaingan industri'],
  dimensions: [
    {
      id: 'threat-of-new-entrants',
      label: { en: 'threat of new entrants', id: 'ancaman pendatang baru' },
      names: ['ancaman masuknya pendatang baru', 'ancaman pesaing baru', 'ancaman pemain baru', 'threat of new entry', 'new entrants'],
      hints: ['pendatang baru'],
    },
    {
      id: 'bargaining-power-of-suppliers',
      label: { en: 'bargaining power of suppliers', id: 'daya tawar pemasok' },
      names: ['kekuatan tawar pemasok', 'kekuatan tawar-menawar pemasok', 'daya tawar supplier', 'supplier power'],
      hints: ['pemasok', 'supplier'],
    },
    {
      id: 'bargaining-power-of-buyers',
      label: { en: 'bargaining power of buyers', id: 'daya tawar pembeli' },
      names: ['kekuatan tawar pembeli', 'kekuatan tawar-menawar pembeli', 'daya tawar konsumen', 'buyer power', 'bargaining power of customers'],
      hints: ['pembeli', 'buyer'],
    },
    {
      id: 'threat-of-substitutes',
      label: { en: 'threat of substitutes', id: 'ancaman produk pengganti' },
      names: ['ancaman produk substitusi', 'ancaman barang pengganti', 'threat of substitute products', 'ancaman substitusi'],
      hints: ['produk pengganti', 'substitusi'],
    },
    {
      id: 'competitive-rivalry',
      label: { en: 'rivalry among existing competitors', id: 'persaingan antar pesaing' },
      names: ['persaingan di antara pesaing yang ada', 'rivalitas antar pesaing', 'persaingan antarpesaing', 'competitive rivalry', 'intensitas persaingan'],
      hints: ['persaingan', 'rivalry', 'competition'],
    },
  ],
} satisfies FrameworkInput;
