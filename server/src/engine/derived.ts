// Everything the engine derives from texts and models and keeps between checks, in one object
// owned by whoever owns a run: the language server keeps one for its lifetime (on its
// ParseCache), each CLI check makes a fresh one. Modules declare what they keep as slots — a
// name and how to make the empty store — instead of holding module-level state, so that a run can
// be reset (`clear`), two runs never share state, and tests start from nothing.
//
// What goes in a slot must be a pure function of its keys: a memo of what a text, a block object
// or a model means. Correctness never depends on a hit; only speed does.

export interface Slot<T> {
  readonly name: string;
  create(): T;
}

/** Declares a slot: `name` for debugging, `create` the empty store (a TextMemo, a WeakMap, …). */
export function slot<T>(name: string, create: () => T): Slot<T> {
  return { name, create };
}

export class DerivedCache {
  private readonly stores = new Map<Slot<unknown>, unknown>();
  private readonly byOwner = new WeakMap<object, Map<string, unknown>>();

  /**
   * What `compute` derives from `owner` alone (a block of a cached file model: the citations
   * written in it), computed once and kept as long as `owner` is: when its file changes, its model
   * and everything derived from its blocks go together. Callers must not change the result.
   */
  of<T>(owner: object, what: string, compute: () => T): T {
    let values = this.byOwner.get(owner);
    if (!values) this.byOwner.set(owner, (values = new Map()));
    const known = values.get(what);
    if (known !== undefined || values.has(what)) return known as T;
    const value = compute();
    values.set(what, value);
    return value;
  }

  /** The store of `slot`, made on first use. */
  get<T>(slot: Slot<T>): T {
    let store = this.stores.get(slot as Slot<unknown>);
    if (store === undefined) {
      store = slot.create();
      this.stores.set(slot as Slot<unknown>, store);
    }
    return store as T;
  }

  /** The names of the slots in use (for tests and diagnostics). */
  slotNames(): string[] {
    return [...this.stores.keys()].map((s) => s.name).sort();
  }

  clear(): void {
    this.stores.clear();
  }
}
