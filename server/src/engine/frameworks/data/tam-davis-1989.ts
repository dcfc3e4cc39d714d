// Technology Acceptance Model: Davis, F. D. (1989). Perceived usefulness, perceived ease of use,
// and user acceptance of information technology. MIS Quarterly, 13(3), 319–340; Davis, Bagozzi &
// Warshaw (1989), Management Science 35(8). The constructs Indonesian information-systems and
// management theses test; "kegunaan", "kemudahan", "sikap" and "minat" alone are everyday words
// (hints), the constructs are named with "persepsi"/"perceived" or their usual two-word forms.
import type { FrameworkInput } from '../schema';

export default {
  id: 'tam-davis-1989',
  name: 'TAM (Davis 1989)',
  sources: [{ author: 'Davis', years: [1985, 1986, 1989, 1993] }],
  mentions: ['Technology Acceptance Model', 'TAM'],
  concepts: ['penerimaan teknologi', 'technology acceptance', 'user acceptance'],
  dimensions: [
    {
      id: 'perceived-usefulness',
      label: { en: 'perceived usefulness', id: 'persepsi kegunaan' },
      names: ['persepsi kemanfaatan', 'persepsi manfaat', 'persepsi kebermanfaatan', 'kegunaan yang dirasakan', 'manfaat yang dirasakan'],
      variants: ['perceive usefulness', 'percieved usefulness'],
      hints: ['kegunaan', 'kemanfaatan', 'usefulness'],
    },
    {
      id: 'perceived-ease-of-use',
      label: { en: 'perceived ease of use', id: 'persepsi kemudahan penggunaan' },
      names: ['persepsi kemudahan', 'kemudahan penggunaan yang dirasakan', 'kemudahan yang dirasakan'],
      variants: ['perceive ease of use', 'percieved ease of use'],
      hints: ['kemudahan penggunaan', 'ease of use', 'kemudahan'],
    },
    {
      id: 'attitude-toward-using',
      label: { en: 'attitude toward using', id: 'sikap terhadap penggunaan' },
      names: ['attitude towards using', 'attitude toward use', 'sikap penggunaan', 'sikap terhadap penggunaan teknologi'],
      hints: ['sikap', 'attitude'],
    },
    {
      id: 'behavioral-intention',
      label: { en: 'behavioral intention to use', id: 'niat perilaku menggunakan' },
      names: ['behavioral intention', 'behavioural intention', 'minat perilaku', 'niat perilaku', 'minat menggunakan', 'niat menggunakan', 'intention to use'],
      hints: ['minat', 'niat', 'intention'],
    },
    {
      id: 'actual-system-use',
      label: { en: 'actual system use', id: 'penggunaan sistem aktual' },
      names: ['actual use', 'actual usage', 'penggunaan aktual', 'penggunaan nyata', 'penggunaan sesungguhnya'],
      hints: ['penggunaan sistem', 'system use'],
    },
  ],
} satisfies FrameworkInput;
