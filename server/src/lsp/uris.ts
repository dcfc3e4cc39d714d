// LSP speaks URIs; the engine speaks POSIX absolute paths (Windows paths with forward slashes).
import { URI } from 'vscode-uri';
import { TextMemo } from '../engine/memo';

/** The engine path of a `file:` URI, or undefined for other schemes (untitled, git, …). */
export function pathFromUri(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    return parsed.fsPath.replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

// Every diagnostic's related locations name files by URI, on every check: each path is encoded once.
const uris = new TextMemo<string>(10_000);

export function uriFromPath(path: string): string {
  return uris.get(path, () => URI.file(path).toString());
}
