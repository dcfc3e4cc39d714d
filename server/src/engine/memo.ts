// A bounded memo of what pure functions derive from texts; no imports, so any module may use it.
/**
 * A bounded memo of what a pure function derives from a text (a block's sentences and numbers,
 * a paragraph's reported tests). Keys must hold everything the value depends on; values are
 * shared and must not be changed. Used at module level by analyses that read every block on
 * every check, so that an edit re-does only the work of the blocks whose text changed (with or
 * without a ParseCache).
 *
 * Two generations instead of a least-recently-used list: a hit costs one lookup (no reordering,
 * which on every block of every check cost more than the work it saved); when the young
 * generation is full it becomes the old one and the previous old one is dropped, and an old hit
 * moves back into the young one. So at most 2 × `limit` entries are held, and everything read
 * in the last `limit` lookups survives.
 *
 * Keys are best passed as the text itself (a block's text string is the same string object from
 * check to check, and V8 hashes a string once); `scope` separates what one text means under
 * different settings (a number style) without building a longer key string on every lookup.
 */
export class TextMemo<V> {
  private young = new Map<string, Map<string, V>>();
  private old = new Map<string, Map<string, V>>();
  private youngSize = 0;

  constructor(private readonly limit = 10_000) {}

  get size(): number {
    let n = 0;
    for (const gen of [this.young, this.old]) for (const m of gen.values()) n += m.size;
    return n;
  }

  get(key: string, compute: () => V, scope = ''): V {
    const young = this.young.get(scope)?.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(scope)?.get(key);
    const value = old !== undefined ? old : compute();
    this.remember(scope, key, value);
    return value;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.youngSize = 0;
  }

  private remember(scope: string, key: string, value: V): void {
    if (this.youngSize >= this.limit) {
      this.old = this.young;
      this.young = new Map();
      this.youngSize = 0;
    }
    let m = this.young.get(scope);
    if (!m) this.young.set(scope, (m = new Map()));
    m.set(key, value);
    this.youngSize++;
  }
}
