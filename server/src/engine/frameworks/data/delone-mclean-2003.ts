// DeLone, W. H., & McLean, E. R. (2003). The DeLone and McLean model of information systems
// success: A ten-year update. Journal of Management Information Systems, 19(4), 9–30 (the 1992
// original in Information Systems Research 3(1) has no service quality). The six dimensions of
// information-system success that Indonesian system-evaluation theses follow.
import type { FrameworkInput } from '../schema';

export default {
  id: 'delone-mclean-2003',
  name: 'DeLone & McLean (2003)',
  sources: [
    { author: 'DeLone', years: [1992, 2003, 2004, 2016] },
    { author: 'Delone', years: [1992, 2003, 2004, 2016] },
  ],
  mentions: ['DeLone dan McLean', 'DeLone and McLean', 'DeLone & McLean', 'Delone McLean', 'D&M IS Success'],
  concepts: ['kesuksesan sistem informasi', 'keberhasilan sistem informasi', 'information systems success', 'information system success'],
  dimensions: [
    {
      id: 'information-quality',
      label: { en: 'information quality', id: 'kualitas informasi' },
      names: ['mutu informasi'],
    },
    {
      id: 'system-quality',
      label: { en: 'system quality', id: 'kualitas sistem' },
      names: ['mutu sistem'],
    },
    {
      id: 'service-quality',
      label: { en: 'service quality', id: 'kualitas layanan' },
      names: ['kualitas pelayanan', 'mutu layanan', 'mutu pelayanan'],
    },
    {
      id: 'use',
      label: { en: 'use', id: 'penggunaan' },
      names: ['intention to use', 'niat menggunakan', 'minat penggunaan', 'penggunaan sistem', 'system use'],
      hints: ['penggunaan', 'use', 'usage'],
    },
    {
      id: 'user-satisfaction',
      label: { en: 'user satisfaction', id: 'kepuasan pengguna' },
      names: ['kepuasan pemakai'],
      hints: ['kepuasan', 'satisfaction'],
    },
    {
      id: 'net-benefits',
      label: { en: 'net benefits', id: 'manfaat bersih' },
      names: ['net benefit', 'manfaat-manfaat bersih', 'keuntungan bersih'],
      hints: ['manfaat', 'benefits'],
    },
  ],
} satisfies FrameworkInput;
