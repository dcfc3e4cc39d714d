// Why a path named on the command line cannot be read, in the words of the file system: a
// permission denied, or something that is not a regular file (a FIFO would block the reader, a
// device such as /dev/zero never ends). Checked before the engine looks at the path, which only
// knows "readable as text or not".
import * as fs from 'node:fs';

/** The reason `path` cannot be read as a manuscript input, or undefined when it can (or does not exist). */
export function unreadableReason(path: string): string | undefined {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return reasonOf(error);
  }
  if (!stat) return undefined;
  if (stat.isDirectory()) {
    try {
      fs.readdirSync(path);
      return undefined;
    } catch (error) {
      return reasonOf(error);
    }
  }
  if (!stat.isFile()) return `is not a regular file (${kindOf(stat)})`;
  try {
    fs.closeSync(fs.openSync(path, 'r'));
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file or folder';
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ELOOP':
      return 'cannot be read: too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'cannot be read: the name is too long';
    case 'ENOTDIR':
      return 'does not exist (a part of the path is not a folder)';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
