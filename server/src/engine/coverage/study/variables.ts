// The variables of a quantitative design, as the manuscript names them with their codes: "Pelatihan
// (X1)", "Produktivitas Karyawan (Y)", "Digitalisasi (Z) sebagai variabel moderasi", or
// "X1 = Pelatihan". A design is read when the chapters before the results (the method chapter,
// the conceptual framework, the introduction) name at least one independent variable (X, X1 …)
// and the dependent one (Y): each variable is then an item whose result an abstract and the
// conclusion should report — "X1 berpengaruh …", "Pelatihan berpengaruh signifikan …".
// A design without codes is read from its roles: "Variabel bebas dalam penelitian ini adalah
// kualitas pelayanan dan harga", "The dependent variable is customer satisfaction" — each name of
// the list a variable, labelled by its role ("independen 1", "dependent").
import type { Manuscript } from '../../manuscript';
import type { StudyItem } from './items';
import type { StudyBlock } from './text';
import { isGenericWord, studyKeys } from './keys';

/** Sections whose words are not the design's statement (the design is stated before the results). */
const NOT_DESIGN = new Set(['abstract', 'results', 'discussion', 'conclusion', 'references', 'appendix', 'front', 'acknowledgements']);

/** "(X1)", "( Y )" (math restored leaves a space). */
const CODE_IN_PARENTHESES = /\(\s?([XYZ]\d{0,2}|M\d{1,2})\s?\)/g;
/** "X1 = Pelatihan", "X2: Work-Life Balance" (the code first). */
const CODE_FIRST = /(?<![\p{L}\p{N}])([XYZ]\d{0,2}|M\d{1,2})\s?[:=]\s?((?:\p{Lu}[\p{L}'-]*)(?:\s(?:\p{L}[\p{L}'-]*)){0,3})/gu;
const LOWER_BREAK = /^(?:dan|atau|yang|and|or|the|adalah|merupakan|is|of|dengan|with|pada|dalam|terhadap|sebagai|serta|maka)$/i;
/** A variable's role ("variabel bebas", "independent variable", "variabel moderasi"). */
const ROLE =
  '(?:variabel\\s+(?:bebas|terikat|independen|dependen|moderasi|moderator|moderating|intervening|mediasi|mediator|mediating|kontrol)|(?:independent|dependent|moderating|moderator|mediating|mediator|intervening|control)\\s+variable)';
/**
 * The name after the role and the code: "variabel bebas (X1) adalah harga", "variabel terikat (Y)
 * yaitu keputusan pembelian", "the dependent variable (Y) is purchase intention", "Variabel
 * independen (X2): Kualitas Produk".
 */
const ROLE_CODE_NAME = new RegExp(
  `${ROLE}(?:\\s+(?:pertama|kedua|ketiga|keempat|kelima|first|second|third|fourth|fifth))?\\s?\\(\\s?([XYZ]\\d{0,2}|M\\d{1,2})\\s?\\)\\s?(?:(?:dalam|pada|in)\\s+(?:penelitian|studi|this\\s+study|this\\s+research)\\s+(?:ini\\s+)?)?(?:adalah|yaitu|ialah|merupakan|berupa|is|was|:|=)\\s?([\\p{L}][\\p{L}'-]*(?:\\s[\\p{L}][\\p{L}'-]*){0,3})`,
  'giu',
);
/** The role and the code after a name: "Harga sebagai variabel bebas (X1)", "price as the independent variable (X1)" (the name is read backwards from it). */
const AS_ROLE = new RegExp(`\\s(?:sebagai|as\\s+(?:the|an?))\\s${ROLE}\\s?\\(\\s?([XYZ]\\d{0,2}|M\\d{1,2})\\s?\\)`, 'giu');
/**
 * A role and the list of names it has in this study, without codes: "Variabel bebas dalam
 * penelitian ini adalah …", "variabel terikat yang digunakan adalah …", "The independent variables
 * in this study are …" (the names are read from what follows, see uncodedNames).
 */
const ROLE_LIST = new RegExp(
  `(?<![\\p{L}])(?:variabel\\s(bebas|terikat|independen|dependen|moderasi|moderator|moderating|intervening|mediasi|mediator|mediating)|(independent|dependent|moderating|moderator|mediating|mediator|intervening)\\svariables?)(?:\\s(?:yang\\s(?:digunakan|diteliti)\\s)?(?:dalam|pada|in)\\s(?:penelitian|studi|this\\sstudy|this\\sresearch)(?:\\sini)?)?\\s(?:adalah|yaitu|ialah|are|is|were|was)\\s`,
  'giu',
);
/** The code a role's variables stand under (X independent, Y dependent, Z moderating, M intervening). */
function roleCode(role: string): 'X' | 'Y' | 'Z' | 'M' {
  if (/^(?:bebas|independen|independent)$/i.test(role)) return 'X';
  if (/^(?:terikat|dependen|dependent)$/i.test(role)) return 'Y';
  if (/^(?:moderasi|moderator|moderating)$/i.test(role)) return 'Z';
  return 'M';
}
const ROLE_LABEL = {
  X: { en: 'independent', id: 'independen' },
  Y: { en: 'dependent', id: 'dependen' },
  Z: { en: 'moderating', id: 'moderasi' },
  M: { en: 'intervening', id: 'intervening' },
};
/** Most names a role lists; more are a sentence's words. */
const MAX_LISTED = 6;

