export class UsageError extends Error {}

export interface CliArguments {
  command: 'check';
  paths: string[];
  format: 'text' | 'json';
  bib: string[];
  lang: 'id' | 'en' | 'auto';
  help: boolean;
  version: boolean;
}

export function usage(): string {
  return [
    'Usage: thesislint check [options] PATH...',
    '',
    'Checks theses and manuscripts (Markdown, LaTeX; Indonesian and English).',
    'PATH is a file or a folder (a LaTeX root, a Quarto/bookdown/Pandoc project, or Markdown files).',
    '',
    'Options:',
    '  --format text|json   output format (default: text)',
    '  --bib FILE           a bibliography (.bib or CSL-JSON) to check citations against; repeatable',
    '  --lang id|en|auto    language of the prose (default: auto)',
    '  -h, --help           show this help',
    '  --version            show the version',
    '',
    'Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable input.',
    '',
  ].join('\n');
}

export function parseArguments(argv: string[]): CliArguments {
  const args: CliArguments = { command: 'check', paths: [], format: 'text', bib: [], lang: 'auto', help: false, version: false };
  if (argv.includes('-h') || argv.includes('--help')) return { ...args, help: true };
  if (argv.includes('--version')) return { ...args, version: true };
  if (argv.length === 0) throw new UsageError('missing command');
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
        args.format = v;
        break;
      }
      case '--bib':
        args.bib.push(value());
        break;
      case '--lang': {
        const v = value();
        if (v !== 'id' && v !== 'en' && v !== 'auto') throw new UsageError(`--lang must be id, en or auto, not "${v}"`);
        args.lang = v;
        break;
      }
      default:
        if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option ${name}`);
        args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) throw new UsageError('no PATH given');
  return args;
}
