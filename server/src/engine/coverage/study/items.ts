// The items a manuscript poses itself: its research questions (Rumusan Masalah, Pertanyaan
// Penelitian, Research Questions, RQ1 …), objectives (Tujuan Penelitian, Objectives, Aims) and
// hypotheses (Hipotesis, H1 … Hn, H0/Ha pairs), as written.
//
// Where they are read:
// - the sections whose heading names them ("1.2 Rumusan Masalah", "Tujuan dan Manfaat",
//   "Research Questions", "2.5 Hipotesis Penelitian"): their numbered or bulleted items (top level
//   only: sub-points belong to their item), else their questions ("…?"), else a sentence that
//   states the objective or hypothesis; a list announced as something else ("Manfaat penelitian
//   ini …:", "The following assumptions …:") is not theirs;
// - anywhere before the results, a list announced as one of them ("rumusan masalah dalam
//   penelitian ini adalah sebagai berikut:") and statements labelled as one ("RQ1: …",
//   "H1: …", "Ha2 : …", "Hipotesis 1: …").
//
// Hypotheses labelled in H0/H1 pairs for each test ("H0: tidak terdapat pengaruh …; H1: terdapat
// pengaruh …") are one hypothesis per pair; H0k/Hak pairs are hypothesis k.
import type { Manuscript, Section } from '../../manuscript';
import type { Lang, Span, TextBlock } from '../../model';
import { describeHeading } from '../../structure/roles';
import { languageOfWords } from '../../text/language';
import { sentences } from '../../text/sentences';
import { hypothesisLabel, type StudyBlock, VERDICT } from './text';
import { isGenericWord, languageOfItem, studyKeys } from './keys';

export type ItemKind = 'question' | 'objective' | 'hypothesis' | 'variable';

export interface StudyItem {
  kind: ItemKind;
  /** 1-based: its place in its list, or the number of its label (H2 → 2). */
  number: number;
  /** The letter of a sub-hypothesis ("a" of H1a). */
  sub?: string;
  /** The label as written ("H1", "RQ2", "Ha1"), if any. */
  label?: string;
  /** The statement as written (plain text, label removed). */
  text: string;
  /** Where the statement is, in its source file. */
  span: Span;
  section: number;
  lang?: Lang;
  /** For a hypothesis stated as an H0/Ha pair: the null's statement. */
  nullText?: string;
  /** How a hypothesis statement was labelled: as the null, the alternative, or a numbered hypothesis. */
  role?: 'null' | 'alternative' | 'hypothesis';
  /** A variable the manuscript names by its role without a code: its role as a label ("independen 2", "dependent"). */
  roleLabel?: { en: string; id: string };
}

export interface FoundItems {
  questions: StudyItem[];
  objectives: StudyItem[];
  hypotheses: StudyItem[];
  /** The hypotheses are stated in H0/H1 pairs, one pair per test: "H1" names no hypothesis by number. */
  pairs: boolean;
}

// ---- headings ---------------------------------------------------------------------------------

const QUESTION_TITLE =
  /^(?:(?:pe)?rumusan\s+(?:masalah|masalahan|permasalahan)(?:\s+penelitian)?|pokok\s+(?:masalah|permasalahan)|masalah\s+penelitian|pertanyaan(?:\s+penelitian)?|research\s+questions?|(?:research\s+)?problem\s+(?:statements?|formulation|definition)|rumusan\s+dan\s+batasan\s+masalah)$/;
const OBJECTIVE_TITLE =
  /^(?:tujuan(?:\s+(?:penelitian|tugas\s+akhir|skripsi|tesis|kajian|studi|penulisan|umum|khusus))?|(?:research\s+|study\s+)?(?:objectives?|aims?)|purpose\s+of\s+(?:the\s+)?(?:study|research))$/;
const HYPOTHESIS_TITLE =
  /^(?:(?:perumusan|pengembangan|rumusan)\s+)?(?:hipotesis|hipotesa)(?:\s+(?:penelitian|statistik))?$|^(?:research\s+|null\s+)?hypothes[ie]s(?:\s+development)?$/;

const COMPANION_TITLE =
  /^(?:manfaat|kegunaan|batasan(?:\s+masalah)?|ruang\s+lingkup|identifikasi\s+masalah|kerangka\s+(?:pemikiran|berpikir|konseptual|teori)|paradigma|benefits?|contributions?|scope|significance(?:\s+of\s+the\s+study)?|limitations?|research\s+design|conceptual\s+framework|model\s+penelitian|(?:perumusan\s+)?masalah)$/;

