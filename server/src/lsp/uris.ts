// LSP speaks URIs; the engine speaks POSIX absolute paths (Windows paths with forward slashes).
import { URI } from 'vscode-uri';

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

export function uriFromPath(path: string): string {
  return URI.file(path).toString();
}
