// The command line, read with Node.js's own parseArgs: `thesislint check [options] PATH…` and
// `thesislint codes [--format text|json]`. Every mistake is a UsageError with a one-line reason.
import { parseArgs } from 'node:util';
import { LANGUAGES, LOCALES, type LanguageSetting, type Locale } from '../engine';

export class UsageError extends Error {}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const CODES_FORMATS = ['text', 'json'] as const;
export const FAIL_LEVELS = ['error', 'warning', 'info', 'none'] as const;

export interface CheckArguments {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  /** Write the report here instead of stdout. */
  output?: string;
  /** The lowest severity that makes the exit status 1. */
  failOn: (typeof FAIL_LEVELS)[number];
  bib: string[];
  lang: LanguageSetting;
  /** The language of messages and of the report; undefined: the manuscripts' own. */
  locale?: Locale;
}

export interface CodesArguments {
  command: 'codes';
  format: (typeof CODES_FORMATS)[number];
}

export type CliArguments = CheckArguments | CodesArguments | { command: 'help' } | { command: 'version' };

export function usage(): string {
  return [
    'Usage: thesislint check [options] PATH...',
    '       thesislint codes [--format text|json]',
    '',
    'Checks theses and manuscripts (Markdown, LaTeX, Word; Indonesian and English).',
    'PATH is a file or a folder (a LaTeX root, a Quarto/bookdown/Pandoc project, or Markdown files).',
    '`thesislint codes` lists every finding code with its default severity.',
    '',
    'Options of check:',
    '  --format FORMAT      text (default), json, sarif, github (workflow annotations) or html',
    '  --output FILE        write the report to FILE instead of standard output',
    '  --fail-on LEVEL      exit 1 when a finding is at least error (default), warning, info; none: never',
    '  --bib FILE           a bibliography (.bib or CSL-JSON) to check citations against; repeatable',
    "  --lang id|en|auto    language of the prose (default: auto, the manuscript's own)",
    "  --locale id|en       language of the messages and the report (default: the manuscript's)",
    '  -h, --help           show this help',
    '  --version            show the version',
    '',
    'Exit status: 0 nothing at the --fail-on level, 1 findings at that level, 2 usage error,',
    'unreadable input or invalid configuration.',
    '',
  ].join('\n');
}

const CHECK_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  bib: { type: 'string', multiple: true },
  lang: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const CODES_OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArguments(argv: string[]): CliArguments {
  if (argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  if (argv.length === 0) throw new UsageError('missing command');
  const [command, ...rest] = argv;
  if (command === 'codes') {
    const { values, positionals } = withUsageErrors(() => parseArgs({ args: rest, options: CODES_OPTIONS, allowPositionals: true, strict: true }));
    if (positionals.length > 0) throw new UsageError(`codes takes no PATH, got "${positionals[0]}"`);
    return { command: 'codes', format: oneOf('--format', values.format ?? 'text', CODES_FORMATS) };
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
  const { values, positionals } = withUsageErrors(() => parseArgs({ args: rest, options: CHECK_OPTIONS, allowPositionals: true, strict: true }));
  if (positionals.length === 0) throw new UsageError('no PATH given');
  return {
    command: 'check',
    paths: positionals,
    format: oneOf('--format', values.format ?? 'text', FORMATS),
    output: values.output,
    failOn: oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_LEVELS),
    bib: values.bib ?? [],
    lang: oneOf('--lang', values.lang ?? 'auto', LANGUAGES),
    ...(values.locale !== undefined ? { locale: oneOf('--locale', values.locale, LOCALES) } : {}),
  };
}

/** parseArgs's errors (strict mode) as one-line usage errors. */
function withUsageErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option ?? ''}`.trim());
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${option ?? 'an option'} needs a value`);
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.length === 2 ? allowed.join(' or ') : `one of ${allowed.join(', ')}`;
  throw new UsageError(`${option} must be ${list}, not "${value}"`);
}
