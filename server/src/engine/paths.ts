// POSIX-style path helpers that work the same for the disk and for in-memory hosts.
// Windows paths are normalised to forward slashes by the adapters before they reach the engine.
import * as posix from 'node:path/posix';

export const join = posix.join;
export const dirname = posix.dirname;
export const basename = posix.basename;
export const extname = posix.extname;
export const relative = posix.relative;

/** `path` resolved against `base` unless it is already absolute. */
export function resolvePath(base: string, path: string): string {
  return posix.isAbsolute(path) ? posix.normalize(path) : posix.join(base, path);
}
