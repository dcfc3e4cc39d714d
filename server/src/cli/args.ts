export class UsageError extends Error {}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliArguments {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  /** Write the report here instead of stdout. */
  output?: string;
  /** The lowest severity that makes the exit status 1. */
  failOn: 'error' | 'warning' | 'info' | 'none';
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
    '  --format FORMAT      text (default), json, sarif, github (workflow annotations) or html',
    '  --output FILE        write the report to FILE instead of standard output',
    '  --fail-on LEVEL      exit 1 when a finding is at least error (default), warning, info; none: never',
    '  --bib FILE           a bibliography (.bib or CSL-JSON) to check citations against; repeatable',
    '  --lang id|en|auto    language of the prose (default: auto)',
    '  -h, --help           show this help',
    '  --version            show the version',
    '',
    'Exit status: 0 nothing at the --fail-on level, 1 findings at that level, 2 usage error,',
    'unreadable input or invalid configuration.',
    '',
  ].join('\n');
}

export function parseArguments(argv: string[]): CliArguments {
  const args: CliArguments = { command: 'check', paths: [], format: 'text', bib: [], lang: 'auto', help: false, version: false, failOn: 'error' };
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
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}"`);
        args.format = v as OutputFormat;
        break;
      }
      case '--output':
      case '-o':
        args.output = value();
        break;
      case '--fail-on': {
        const v = value();
        if (v !== 'error' && v !== 'warning' && v !== 'info' && v !== 'none')
          throw new UsageError(`--fail-on must be error, warning, info or none, not "${v}"`);
        args.failOn = v;
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