/**
 * The names listed after a role, to the sentence's end: every part of the list a name and nothing
 * else ("kualitas pelayanan, harga, dan promosi."); undefined when a part is a clause ("variabel
 * yang dipengaruhi oleh …", "faktor yang menjadi sebab …") — the role's definition, not this study's variables.
 */
function uncodedNames(tail: string): string[] | undefined {
  const end = tail.search(/[.;:](?:\s|$)|\s(?:sedangkan|whereas|while)\s/i);
  const body = (end >= 0 ? tail.slice(0, end) : tail).replace(/\([^()]*\)/g, ' ');
  const parts = body
    .split(/,|\s(?:dan|serta|and)\s/i)
    .map((p) => p.trim().replace(/^(?:dan|serta|and)\s/i, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > MAX_LISTED) return undefined;
  const names: string[] = [];
  for (const part of parts) {
    const list = part.split(/\s+/);
    const words = nameWords(list, false);
    if (words.length === 0 || words.length !== list.length || words.length > 4) return undefined;
    names.push(words.join(' '));
  }
  return names;
}

/** Words that end a name read backwards ("The model takes price as the independent variable (X1)"). */
const NOT_NAME =
  /^(?:ini|this|yang|which|that|variabel|variable|uses?|used|takes?|took|treats?|treated|includes?|included|has|have|had|menggunakan|memakai|menjadikan|mengambil|menempatkan|menetapkan)$/;
/** The words of a name, up to a function word (read backwards for a name before its role); role words are none. */
function nameWords(list: string[], backwards: boolean): string[] {
  const words: string[] = [];
  for (const w of list) {
    // Read backwards, a word that ends a clause ("(X1),") or is no word ends the name.
    if (!/^\p{L}/u.test(w) || (backwards && /[.,;:)\]]$/.test(w))) break;
    let lower = w.toLowerCase();
    while (lower.length > 0 && !/[\p{L}'-]/u.test(lower[lower.length - 1])) lower = lower.slice(0, -1);
    if (LOWER_BREAK.test(lower) || NOT_NAME.test(lower) || lower.length === 0 || isGenericWord(lower, studyKeys(lower))) break;
    words.push(lower);
    if (/[.,;:]$/.test(w) && !backwards) break;
  }
  return words;
}

/**
 * A line of a table of contents whose heading thesislint does not see (a bold "DAFTAR ISI" in a
 * Word file): an entry ending in its page number, or running into the next ("Variabel Motivasi
 * Belajar (X1)  35Definisi Operasional …").
 */
function isContentsLine(text: string): boolean {
  return (text.length <= 120 && /[\p{L})]\s+\d{1,3}\s*$/u.test(text)) || /\)\s+\d{1,3}(?=\p{Lu}\p{Ll})/u.test(text);
}

/** A section on earlier studies ("Penelitian Terdahulu", "Hasil Penelitian Sebelumnya", "Previous Studies"). */
const PRIOR_STUDIES =
  /\b(?:penelitian\s+(?:terdahulu|sebelumnya|yang\s+relevan)|(?:kajian|studi|riset)\s+(?:penelitian\s+)?terdahulu|(?:kajian|tinjauan)\s+empiris|(?:previous|prior|earlier|related)\s+(?:studies|research|work))\b/i;

/**
 * Whether a section (or one it is under) reviews earlier studies: the codes there are theirs
 * ("X1: Kualitas Produk X2: Brand Image Y: Keputusan Pembelian" of a study cited), not the design's.
 */
function inPriorStudies(manuscript: Manuscript, index: number): boolean {
  for (let i = index; i >= 0; i = manuscript.sections[i].parent) if (PRIOR_STUDIES.test(manuscript.sections[i].title)) return true;
  return false;
}