/** The kinds of items a heading announces ("Tujuan dan Manfaat" → objective; "Research Questions and Hypotheses" → both). */
export function itemKindsOfTitle(title: string): ItemKind[] {
  // Pandoc/Quarto attributes ("{.unnumbered}") and emphasis marks are not part of the title.
  let bare = describeHeading(withoutAttributes(title).replace(/[*_]+/g, '')).bare;
  // "I.2. Rumusan Masalah", "🎯 Tujuan", "2.5. Hipotesis": numbering the heading rules leave.
  bare = trimEnd(bare.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:[0-9ivxlc]+[.)]\s?)+/i, ''), '.: ').trim();
  const kinds = new Set<ItemKind>();
  // "Kerangka Pemikiran dan Hipotesis", "Rumusan Masalah dan Tujuan": every named kind, when every
  // part is an item or a companion of items ("Tujuan dan Fungsi Strategi Pemasaran" is not).
  for (const raw of bare.split(/,|\bdan\b|\band\b|&/)) {
    const part = raw.trim();
    const p = part.replace(/ (?:penelitian|overview)$/, '').trim();
    if (QUESTION_TITLE.test(p) || QUESTION_TITLE.test(part)) kinds.add('question');
    else if (OBJECTIVE_TITLE.test(p) || OBJECTIVE_TITLE.test(part)) kinds.add('objective');
    else if (HYPOTHESIS_TITLE.test(p) || HYPOTHESIS_TITLE.test(part)) kinds.add('hypothesis');
    else if (!COMPANION_TITLE.test(p)) return [];
  }
  return [...kinds];
}

/** A heading without a closing Pandoc attribute block ("Rumusan Masalah {.unnumbered}" → "Rumusan Masalah"). */
function withoutAttributes(title: string): string {
  const trimmed = title.trimEnd();
  if (!trimmed.endsWith('}')) return title;
  const open = trimmed.lastIndexOf('{');
  return open >= 0 && !trimmed.slice(open + 1, -1).includes('}') ? trimmed.slice(0, open).trimEnd() : title;
}

// ---- what a lead-in announces ----------------------------------------------------------------

const ANNOUNCES: [ItemKind, RegExp][] = [
  [
    'question',
    /\b(?:rumusan\s+masalah|perumusan\s+masalah|permasalahan|pertanyaan(?:\s+penelitian)?|masalah\s+(?:yang|dalam|penelitian)|research\s+questions?|questions?)\b/gi,
  ],
  ['objective', /\b(?:tujuan|bertujuan|objectives?|aims?|goals?|purposes?)\b/gi],
  ['hypothesis', /\b(?:hipotesis|hipotesa|hypothes[ie]s)\b/gi],
];
const OTHER_LIST =
  /\b(?:manfaat|kegunaan|batasan|ruang\s+lingkup|asumsi|kontribusi|sistematika|langkah|tahap(?:an)?|proses|prosedur|benefits?|limitations?|scope|assumptions?|contributions?|steps?|stages?|outline|organi[sz]ation|keterbatasan)\b/i;
/** A list announced as the way something is done ("dengan langkah sebagai berikut", "through the following steps"). */
const PROCEDURE_LIST =
  /\b(?:dengan|melalui|menggunakan|mengikuti|with|through|using|in|by)\s+(?:\p{L}+\s+){0,2}?(?:langkah|tahap(?:an)?|cara|prosedur|steps?|stages?|procedures?)\b/giu;
const NAMED_ITEMS = /\b(?:rumusan\s+masalah|pertanyaan\s+penelitian|research\s+questions?|tujuan|objectives?|hipotesis|hypothes[ie]s)\b/gi;
const NAMES_ITEMS = new RegExp(NAMED_ITEMS.source, 'i');
/** Outside a section of items, a list is theirs only when its lead-in names them. */
const NAMED_ANNOUNCEMENT =
  /\b(?:rumusan\s+masalah|perumusan\s+masalah|pertanyaan\s+penelitian|research\s+questions?|tujuan\s+(?:dari\s+)?(?:penelitian|tugas\s+akhir|skripsi|tesis|studi)|(?:research|study)\s+objectives?|objectives|hipotesis|hypothes[ie]s)\b/i;
const ANNOUNCEMENT_CUE = /\b(?:adalah|yaitu|ialah|sebagai\s+berikut|berikut|are|were|is|as\s+follows|following|include)\b/gi;

/** A sentence that names items and announces them: "rumusan masalah … adalah sebagai berikut". */
function announcesItems(sentence: string): boolean {
  const named = NAMED_ANNOUNCEMENT.exec(sentence);
  if (!named || isBasis(sentence.slice(0, named.index))) return false;
  const rest = sentence.slice(named.index + named[0].length);
  // The cue within 100 characters of the name, and at most 40 characters of the sentence after it.
  for (const cue of rest.matchAll(ANNOUNCEMENT_CUE)) {
    if (cue.index > 100) break;
    if (rest.length - (cue.index + cue[0].length) <= 40) return true;
  }
  return false;
}
/** Words that make the items named after them the basis of what a sentence announces ("berdasarkan tujuan penelitian maka …"). */
const BASIS =
  /(?:^|\s)(?:berdasarkan|sesuai|mengacu|merujuk|mengingat|untuk menjawab|guna menjawab|based on|according to|to answer)(?:\s(?:dengan|pada|kepada|the|para))?$/i;

/** Whether the text before an item's name ends with words that make it a basis. */
function isBasis(before: string): boolean {
  const words = before.trim().split(/\s+/).slice(-3).join(' ').toLowerCase();
  return BASIS.test(words);
}
const LEAD_IN = /(?::|sebagai\s+berikut\.?|berikut(?:\s+ini)?\.?|antara\s+lain\.?|yaitu\.?|adalah\.?|follows\.?|following\.?)\s*$/i;

