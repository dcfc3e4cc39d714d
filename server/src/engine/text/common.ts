// The common start and end of two versions of a text: where an edit begins and ends.
/**
 * Characters compared at once by commonPrefix/commonSuffix: equal slices are compared by V8 as
 * memory (a slice of a flat string is a view, not a copy), some 50 times faster than comparing
 * 860 kB character by character on every keystroke.
 */
const COMPARE_CHUNK = 4096;

/** The length of the longest common start of `a` and `b`, at most `limit`. */
export function commonPrefix(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  let i = 0;
  while (i + COMPARE_CHUNK <= limit && a.slice(i, i + COMPARE_CHUNK) === b.slice(i, i + COMPARE_CHUNK)) i += COMPARE_CHUNK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common end of `a` and `b`, at most `limit`. */
export function commonSuffix(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  let n = 0;
  while (n + COMPARE_CHUNK <= limit && a.slice(a.length - n - COMPARE_CHUNK, a.length - n) === b.slice(b.length - n - COMPARE_CHUNK, b.length - n))
    n += COMPARE_CHUNK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
