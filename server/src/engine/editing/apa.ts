// An entry formatted as an APA reference with citation-js, for hovers. .bib entries are parsed
// again from their own source text (the database keeps positions, not CSL records); CSL-JSON
// items are looked up by id. Written reference-list entries are shown as written.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { ReferenceEntry } from '../bibliography/entries';
import type { SourceFile } from '../model';
import { slot, type DerivedCache } from '../derived';

// Database entries are the same objects while their file is unchanged: each is formatted once.
const FORMATTED = slot('editing: APA reference of a database entry', () => new WeakMap<ReferenceEntry, string | null>());

/** The APA reference of a .bib/CSL entry (plain text, one line), or undefined when it cannot be formatted. */
export function apaReference(entry: ReferenceEntry, file: SourceFile | undefined, derived: DerivedCache): string | undefined {
  if (entry.origin !== 'bib' && entry.origin !== 'csl') return undefined;
  if (!file) return undefined;
  const cache = derived.get(FORMATTED);
  const cached = cache.get(entry);
  if (cached !== undefined) return cached ?? undefined;
  let formatted: string | undefined;
  try {
    const item = entry.origin === 'bib' ? bibItem(entry, file.text) : cslItem(entry, file.text);
    if (item) {
      formatted = new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).replace(/\s+/g, ' ').trim() || undefined;
    }
  } catch {
    formatted = undefined;
  }
  cache.set(entry, formatted ?? null);
  return formatted;
}

/** The CSL record of the .bib entry whose key stands at the entry's span. */
function bibItem(entry: ReferenceEntry, text: string): unknown {
  const head = text.lastIndexOf('@', entry.start);
  if (head < 0) return undefined;
  const next = /\n[ \t]*@[A-Za-z]+\s*[{(]/g;
  next.lastIndex = entry.end;
  const m = next.exec(text);
  const chunk = text.slice(head, m ? m.index : text.length);
  const items = plugins.input.chain(chunk, { forceType: '@biblatex/text', generateGraph: false }) as { id?: unknown }[];
  return items.find((i) => String(i.id) === entry.key) ?? items[0];
}

function cslItem(entry: ReferenceEntry, text: string): unknown {
  const parsed: unknown = JSON.parse(text);
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.find((i) => i && typeof i === 'object' && String((i as { id?: unknown }).id ?? (i as Record<string, unknown>)['citation-key']) === entry.key);
}
