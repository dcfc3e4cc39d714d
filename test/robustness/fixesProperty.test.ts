// Random quick fixes and renames applied to random manuscripts (issue 17): the edited manuscript
// still checks, with the same findings except the one fixed (a rename changes nothing but the
// key's name in messages). Every edit is applied exactly as the engine describes it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProject, MemoryHost, type CheckResult, type Finding, type ManuscriptSpec } from '../../server/src/engine';
import { fixesFor, renameConflict, renameEdits, type TextEdit } from '../../server/src/engine/editing/index';

const ROOT = '/p/thesis.md';
const BIB = '/p/refs.bib';

const AUTHORS = ['Sen', 'Alkire', 'Chambers', 'Sugiyono', 'Ostrom', 'Putnam'];
const YEARS = ['1999', '2005', '2011', '2014', '2019'];

interface Source {
  author: string;
  year: string;
  cited: { year: string; narrative: boolean }[];
}

/** A Markdown manuscript citing author–year sources against a written list, some years wrong, some sources never cited. */
const proseManuscript = fc
  .uniqueArray(
    fc.record({
      author: fc.constantFrom(...AUTHORS),
      year: fc.constantFrom(...YEARS),
      cited: fc.array(fc.record({ year: fc.constantFrom(...YEARS), narrative: fc.boolean() }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 5, selector: (s: Source) => s.author },
  )
  .map((sources) => {
    const sentences = sources.flatMap((s) =>
      s.cited.map((c) =>
        c.narrative ? `Menurut ${s.author} (${c.year}), kemiskinan bersifat multidimensi.` : `Kemiskinan bersifat multidimensi (${s.author}, ${c.year}).`,
      ),
    );
    const list = [...sources].sort((a, b) => a.author.localeCompare(b.author)).map((s) => `- ${s.author}, A. (${s.year}). *Judul buku ${s.author}*. Penerbit.`);
    return ['# Pendahuluan', '', ...(sentences.length > 0 ? [sentences.join(' '), ''] : []), '# Daftar Pustaka', '', ...list, ''].join('\n');
  });

/** A manuscript citing .bib keys, with crossref fields between entries. */
const keyManuscript = fc
  .record({
    keys: fc.uniqueArray(fc.constantFrom('sen1999', 'alkire2011', 'chambers1983', 'ostrom1990', 'putnam1993'), { minLength: 2, maxLength: 5 }),
    cited: fc.array(fc.nat(4), { minLength: 1, maxLength: 6 }),
    crossref: fc.option(fc.tuple(fc.nat(4), fc.nat(4))),
  })
  .map(({ keys, cited, crossref }) => {
    const entries = keys.map((key, i) => {
      const cross =
        crossref && crossref[0] % keys.length === i && crossref[1] % keys.length !== i ? `  crossref = {${keys[crossref[1] % keys.length]}},\n` : '';
      return `@book{${key},\n  author = {${key.replace(/\d+/, '')}, A.},\n  title = {Judul nomor ${i}},\n${cross}  publisher = {Penerbit},\n  year = {${key.replace(/\D+/, '')}}\n}\n`;
    });
    const citations = cited.map((i) => `[@${keys[i % keys.length]}]`).join(' dan ');
    const text = `---\nbibliography: refs.bib\n---\n\n# Pendahuluan\n\nKemiskinan dibahas ${citations}.\n`;
    return { keys, text, bib: entries.join('\n') };
  });

function check(files: Record<string, string>): CheckResult {
  const spec: ManuscriptSpec = { root: ROOT, markup: 'markdown', files: [ROOT], bibliographies: [], projectFiles: [] };
  return checkProject(spec, new MemoryHost(new Map(Object.entries(files))));
}

/** Applies edits to the files they name, from the end backwards. */
function apply(files: Record<string, string>, edits: readonly TextEdit[]): Record<string, string> {
  const out = { ...files };
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    const text = out[edit.file];
    expect(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, JSON.stringify(edit)).toBe(true);
    out[edit.file] = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  }
  return out;
}

/** A finding as it stays comparable after edits move it: its code and message. */
const identity = (f: Finding) => `${f.code}\u0000${f.message}`;

function multiset(findings: readonly Finding[]): string[] {
  return findings.map(identity).sort();
}

describe('property: fixes and renames keep every other finding', () => {
  it('a random fix of a random finding removes that finding and changes no other', () => {
    fc.assert(
      fc.property(proseManuscript, fc.nat(), fc.nat(), (text, pickFinding, pickFix) => {
        const before = check({ [ROOT]: text });
        const fixable = before.findings.filter((f) => fixesFor(before, f).length > 0);
        fc.pre(fixable.length > 0);
        const finding = fixable[pickFinding % fixable.length];
        // The fixes made where the finding is: the preferred one and "ignore here". (Giving the
        // reference list entry the cited year instead is a change to the entry, which every
        // other citation of it then meets: it may rightly make another citation mismatch.)
        const fixes = fixesFor(before, finding).filter((f) => f.preferred || /^Ignore /.test(f.title));
        const fix = fixes[pickFix % fixes.length];
        const after = check(apply({ [ROOT]: text }, fix.edits));
        // "Ignore here" silences its code on the whole next line (every such finding there).
        const lineOf = (f: Finding) => text.slice(0, f.start).split('\n').length;
        const silenced = (f: Finding) => f === finding || (/^Ignore /.test(fix.title) && f.code === finding.code && lineOf(f) === lineOf(finding));
        const expected = multiset(before.findings.filter((f) => !silenced(f)));
        // A year or author fix may also settle other citations of the same entry written the same
        // wrong way; it may never add a finding or change another one.
        const remaining = multiset(after.findings);
        for (const id of remaining) expect(expected, `${fix.title}\n${text}`).toContain(id);
        if (/^Ignore /.test(fix.title)) expect(remaining, `${fix.title}\n${text}`).toEqual(expected);
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it('a random rename to a fresh key keeps the findings, with the key renamed in them; onto a taken key it is refused', () => {
    fc.assert(
      fc.property(keyManuscript, fc.nat(), fc.nat(), ({ keys, text, bib }, pickKey, pickOther) => {
        const files = { [ROOT]: text, [BIB]: bib };
        const before = check(files);
        const key = keys[pickKey % keys.length];
        const other = keys.filter((k) => k !== key)[pickOther % (keys.length - 1)];
        expect(renameConflict(before, key, other)).toMatch(/already the key of another entry/);
        const fresh = `${key}baru`;
        expect(renameConflict(before, key, fresh)).toBeUndefined();
        const renamed = apply(files, renameEdits(before, key, fresh));
        // Nothing of the old key is left, in citations, entries or crossref fields.
        expect(`${renamed[ROOT]}\n${renamed[BIB]}`).not.toMatch(new RegExp(`[{@,\\s]${key}[},\\]\\s;]`));
        const after = check(renamed);
        expect(multiset(after.findings)).toEqual(
          multiset(before.findings)
            .map((id) => id.split(key).join(fresh))
            .sort(),
        );
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