/** What a paragraph before a list says the list is: a kind of item, something else, or nothing. */
function announced(text: string): ItemKind | 'other' | undefined {
  const tail = text.slice(-300);
  // "Berdasarkan tujuan penelitian maka teknik analisis data … adalah sebagai berikut:": the items
  // are what the list is based on, not what it is.
  // An item named before the basis is what is announced ("Hipotesis … untuk menjawab rumusan
  // masalah adalah:").
  const named = [...tail.matchAll(NAMED_ITEMS)].pop();
  if (named && isBasis(tail.slice(0, named.index))) {
    const before = tail.slice(0, named.index);
    return NAMES_ITEMS.test(before) ? announced(before) : 'other';
  }
  if (OTHER_LIST.test(tail) && !/\b(?:rumusan\s+masalah|pertanyaan\s+penelitian|research\s+questions?|hipotesis|hypothes[ie]s)\b/i.test(tail)) {
    // "Tujuan dan manfaat penelitian ini adalah:" — objectives when "tujuan" comes first.
    const objective = /\b(?:tujuan|objectives?|aims?)\b/i.exec(tail);
    const other = OTHER_LIST.exec(tail);
    if (!objective || !other || other.index < objective.index) return 'other';
  }
  // "… untuk menjawab pertanyaan penelitian dengan langkah sebagai berikut:": the list is the steps.
  const procedure = [...tail.matchAll(PROCEDURE_LIST)].pop();
  const itemName = [...tail.matchAll(NAMED_ITEMS)].pop();
  if (procedure && itemName && procedure.index > itemName.index) return 'other';
  let best: [ItemKind, number] | undefined;
  for (const [kind, re] of ANNOUNCES) {
    const all = [...tail.matchAll(re)];
    const last = all[all.length - 1];
    if (last && (!best || last.index > best[1])) best = [kind, last.index];
  }
  return best?.[0];
}

// ---- reading ---------------------------------------------------------------------------------

/** A paragraph written as a numbered point ("1. Bagaimana …", "a) …", "(2) …"). */
const NUMBERED_PARAGRAPH = /^\s*(?:\(?(?:\d{1,2}|[a-e]|[ivx]{1,4})[.)]\s+|\(\d{1,2}\)\s*)(?=\S)/i;
/** A statement labelled as an item: "RQ1: …", "H1: …", "Ha2 = …", "Hipotesis 1: …", "Hypothesis 2 (H2): …". */
const LABELLED =
  /(?<![\p{L}\p{N}_])(?:(RQ|SRQ) ?-?(\d{1,2})|H(?:([0Oo])|(a))?(\d{1,2})?([a-g])?|(?:[Hh]ipotesis|[Hh]ypothesis|HIPOTESIS) (\d{1,2})([a-g])?(?: ?\(H\d{1,2}[a-g]?\))?) ?(?:[:=]|\.(?=\s)| [-–—](?= ))/gu;

export interface ItemReadingOptions {
  /** The manuscript's language, for an item whose words do not tell. */
  language?: Lang;
}

