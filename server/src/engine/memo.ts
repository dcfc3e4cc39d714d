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

/**
 * The same two generations with the rotation in the caller's hands: `checkpoint()` before each
 * check rotates only between checks, so a check never loses an entry it is using however many
 * strings one manuscript has (at most twice max(limit, one manuscript's strings) are kept).
 * For analyses that look up and store separately (the coverage analysis).
 */
export class BoundedMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined || this.previous.size === 0) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.current.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  /** Called before each check: rotates the generations when the current one is full (and then says so). */
  checkpoint(): boolean {
    if (this.current.size < this.limit) return false;
    this.previous = this.current;
    this.current = new Map();
    return true;
  }

  /** Entries held in both generations (for tests). */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
