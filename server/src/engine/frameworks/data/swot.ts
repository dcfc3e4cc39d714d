// SWOT analysis: strengths, weaknesses, opportunities, threats (Learned, Christensen, Andrews &
// Guth 1965; Humphrey's SOFT analysis; in Indonesian theses almost always cited through
// Rangkuti, Analisis SWOT: Teknik Membedah Kasus Bisnis, 1997 and many editions, or David,
// Strategic Management). The four words are everyday Indonesian ("kekuatan", "peluang"), so the
// framework is detected only where the manuscript names SWOT.
import type { FrameworkInput } from '../schema';

export default {
  id: 'swot',
  name: 'SWOT',
  sources: [{ author: 'Rangkuti', years: [1997, 2001, 2004, 2006, 2008, 2009, 2013, 2014, 2015, 2016, 2017, 2018, 2019] }],
  mentions: ['SWOT'],
  concepts: [],
  dimensions: [
    { id: 'strengths', label: { en: 'strengths', id: 'kekuatan' }, names: ['strength', 'kekuatan internal'] },
    { id: 'weaknesses', label: { en: 'weaknesses', id: 'kelemahan' }, names: ['weakness', 'kelemahan internal'] },
    { id: 'opportunities', label: { en: 'opportunities', id: 'peluang' }, names: ['opportunity', 'peluang eksternal'] },
    { id: 'threats', label: { en: 'threats', id: 'ancaman' }, names: ['threat', 'ancaman eksternal'] },
  ],
} satisfies FrameworkInput;
