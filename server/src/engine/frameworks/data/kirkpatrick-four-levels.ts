// Kirkpatrick's four levels of training evaluation: Kirkpatrick, D. L. (1959). Techniques for
// evaluating training programs; Kirkpatrick, D. L. (1994). Evaluating Training Programs: The Four
// Levels; Kirkpatrick & Kirkpatrick (2006, 2016). The level words are everyday words
// ("pembelajaran", "perilaku", "hasil", "results"): they are hints, and a level is named with
// its level ("level reaksi", "level 2 learning") or as evaluation of it.
import type { FrameworkInput } from '../schema';

export default {
  id: 'kirkpatrick-four-levels',
  name: "Kirkpatrick's four levels",
  sources: [{ author: 'Kirkpatrick', years: [1959, 1975, 1994, 1998, 2006, 2007, 2016] }],
  mentions: ['Kirkpatrick'],
  concepts: ['evaluasi pelatihan', 'evaluasi program pelatihan', 'training evaluation'],
  dimensions: [
    {
      id: 'reaction',
      label: { en: 'reaction', id: 'reaksi' },
      names: ['level reaksi', 'evaluasi reaksi', 'reaction level', 'level 1 reaction', 'level satu reaksi'],
    },
    {
      id: 'learning',
      label: { en: 'learning', id: 'pembelajaran' },
      names: ['level pembelajaran', 'evaluasi pembelajaran', 'level belajar', 'learning level', 'level 2 learning'],
      hints: ['learning', 'pembelajaran', 'belajar'],
    },
    {
      id: 'behavior',
      label: { en: 'behavior', id: 'perilaku' },
      names: ['level perilaku', 'evaluasi perilaku', 'level tingkah laku', 'behavior level', 'behaviour level', 'level 3 behavior'],
      hints: ['behavior', 'behaviour', 'perilaku'],
    },
    {
      id: 'results',
      label: { en: 'results', id: 'hasil' },
      names: ['level hasil', 'evaluasi hasil', 'results level', 'level 4 results'],
      hints: ['results', 'hasil'],
    },
  ],
} satisfies FrameworkInput;
