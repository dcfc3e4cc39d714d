// The sentence splitter bounds what every per-sentence analysis sees: a paragraph without a
// sentence break (20,000 percentages, issue 17) comes out as pieces of bounded length, cut at a
// space, covering the whole text, so no analysis can spend more than a bounded amount per piece.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, sentences } from '../../server/src/engine/text/sentences';

describe('sentences', () => {
  it('cuts a paragraph without sentence breaks into bounded pieces at spaces', () => {
    const text = '12,5% '.repeat(20_000).trimEnd();
    const pieces = sentences(text);
    expect(MAX_SENTENCE_LENGTH).toBe(2000);
    expect(pieces.length).toBe(Math.ceil(text.length / 1998));
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      // Never inside a number: each piece starts and ends at a whole "12,5%".
      expect(text.slice(p.start, p.end)).toMatch(/^12,5%(?: 12,5%)*$/);
    }
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });

  it('prefers cutting after a clause mark near the limit', () => {
    const text = `${'kata '.repeat(390)}akhir; ${'lain '.repeat(200)}selesai`;
    const [first, second] = sentences(text);
    expect(text.slice(first.start, first.end)).toBe(`${'kata '.repeat(390)}akhir;`);
    expect(text.slice(second.start, second.end)).toBe(`${'lain '.repeat(200)}selesai`);
  });

  it('leaves ordinary sentences as they are', () => {
    const text = 'Kemiskinan naik 9,2% pada 2019. Menurut Sen dkk. (2019) angka itu tinggi! Apakah benar?';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Kemiskinan naik 9,2% pada 2019.',
      'Menurut Sen dkk. (2019) angka itu tinggi!',
      'Apakah benar?',
    ]);
  });
});