/** The variables a manuscript codes (see the file comment), in the order of their codes (X1, X2 …, Y, Z, M). */
export function findVariables(manuscript: Manuscript, blocks: readonly StudyBlock[]): StudyItem[] {
  const byCode = new Map<string, StudyItem>();
  /** Variables named by their role without a code, by the code of the role, in the order read. */
  const byRole = new Map<'X' | 'Y' | 'Z' | 'M', StudyItem[]>();
  for (const b of blocks) {
    const section = manuscript.sections[b.section];
    if (!section || NOT_DESIGN.has(section.role) || b.block.kind === 'table-cell' || inPriorStudies(manuscript, b.section) || isContentsLine(b.text)) continue;
    if (/variab/i.test(b.text))
      for (const m of b.text.matchAll(ROLE_LIST)) {
        const names = uncodedNames(b.text.slice(m.index + m[0].length));
        if (!names) continue;
        const code = roleCode(m[1] ?? m[2]);
        const list = byRole.get(code) ?? [];
        for (const name of names) {
          if ([...byRole.values()].some((l) => l.some((x) => x.text === name))) continue;
          list.push({
            kind: 'variable',
            number: 0,
            text: name,
            span: { file: b.block.file, start: b.offsets[m.index], end: b.offsets[Math.min(m.index + m[0].length, b.offsets.length) - 1] + 1 },
            section: b.section,
          });
        }
        byRole.set(code, list);
      }
    if (!/\(\s?[XYZM]\d{0,2}\s?\)|[XYZM]\d{0,2}\s?[:=]/.test(b.text)) continue;
    const found: { code: string; name: string; at: number; end: number }[] = [];
    // The block's "(X1)" codes, read once for all its definitions.
    const inParentheses = [...b.text.matchAll(CODE_IN_PARENTHESES)];
    for (const d of b.study.definitions) {
      if (!d.code) continue;
      const code = d.short.toUpperCase();
      const m = inParentheses.find((x) => x[1].toLowerCase() === d.short);
      if (!m) continue;
      const name = d.written ?? d.words.join(' ');
      found.push({ code, name, at: Math.max(0, m.index - name.length - 1), end: m.index + m[0].length });
    }
    for (const m of b.text.matchAll(CODE_FIRST)) {
      const words: string[] = [];
      for (const w of m[2].split(/\s/)) {
        if (LOWER_BREAK.test(w)) break;
        words.push(w.toLowerCase());
      }
      if (words.length > 0) found.push({ code: m[1], name: words.join(' '), at: m.index, end: m.index + m[0].length });
    }
    for (const m of b.text.matchAll(ROLE_CODE_NAME)) {
      const words = nameWords(m[2].split(/\s/), false);
      if (words.length > 0) found.push({ code: m[1].toUpperCase(), name: words.join(' '), at: m.index, end: m.index + m[0].length });
    }
    for (const m of b.text.matchAll(AS_ROLE)) {
      const before = b.text.slice(Math.max(0, m.index - 80), m.index).split(/\s+/);
      const words = nameWords(before.slice(-4).reverse(), true).reverse();
      const name = words.join(' ');
      if (words.length > 0) found.push({ code: m[1].toUpperCase(), name, at: Math.max(0, m.index - name.length), end: m.index + m[0].length });
    }
    for (const f of found) {
      if (byCode.has(f.code)) continue;
      byCode.set(f.code, {
        kind: 'variable',
        number: 0,
        label: f.code,
        text: f.name,
        span: { file: b.block.file, start: b.offsets[Math.min(f.at, b.offsets.length - 1)], end: b.offsets[Math.min(f.end, b.offsets.length) - 1] + 1 },
        section: b.section,
      });
    }
  }
  // "X" beside X1, X2 …: the independent variables together, not one more.
  if (byCode.has('X') && [...byCode.keys()].some((c) => /^X\d/.test(c))) byCode.delete('X');
  const codes = [...byCode.keys()];
  if (!codes.some((c) => c.startsWith('X')) || !codes.some((c) => c.startsWith('Y')) || codes.length < 2) return uncoded(byRole);
  const order = (code: string) => 'XYZM'.indexOf(code[0]) * 100 + Number(code.slice(1) || 0);
  const items = [...byCode.values()].sort((a, b) => order(a.label!) - order(b.label!));
  items.forEach((item, k) => (item.number = k + 1));
  return items;
}

/** The variables named by role (see ROLE_LIST) when the manuscript codes none: independent and dependent ones, labelled by role. */
function uncoded(byRole: Map<'X' | 'Y' | 'Z' | 'M', StudyItem[]>): StudyItem[] {
  if (!byRole.get('X')?.length || !byRole.get('Y')?.length) return [];
  const items: StudyItem[] = [];
  for (const code of ['X', 'Y', 'Z', 'M'] as const) {
    const list = byRole.get(code) ?? [];
    list.forEach((item, k) => {
      const label = ROLE_LABEL[code];
      item.roleLabel = list.length === 1 ? label : { en: `${label.en} ${k + 1}`, id: `${label.id} ${k + 1}` };
      items.push(item);
    });
  }
  items.forEach((item, k) => (item.number = k + 1));
  return items;
}