/** Every question, objective and hypothesis the manuscript states (see the file comment). */
export function findItems(manuscript: Manuscript, blocks: readonly StudyBlock[], options: ItemReadingOptions = {}): FoundItems {
  const out: StudyItem[] = [];
  const loose: StudyItem[] = [];
  const kindsOf = new Map<number, ItemKind[]>();
  for (const section of manuscript.sections) {
    const kinds = section.heading ? itemKindsOfTitle(section.title) : [];
    if (kinds.length > 0) kindsOf.set(section.index, kinds);
  }
  // A section inherits the kinds of the item section it is under ("Hipotesis" > "Hipotesis Mayor").
  const kindsOfSection = (s: number): ItemKind[] | undefined => {
    for (let i = s; i >= 0; i = manuscript.sections[i].parent) {
      const own = kindsOf.get(i);
      if (own) return own;
      if (manuscript.sections[i].ownRole) return undefined;
    }
    return undefined;
  };
  const eligible = (section: Section) =>
    !['abstract', 'results', 'discussion', 'conclusion', 'references', 'appendix', 'front', 'acknowledgements'].includes(section.role);

  const retitled = new Map<number, ItemKind[]>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const section = manuscript.sections[b.section];
    if (!section || !eligible(section)) continue;
    const isList = b.block.kind === 'list-item' || NUMBERED_PARAGRAPH.test(b.text);
    // A point that is a section's title ("- Manfaat Penelitian", "2. Sistematika Penulisan": a Word
    // heading numbered as a list paragraph) heads what follows it in the section: the items it
    // names, or none.
    // Only in a section of items: elsewhere ("- Hipotesis" among the steps of a unit-root test in
    // the methods chapter) it names a step, not a part of the thesis.
    if (isList && namesSection(b.text)) {
      if (retitled.has(b.section) || kindsOfSection(section.index))
        retitled.set(b.section, itemKindsOfTitle(b.text.replace(NUMBERED_PARAGRAPH, '').replace(/[*_]+/g, '').trim()));
      continue;
    }
    const own = retitled.get(b.section);
    const kinds = own ? (own.length > 0 ? own : undefined) : kindsOfSection(section.index);
    if (isList && (i === 0 || !isListBlock(blocks[i - 1]) || namesSection(blocks[i - 1].text) || blocks[i - 1].section !== b.section)) {
      // A run of list items: read it whole.
      let end = i;
      while (end < blocks.length && isListBlock(blocks[end]) && blocks[end].section === b.section && !namesSection(blocks[end].text)) end++;
      const lead = i > 0 && blocks[i - 1].section === b.section && !isListBlock(blocks[i - 1]) ? blocks[i - 1] : undefined;
      const said = lead && (LEAD_IN.test(lead.text.trim()) || kinds) ? announced(lead.text) : undefined;
      let kind: ItemKind | undefined;
      if (said === 'other') kind = undefined;
      else if (said && (kinds === undefined || kinds.includes(said) || lead !== undefined)) kind = said;
      else if (kinds?.length === 1) kind = kinds[0];
      else if (kinds) kind = guessKind(blocks.slice(i, end).map((x) => x.text));
      // A list in an item section announced as nothing, or outside one announced as items by name.
      if (kind && (kinds || (lead && LEAD_IN.test(lead.text.trim()) && announcesItems(lastSentence(lead.text))))) {
        const run = topLevel(blocks.slice(i, end), manuscript);
        if (!(kind === 'question' && describesProblems(run.map((x) => x.text))))
          for (const item of run) if (!(kind === 'objective' && describesPlan(item.text))) addListItem(out, item, kind, section.index);
      } else if (kinds?.includes('hypothesis') || !kinds) {
        for (let k = i; k < end; k++) addLabelled(kinds ? out : loose, blocks[k], section.index, kinds);
      }
      i = end - 1;
      continue;
    }
    if (kinds) addFromParagraph(out, b, kinds, section.index);
    else addLabelled(loose, b, section.index, undefined);
  }
  // Labelled statements outside a section of items count when they form a list from the first
  // ("H1", "H2" …, or an H0/Ha pair; "RQ1", "RQ2" …): "sensor Polar H10" or "format H5" do not.
  for (const kind of ['question', 'hypothesis'] as const) {
    const found = loose.filter((item) => item.kind === kind);
    const first = found.some((item) => item.number === 1 || item.role === 'null' || item.role === 'alternative');
    if (first && found.length >= 2) out.push(...found);
  }

  // An item's language: its words', else those of the sections that state the items (a short
  // question has few function words), else the manuscript's.
  const itemSections = new Set(out.map((item) => item.section));
  let sectionsLang: Lang | undefined | null = null;
  const lang = (item: StudyItem) => {
    const own = languageOfWords([item.text]) ?? languageOfItem(item.text.toLowerCase().match(/\p{L}+/gu) ?? []);
    if (own) return own;
    if (sectionsLang === null) sectionsLang = languageOfWords(blocks.filter((b) => itemSections.has(b.section)).map((b) => b.text));
    return sectionsLang ?? options.language;
  };
  for (const item of out) item.lang = lang(item);
  const dedupe = (items: StudyItem[]) => {
    const seen = new Set<string>();
    return items.filter((item) => {
      // A research question's label is stated once; later "RQ1: …" are the methods or results speaking of it.
      const key =
        item.kind === 'question' && item.label ? item.label.toUpperCase() : `${item.label ?? ''}|${item.text.toLowerCase().replace(/\W+/g, ' ').trim()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  // A section that labels its hypotheses ("Hipotesis 1 (H1): …") labels all of them: its
  // unlabelled points are the topics it argues each from ("- Pengaruh X terhadap Y"), not more.
  const labelling = new Set(out.filter((x) => x.kind === 'hypothesis' && x.label).map((x) => x.section));
  for (let k = out.length - 1; k >= 0; k--) if (out[k].kind === 'hypothesis' && !out[k].label && labelling.has(out[k].section)) out.splice(k, 1);
  const questions = numberByPosition(dedupe(out.filter((x) => x.kind === 'question')));
  const objectives = numberByPosition(dedupe(out.filter((x) => x.kind === 'objective')));
  const { hypotheses, pairs } = groupHypotheses(dedupe(out.filter((x) => x.kind === 'hypothesis' && !isTestTemplate(x.text))));
  return { questions, objectives, hypotheses, pairs };
}

/** The words a test's decision rule is written in, whatever the study ("variabel independen", "secara simultan", "minimal salah satu"). */
const TEMPLATE_WORDS =
  /^(?:variabel|variable|variables|independen|independent|dependen|dependent|bebas|terikat|parsial|partial|partially|simultan|simultaneous|simultaneously|bersama|sama|minimal|salah|satu|setidaknya|least|one|koefisien|coefficient|regresi|regression|nol|zero|signifikan|significant|significantly|nyata|berbeda|different|ada|tidak|no|not)$/;

/**
 * A hypothesis that names nothing of the study: the decision rule of a test written in the
 * methods chapter ("H0: β = 0 (Variabel tidak berpengaruh signifikan)", "Ha: Minimal salah satu
 * β ≠ 0 (Variabel secara simultan berpengaruh)", "Ada pengaruh variabel independen secara parsial
 * terhadap variabel dependen"). A study's hypothesis names what it relates.
 */
export function isTestTemplate(text: string): boolean {
  for (const raw of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (raw.length < 3 || TEMPLATE_WORDS.test(raw)) continue;
    if (!isGenericWord(raw, studyKeys(raw))) return false;
  }
  return true;
}

/** The last sentence of a paragraph (a lead-in names its list there). */
function lastSentence(text: string): string {
  const trimmed = trimEnd(text.trim(), ':.');
  const at = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('? '), trimmed.lastIndexOf('! '));
  return trimmed.slice(at + 1).trim();
}

/**
 * A list point that is a section's title, not a statement: a few words without a verb's ending
 * punctuation that name a part of a thesis ("Manfaat Penelitian", "Sistematika Penulisan",
 * "Batasan Masalah", "Hipotesis Penelitian", "Kerangka Pemikiran").
 */
export function namesSection(text: string): boolean {
  const bare = text.replace(NUMBERED_PARAGRAPH, '').replace(/[*_]+/g, '').trim();
  if (bare.length === 0 || /[.?!:;]$/.test(bare) || (bare.match(/\p{L}+/gu)?.length ?? 0) > 4) return false;
  if (itemKindsOfTitle(bare).length > 0) return true;
  const { bare: title, role } = describeHeading(bare);
  // "Manfaat Peneitian", "Kegunaan Penelitian Teoritis": a companion's first word names it.
  if (/^(?:manfaat|kegunaan|sistematika|batasan)\b/.test(title)) return true;
  const plain = title.replace(/ (?:penelitian|overview)$/, '');
  return role !== undefined || COMPANION_TITLE.test(title) || COMPANION_TITLE.test(plain) || SECTION_TITLE.test(title);
}

/** Titles of a thesis's parts that neither hold items nor have a role of their own. */
const SECTION_TITLE =
  /^(?:sistematika(?:\s+(?:penulisan|pembahasan|penelitian))?|(?:kegunaan|manfaat)\s+(?:teoritis|praktis|akademis)|landasan\s+teori|tinjauan\s+pustaka|metode\s+penelitian|definisi\s+operasional(?:\s+variabel)?|organi[sz]ation\s+of\s+the\s+(?:thesis|study))$/;

function isListBlock(b: StudyBlock): boolean {
  return b.block.kind === 'list-item' || NUMBERED_PARAGRAPH.test(b.text);
}

const INTERROGATIVE =
  /\b(?:bagaimana(?:kah)?|apa(?:kah)?|mengapa|seberapa|sejauh\s+mana|manakah|berapa(?:kah)?|adakah|dimanakah|siapa(?:kah)?|how|what|which|whether|why|to\s+what\s+extent|does|do|is|are|can)\b/i;

/**
 * A "rumusan masalah" written as descriptions of the problem, not as questions: long statements
 * without a question mark or an interrogative word ("Desain modul rawan terhadap plagiarisme karena
 * …"). A conclusion solves such problems, it does not answer them in their words: not items.
 */
function describesProblems(texts: string[]): boolean {
  if (texts.length === 0 || texts.some((t) => t.includes('?') || INTERROGATIVE.test(t))) return false;
  const words = texts.reduce((n, t) => n + (t.match(/\p{L}+/gu)?.length ?? 0), 0);
  return words / texts.length > 20;
}

/**
 * A point of an objectives list that describes what will be done to something rather than
 * stating an aim: its subject first, then "akan" and a passive verb ("Desain chip yang telah
 * diberi watermark akan dianalisis …", "Rangkaian ini akan ditanam …"). An aim begins with what
 * the study does ("Merancang …", "Untuk mengetahui …", "Terciptanya …"); a plan is carried out,
 * not answered in its words: not an item.
 */
export function describesPlan(text: string): boolean {
  const first = /\p{L}+/u.exec(text)?.[0].toLowerCase() ?? '';
  if (/^(?:untuk|agar|supaya|dapat|mampu|guna|me\p{L}*|ber\p{L}*|ter\p{L}*|di\p{L}+kan|to)$/u.test(first)) return false;
  return /\bakan\s+di\p{L}{3,}/u.test(text);
}

function guessKind(texts: string[]): ItemKind | undefined {
  if (texts.some((t) => t.trim().endsWith('?'))) return 'question';
  if (texts.some((t) => /^\s*H\s?[0aO]?\d{0,2}\s*[:=]/.test(t))) return 'hypothesis';
  if (texts.some((t) => /^\s*(?:untuk|mengetahui|menganalisis|to)\b/i.test(t))) return 'objective';
  return undefined;
}

/** The items of a run at its top level (sub-points belong to their item). */
function topLevel(run: StudyBlock[], manuscript: Manuscript): StudyBlock[] {
  if (run.length < 2) return run;
  const depths = run.map((b) => depthOf(b, run[0], manuscript));
  const min = Math.min(...depths);
  return run.filter((_, k) => depths[k] === min);
}

const LIST_BEGIN = /\\begin\{(?:enumerate|itemize|description|compactenum|compactitem|inparaenum|enumerate\*|itemize\*)\}/g;
const LIST_END = /\\end\{(?:enumerate|itemize|description|compactenum|compactitem|inparaenum|enumerate\*|itemize\*)\}/g;

/** Nesting of a list item: LaTeX list environments opened since the run's first item; Markdown indentation. */
function depthOf(b: StudyBlock, first: StudyBlock, manuscript: Manuscript): number {
  const source = manuscript.files.get(b.block.file)?.text;
  if (!source) return 0;
  if (manuscript.markup === 'latex' || /\.(?:tex|ltx|rnw)$/i.test(b.block.file)) {
    if (b === first || b.block.file !== first.block.file || b.block.start < first.block.start) return 0;
    const between = source.slice(first.block.start, b.block.start);
    return (between.match(LIST_BEGIN)?.length ?? 0) - (between.match(LIST_END)?.length ?? 0);
  }
  const lineStart = source.lastIndexOf('\n', b.block.start - 1) + 1;
  return source.slice(lineStart, b.block.start).replace(/\t/g, '    ').length;
}

/** `text` without the characters of `chars` at its end. */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

function spanOf(b: StudyBlock, start: number, end: number): Span {
  const from = Math.max(0, Math.min(start, b.text.length - 1));
  const to = Math.max(from + 1, Math.min(end, b.text.length));
  return { file: b.block.file, start: b.offsets[from], end: b.offsets[to - 1] + 1 };
}

/** Trims a statement: leading numbering, trailing spaces and a closing semicolon or "dan". */
function clean(text: string): [number, number] {
  let a = 0;
  let b = text.length;
  const numbering = NUMBERED_PARAGRAPH.exec(text);
  if (numbering) a = numbering[0].length;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /[\s;,]/.test(text[b - 1])) b--;
  b = beforeGluedTitle(text, a, b);
  // A closing conjunction ("…; dan"): the item ends before it.
  const last = text.lastIndexOf(' ', b - 1);
  if (last > a && /^(?:dan|serta|and|or|atau)$/i.test(text.slice(last + 1, b))) {
    b = last;
    while (b > a && /[\s;,]/.test(text[b - 1])) b--;
  }
  return [a, b];
}

/**
 * Where a point ends when a Word heading is glued to it (the converter lost the line break):
 * "… Serang BantenManfaat Penelitian", "… sebagai pemediasi?Tujuan Penelitian" end before the
 * title — a few words after a letter or a question mark with no space, that name a part of the
 * thesis (see namesSection).
 */
function beforeGluedTitle(text: string, a: number, b: number): number {
  for (let k = b - 1; k > a && k >= b - 40; k--) {
    const previous = text[k - 1];
    if (!/\p{Lu}/u.test(text[k]) || !/[\p{Ll}?!)]/u.test(previous)) continue;
    if (!namesSection(text.slice(k, b))) continue;
    let end = k;
    while (end > a && /\s/.test(text[end - 1])) end--;
    return end;
  }
  return b;
}

function addListItem(out: StudyItem[], b: StudyBlock, kind: ItemKind, section: number): void {
  if (kind === 'hypothesis' && addLabelled(out, b, section, ['hypothesis'])) return;
  if (kind === 'question' && addLabelled(out, b, section, ['question'])) return;
  const [a, e] = clean(b.text);
  if (e - a < 8) return;
  if (kind === 'hypothesis' && !isHypothesisStatement(b.text.slice(a, e))) return;
  out.push({ kind, number: 0, text: b.text.slice(a, e), span: spanOf(b, a, e), section });
}

/**
 * Whether a statement is a research hypothesis: it states an effect, relation or difference
 * between variables. A label in passing ("H1 diterima") states none, and neither do the null
 * hypotheses of model, assumption and instrument tests ("H0: Common Effect Model", "H0: data berdistribusi
 * normal", "tidak terjadi heteroskedastisitas", "H1: Item pernyataan valid … r hitung > r tabel").
 */
export function isHypothesisStatement(text: string): boolean {
  if (/^\s*(?:diterima|ditolak|accepted|rejected|supported|is\s|was\s)/i.test(text)) return false;
  if (
    /\b(?:common|fixed|random)\s+effects?(?:\s+models?)?\b|\bberdistribusi\s+normal|\bnormally\s+distributed|multikolinear|heteroskedastis|heteroscedastic|autokorelasi|autocorrelation|\bstasioner|\bstationary|unit\s+root|\b(?:item|butir|instrumen|instrument|kuesioner|questionnaire)\b[^.]{0,40}\b(?:valid|reliabel|reliable)\b|\br\s?hitung\b|\bcronbach/i.test(
      text,
    )
  )
    return false;
  return /\b(?:pengaruh|berpengaruh|mempengaruhi|memengaruhi|hubungan|berhubungan|berkorelasi|korelasi|perbedaan|berbeda|meningkatkan|menurunkan|memoderasi|memediasi|affects?|influences?|effects?\s+(?:of|on)|has\s+(?:an?\s+)?(?:\w+\s+)?(?:effect|impact)|impacts?|relationship|related|associated|correlat\w*|differ\w*|predicts?|moderates?|mediates?|higher|lower|increases?|decreases?)\b/i.test(
    text,
  );
}

/** Labelled statements in a block ("H1: …", "RQ2: …"); whether any was found. */
function addLabelled(out: StudyItem[], b: StudyBlock, section: number, kinds: ItemKind[] | undefined): boolean {
  const text = b.text;
  if (!/\b(?:H|RQ|SRQ|hipotesis|hypothesis)/i.test(text)) return false;
  const labels: { at: number; after: number; kind: ItemKind; number?: number; sub?: string; role?: 'null' | 'alternative' | 'hypothesis'; label: string }[] =
    [];
  for (const m of text.matchAll(LABELLED)) {
    // "H1." labels a statement only at the start of its paragraph ("… format H5. Model …" does not).
    if (m[0].endsWith('.') && text.slice(0, m.index).trim().length > 0) continue;
    // A label opens a statement: at the start, or after a space or punctuation.
    if (m.index > 0 && !/[\s.;:]/.test(text[m.index - 1])) continue;
    // "… untuk menjawab RQ1: statistik deskriptif …" refers to the item, it does not state it.
    if (REFERS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    let after = m.index + m[0].length;
    while (after < text.length && /\s/.test(text[after])) after++;
    const raw = trimEnd(m[0], ' \t\n:=.-–—');
    if (m[1]) {
      labels.push({ at: m.index, after, kind: 'question', number: Number(m[2]), label: raw });
      continue;
    }
    if (m[7]) {
      labels.push({ at: m.index, after, kind: 'hypothesis', number: Number(m[7]), sub: m[8], role: 'hypothesis', label: raw });
      continue;
    }
    const label = hypothesisLabel(m[3], m[4], m[5], m[6]);
    if (!label) continue;
    // "H" must stand alone as the label: not the end of a word or a formula.
    if (m.index > 0 && /[\p{L}\p{N}_]/u.test(text[m.index - 1])) continue;
    labels.push({ at: m.index, after, kind: 'hypothesis', number: label.number, sub: label.sub, role: label.role, label: raw });
  }
  if (labels.length === 0) return false;
  let added = false;
  labels.forEach((l, k) => {
    if (kinds && !kinds.includes(l.kind)) return;
    const end = k + 1 < labels.length ? labels[k + 1].at : text.length;
    const body = text.slice(l.after, end);
    const [a, e] = clean(body);
    if (e - a < 8) return;
    if (l.kind === 'hypothesis' && !isHypothesisStatement(body)) return;
    out.push({
      kind: l.kind,
      number: l.number ?? 0,
      sub: l.sub,
      label: l.role === 'null' ? `H0${l.number ?? ''}` : l.label.replace(/\s+/g, ''),
      text: body.slice(a, e),
      span: spanOf(b, l.after + a, l.after + e),
      section,
      role: l.role,
    });
    added = true;
  });
  return added;
}

/** Words before a label that make it a reference to the item ("menjawab RQ1:", "to answer RQ2:"). */
const REFERS_BEFORE = /\b(?:menjawab|dijawab|jawaban|answer(?:s|ed|ing)?|address(?:es|ed|ing)?|untuk)\s*$/i;

const INLINE_POINTS = /(?:^|[\s:;,])\(?(\d{1,2}|[a-e])\)\s*/g;

function addFromParagraph(out: StudyItem[], b: StudyBlock, kinds: ItemKind[], section: number): void {
  if (kinds.includes('hypothesis') && addLabelled(out, b, section, kinds)) return;
  if (kinds.includes('question') && addLabelled(out, b, section, ['question'])) return;
  const text = b.text;
  // Inline points: "(1) …, (2) …, dan (3) …" / "1) … 2) …".
  const points = consecutivePoints([...text.matchAll(INLINE_POINTS)]);
  if (points.length >= 2) {
    const kind = kinds.length === 1 ? kinds[0] : (guessKind([text]) ?? kinds[0]);
    points.forEach((m, k) => {
      const start = m.index + m[0].length;
      const end = k + 1 < points.length ? points[k + 1].index : text.length;
      const [a, e] = clean(text.slice(start, end));
      if (e - a >= 8) out.push({ kind, number: 0, text: text.slice(start + a, start + e), span: spanOf(b, start + a, start + e), section });
    });
    return;
  }
  if (kinds.includes('question')) {
    for (const { start, end } of sentences(text)) {
      // A question after a lead-in in the same sentence: "… sebagai berikut: Bagaimana …?"
      const colon = text.lastIndexOf(':', end);
      const from = colon >= start && colon < end - 1 ? colon + 1 : start;
      const sentence = text.slice(from, end);
      if (!sentence.trimEnd().endsWith('?')) continue;
      const [a, e] = clean(sentence);
      if (e - a < 12) continue;
      out.push({ kind: 'question', number: 0, text: sentence.slice(a, e), span: spanOf(b, from + a, from + e), section });
    }
    if (text.includes('?')) return;
  }
  // A sentence stating the objective ("Tujuan penelitian ini adalah untuk …", "This study aims to …")
  // or the hypothesis ("Hipotesis dalam penelitian ini adalah terdapat pengaruh …").
  for (const { start, end } of sentences(text)) {
    const sentence = text.slice(start, end);
    const kind =
      kinds.includes('objective') && OBJECTIVE_WORD.test(sentence)
        ? 'objective'
        : kinds.includes('hypothesis') && HYPOTHESIS_WORD.test(sentence)
          ? 'hypothesis'
          : undefined;
    if (!kind) continue;
    const word = (kind === 'objective' ? OBJECTIVE_WORD : HYPOTHESIS_WORD).exec(sentence)!;
    // The purpose of a step of the analysis ("Tahap ini bertujuan untuk mengimpor data …",
    // "Analisis statistik deskriptif bertujuan untuk …"), under a heading "Tujuan" of that step, is
    // not an objective of the study.
    if (kind === 'objective' && STEP_SUBJECT.test(sentence.slice(0, word.index))) continue;
    const cue = (kind === 'objective' ? OBJECTIVE_CUE : HYPOTHESIS_CUE).exec(sentence.slice(word.index + word[0].length));
    if (!cue) continue;
    const from = word.index + word[0].length + cue.index + cue[0].length;
    const statement = sentence.slice(from);
    if (statement.trim().length < 12 || LEAD_IN.test(sentence.trim())) continue;
    if (kind === 'hypothesis' && !VERDICT.test(statement)) continue;
    const [a, e] = clean(statement);
    out.push({ kind, number: 0, text: statement.slice(a, e), span: spanOf(b, start + from + a, start + from + e), section });
    return;
  }
}

const OBJECTIVE_WORD = /\b(?:tujuan|bertujuan|aims?|objectives?|purpose)\b/i;
/** A subject that is a step of the work, not the study: "Tahap ini", "Analisis statistik deskriptif", "This step". */
const STEP_SUBJECT =
  /^\s*(?:tahap(?:an)?|langkah|bagian|proses|analisis|uji|pengujian|visualisasi|pembersihan|pengolahan|perhitungan|this\s+(?:step|stage|section|analysis)|the\s+(?:step|stage|analysis))\b/i;
const OBJECTIVE_CUE = /\b(?:adalah|yaitu|untuk|ialah|is|are|to)\b/i;
const HYPOTHESIS_WORD = /\b(?:hipotesis|hypothes[ie]s)\b/i;
const HYPOTHESIS_CUE = /\b(?:adalah|yaitu|ialah|bahwa|is|are|that)\b/i;

/** Inline points numbered 1, 2, 3 … (or a, b, c …) from the first: the rest of the matches are other parentheses. */
function consecutivePoints(matches: RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const m of matches) {
    const expected = out.length === 0 ? ['1', 'a'] : [nextPoint(out[out.length - 1][1])];
    if (expected.includes(m[1].toLowerCase())) out.push(m);
  }
  return out;
}

function nextPoint(point: string): string {
  return /^\d+$/.test(point) ? String(Number(point) + 1) : String.fromCharCode(point.toLowerCase().charCodeAt(0) + 1);
}

function numberByPosition(items: StudyItem[]): StudyItem[] {
  // A numbered label ("RQ2") keeps its number; the others are numbered in order.
  const labelled = items.some((item) => item.number > 0);
  items.forEach((item, k) => {
    if (!labelled || item.number === 0) item.number = k + 1;
  });
  return items;
}

/**
 * One item per hypothesis: numbered hypotheses by their number (and letter), H0k/Hak pairs by k,
 * unnumbered H0/H1 (or H0/Ha) pairs by their order, unlabelled statements each on their own.
 */
function groupHypotheses(all: StudyItem[]): { hypotheses: StudyItem[]; pairs: boolean } {
  const numbered = new Set(all.filter((s) => s.role === 'hypothesis' && s.label && /^H\d/.test(s.label)).map((s) => s.number));
  // With labelled hypotheses (H1, H2 …), an unlabelled sentence of the section is the argument
  // that develops one ("manfaat pelatihan akan semakin optimal ketika …"), not another hypothesis.
  // With them, an unnumbered H0/Ha pair ("H0: β2 = 0 (Beban kerja tidak berpengaruh …)", "Ha:
  // β2 ≠ 0 …" for each test in the methods chapter) is one of them in a test's form, not another.
  const statements = numbered.size >= 2 ? all.filter((s) => s.role !== undefined && !((s.role === 'null' || s.role === 'alternative') && s.number === 0)) : all;
  // H0/H1 for each test: a null without a number, and no hypothesis numbered above 1.
  const pairs = statements.some((s) => s.role === 'null' && s.number === 0) && [...numbered].every((n) => n === 1);
  const groups: { key: string; null?: StudyItem; statement?: StudyItem }[] = [];
  let current: (typeof groups)[number] | undefined;
  for (const s of statements) {
    const isNull = s.role === 'null';
    if (pairs && s.role !== undefined && !s.sub && s.number <= 1) {
      // A new pair starts when the current one already has a statement of this role.
      if (!current || (isNull ? current.null : current.statement)) groups.push((current = { key: `p${groups.length}` }));
      if (isNull) current.null = s;
      else current.statement = s;
      continue;
    }
    const key = s.role === undefined || s.number === 0 ? `u${groups.length}` : `n${s.number}${s.sub ?? ''}`;
    let group = groups.find((g) => g.key === key);
    if (!group) groups.push((group = { key }));
    if (isNull) group.null ??= s;
    else group.statement ??= s;
  }
  const hypotheses = groups.map((g, k) => {
    const main = g.statement ?? g.null!;
    const byOrder = g.key.startsWith('p') || g.key.startsWith('u');
    return {
      ...main,
      role: undefined,
      number: byOrder ? k + 1 : main.number,
      sub: byOrder ? undefined : main.sub,
      label: main === g.null ? (g.key.startsWith('n') ? `H${main.number}` : undefined) : main.label,
      nullText: g.null && g.statement ? g.null.text : undefined,
    };
  });
  return { hypotheses, pairs };
}

/** The blocks of the manuscript as the study analysis reads them, in order (see text.ts). */
export type StudyBlocks = readonly StudyBlock[];
export type { TextBlock };
