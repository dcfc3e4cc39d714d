// Sentences that commit the study to a framework, and sentences about it that do not.
import type { Span } from '../model';
import { type Hit } from './phraseMatcher';
import { sentences } from '../text/sentences';
import type { Statement } from './types';
import { Scan, Gathered, runsOf, BlockFacts, TextInfo, Candidate, UseSentence } from './scan';

// A sentence commits the study to a framework when it says the study uses it: a use verb or
// the study itself as subject, a word for a theory or model, and the framework by name,
// citation or concept. "Menurut Edward III, implementasi dipengaruhi oleh empat variabel"
// describes the theory; "Penelitian ini menggunakan teori Edward III" commits to it.
export const USE_CUE =
  /\b(?:menggunakan|memakai|mengacu|merujuk|berpedoman|berlandaskan|berdasarkan|mengadopsi|menerapkan|mengaplikasikan|memanfaatkan|digunakan|dipakai|diterapkan|dianalisis|dianalisa|dikaji|ditinjau|diukur|use|uses|used|using|adopts?|adopted|adopting|appl(?:y|ies|ied|ying)|employ(?:s|ed|ing)?|draws? on|drawing on|based on|guided by)\b/i;
export const SELF_CUE =
  /\b(?:penelitian ini|peneliti|penulis|skripsi ini|tesis ini|disertasi ini|studi ini|kajian ini|this (?:study|research|thesis|paper|article|dissertation)|we|the (?:author|researcher))\b/i;
// Sentences about earlier studies ("Penelitian sebelumnya … menggunakan teori Edward III") name
// a framework the thesis may not use: they detect, but never commit.
export const OTHER_STUDY_CUE = /\b(?:sebelumnya|terdahulu|terdahulunya|lain|previous|prior|earlier|other studies)\b/i;
export const THEORY_NOUN =
  /\b(?:teori|model|konsep|kerangka|pendekatan|perspektif|indikator|dimensi|variabel|aspek|unsur|elemen|prinsip|kriteria|theory|theories|model|framework|concept|approach|perspective|indicators?|dimensions?|variables?|aspects?|elements?|principles?|criteria)\b/i;

/** Statements in the body paragraphs that mention the framework, name its concept or cite its sources. */
export function findStatements(scan: Scan, g: Gathered, cited: Span[], f: number): Statement[] {
  const statements: Statement[] = [];
  const own = g.ownTexts;
  if (cited.length === 0) {
    for (const text of own) addStatements(statements, text.facts, text.section, f, cited);
    return statements;
  }
  const citedByFile = new Map<string, Span[]>();
  for (const c of cited) {
    const list = citedByFile.get(c.file);
    if (list) list.push(c);
    else citedByFile.set(c.file, [c]);
  }
  // In document order: the paragraphs with mentions or concepts, and in the files with citations
  // of the sources, the paragraphs around those citations.
  let next = 0;
  for (const run of runsOf(scan)) {
    const inFile = citedByFile.get(run.file);
    if (!inFile) {
      for (; next < own.length && own[next].order < run.end; next++) addStatements(statements, own[next].facts, own[next].section, f, []);
      continue;
    }
    for (let k = run.start; k < run.end; k++) {
      const facts = scan.body[k];
      const isOwn = next < own.length && own[next].order === k;
      if (isOwn) next++;
      const { start, end } = facts.block;
      const citedHere = inFile.filter((c) => c.start >= start && c.end <= end);
      if (!isOwn && citedHere.length === 0) continue;
      addStatements(statements, facts, facts.section, f, citedHere);
    }
  }
  for (; next < own.length; next++) addStatements(statements, own[next].facts, own[next].section, f, []);
  return statements;
}

/** The statements of one text about framework `f`, given the citations of its sources inside the text. */
export function addStatements(statements: Statement[], facts: BlockFacts, section: number, f: number, citedHere: Span[]): void {
  for (const candidate of candidatesOf(facts.info, facts.text, f)) {
    const offsets = (facts.offsets ??= facts.block.offsets);
    const start = offsets[candidate.a];
    const end = offsets[candidate.b - 1] + 1;
    const citation = citedHere.length > 0 && citedHere.some((c) => c.start >= start && c.end <= end);
    if (!candidate.mention && !citation && !candidate.concept) continue;
    // A concept shared with another framework that this sentence names specifically is that one's.
    if (!candidate.mention && !citation && candidate.otherMention) continue;
    const file = (facts.file ??= facts.block.file);
    statements.push({ file, start, end, text: candidate.text, section, specific: candidate.mention || citation, ownStudy: candidate.ownStudy });
  }
}

/** The use sentences of a text with what each names of framework `f` (memoised with the text). */
export function candidatesOf(info: TextInfo, text: string, f: number): Candidate[] {
  info.candidates ??= new Map();
  let candidates = info.candidates.get(f);
  if (!candidates) {
    const group = info.groups.find((g) => g.framework === f);
    const own = group?.hits.filter((h) => h.phrase.kind === 'mention' || h.phrase.kind === 'concept') ?? [];
    candidates = useSentencesOf(info, text).map((sentence) => {
      const inside = (h: Hit) => h.start >= sentence.a && h.end <= sentence.b;
      return {
        ...sentence,
        mention: own.some((h) => inside(h) && h.phrase.kind === 'mention'),
        concept: own.some((h) => inside(h) && h.phrase.kind === 'concept'),
        otherMention: info.hits.some((h) => h.phrase.framework !== f && h.phrase.kind === 'mention' && inside(h)),
      };
    });
    info.candidates.set(f, candidates);
  }
  return candidates;
}

/** The sentences of a text that say a study uses a theory or model (memoised with the text). */
export function useSentencesOf(info: TextInfo, text: string): UseSentence[] {
  if (!info.useSentences) {
    info.useSentences = [];
    for (const { start: a, end: b } of sentences(text)) {
      const sentence = text.slice(a, b);
      if (!THEORY_NOUN.test(sentence) || !(USE_CUE.test(sentence) || SELF_CUE.test(sentence))) continue;
      info.useSentences.push({ a, b, text: sentence, ownStudy: SELF_CUE.test(sentence) && !OTHER_STUDY_CUE.test(sentence) });
    }
  }
  return info.useSentences;
}
