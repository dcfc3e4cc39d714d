// The project configuration file: thesislint.json (or .thesislintrc.json) in the manuscript's
// folder or any folder above it. One loader for the CLI and the language server. Invalid
// configuration is never half-applied: loadConfig returns either the whole validated config or
// one error that names the key, says what is wrong and, when the key can be found in the text,
// where it is.
//
// JSON with // and /* */ comments is accepted (editors write them in .json settings files);
// trailing commas are not.
import { z } from 'zod';
import type { FileHost } from './host';
import { dirname, join } from './paths';
import type { Severity } from './findings';
import { frameworkSchema, type Framework, type FrameworkInput } from './frameworks/schema';
import { BUILTIN_FRAMEWORK_IDS, builtinFramework } from './frameworks/builtin';
import { registry } from './checks/registry';

export const CONFIG_FILE_NAMES = ['thesislint.json', '.thesislintrc.json'] as const;

const SEVERITY_VALUES = ['error', 'warning', 'info', 'hint', 'off'] as const;

const stringList = z.array(z.string({ error: 'expected a string' }).min(1, { error: 'expected a non-empty string' }), {
  error: 'expected an array of strings',
});

const configSchema = z
  .object({
    /** Prose language of the manuscript. */
    language: z.enum(['id', 'en', 'auto'], { error: 'expected "id", "en" or "auto"' }).optional(),
    /** File order of a multi-file Markdown manuscript, relative to the configuration file. */
    files: stringList.optional(),
    /** Bibliography files (.bib, CSL-JSON), relative to the configuration file. */
    bibliography: stringList.optional(),
    /** Frameworks the manuscript uses: built-in ids or custom definitions. Pins coverage detection. */
    frameworks: z
      .array(z.union([z.string(), z.record(z.string(), z.unknown())]), { error: 'expected an array of built-in framework ids or framework objects' })
      .optional(),
    /** Severity per finding code, or "off". */
    severity: z
      .record(z.string(), z.enum(SEVERITY_VALUES, { error: 'expected "error", "warning", "info", "hint" or "off"' }), {
        error: 'expected an object mapping finding codes to severities',
      })
      .optional(),
    /** Files or folders to leave out (globs relative to the configuration file). */
    ignore: stringList.optional(),
  })
  .strict();

export interface ThesislintConfig {
  language?: 'id' | 'en' | 'auto';
  files?: string[];
  bibliography?: string[];
  frameworks?: (string | FrameworkInput)[];
  severity?: Record<string, Severity | 'off'>;
  ignore?: string[];
}

export interface LoadedConfig {
  /** The configuration file. Relative paths in it are relative to its folder. */
  path: string;
  config: ThesislintConfig;
  /** The frameworks `frameworks` names, resolved and validated; undefined when the key is absent (detection on). */
  frameworks?: readonly Framework[];
}

export interface ConfigError {
  path: string;
  /** "frameworks[0].dimensions[2].names: expected an array of strings, got a string". */
  message: string;
  /** The offending key as a path ("frameworks[0].dimensions[2].names"), when the problem has one. */
  key?: string;
  /** Source offsets of the offending key (or value) in the file, when found. */
  start?: number;
  end?: number;
}

export type ConfigResult = LoadedConfig | { error: ConfigError };

export function isConfigError(result: ConfigResult): result is { error: ConfigError } {
  return 'error' in result;
}

/**
 * The configuration that applies to a manuscript in `startDir`: the nearest thesislint.json or
 * .thesislintrc.json in that folder or above it. Undefined when there is none.
 */
export function findConfig(startDir: string, host: FileHost): ConfigResult | undefined {
  let dir = startDir;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (!host.isFile(path)) continue;
      const text = host.readFile(path);
      if (text === undefined) return { error: { path, message: `${name} cannot be read as text` } };
      return loadConfig(path, text);
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Parses and validates the text of a configuration file. */
export function loadConfig(path: string, text: string): ConfigResult {
  const parsed = parseJson(text);
  if ('error' in parsed) {
    return {
      error: { path, message: `invalid JSON: ${parsed.error.message}`, start: parsed.error.offset, end: Math.min(text.length, parsed.error.offset + 1) },
    };
  }
  const root = parsed.node;
  const value = toValue(root);
  const problems: Problem[] = [];

  const result = configSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(problemOf(issue.path as (string | number)[], issue));
  } else {
    const config = result.data as ThesislintConfig;
    checkSeverityCodes(config, problems);
    const frameworks = config.frameworks ? resolveFrameworks(config.frameworks, problems) : undefined;
    if (problems.length === 0) return { path, config, frameworks };
  }

  // Report the problem that comes first in the file; the others follow once it is fixed.
  const located = problems.map((p) => ({ ...p, span: locate(root, p.path) }));
  located.sort((a, b) => (a.span?.start ?? Number.MAX_SAFE_INTEGER) - (b.span?.start ?? Number.MAX_SAFE_INTEGER));
  const first = located[0];
  const key = formatPath(first.path);
  const more = located.length > 1 ? ` (and ${located.length - 1} more ${located.length === 2 ? 'problem' : 'problems'})` : '';
  return {
    error: {
      path,
      message: `${key ? `${key}: ` : ''}${first.message}${more}`,
      key: key || undefined,
      start: first.span?.start,
      end: first.span?.end,
    },
  };
}

interface Problem {
  path: (string | number)[];
  message: string;
}

function checkSeverityCodes(config: ThesislintConfig, problems: Problem[]): void {
  if (!config.severity) return;
  const known = registry.map((c) => c.meta.code);
  for (const code of Object.keys(config.severity)) {
    if (known.includes(code)) continue;
    const close = known.find((k) => editDistance(k, code) <= 2);
    problems.push({ path: ['severity', code], message: `unknown finding code${close ? `; did you mean "${close}"?` : `; codes are listed in docs/codes.md`}` });
  }
}

function resolveFrameworks(entries: (string | FrameworkInput)[], problems: Problem[]): Framework[] {
  const out: Framework[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    if (typeof entry === 'string') {
      const builtin = builtinFramework(entry);
      if (!builtin) {
        problems.push({
          path: ['frameworks', i],
          message: `unknown built-in framework "${entry}"; built-in frameworks are ${BUILTIN_FRAMEWORK_IDS.join(', ')}`,
        });
        return;
      }
      if (ids.has(builtin.id)) problems.push({ path: ['frameworks', i], message: `framework "${builtin.id}" is listed twice` });
      ids.add(builtin.id);
      out.push(builtin);
      return;
    }
    const parsed = frameworkSchema.safeParse(entry, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(problemOf(['frameworks', i, ...(issue.path as (string | number)[])], issue));
      return;
    }
    if (BUILTIN_FRAMEWORK_IDS.includes(parsed.data.id)) {
      problems.push({
        path: ['frameworks', i, 'id'],
        message: `"${parsed.data.id}" is a built-in framework; write the id alone to use it, or give your own framework another id`,
      });
      return;
    }
    if (ids.has(parsed.data.id)) problems.push({ path: ['frameworks', i, 'id'], message: `framework "${parsed.data.id}" is listed twice` });
    ids.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

type Issue = z.core.$ZodIssue;

function problemOf(path: (string | number)[], issue: Issue): Problem {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path);
      // One problem per unknown key, placed on the key itself.
      const key = issue.keys[0];
      const others = issue.keys.length > 1 ? ` (also unknown: ${issue.keys.slice(1).join(', ')})` : '';
      return { path: [...path, key], message: `unknown key${allowed ? `; allowed keys are ${allowed.join(', ')}` : ''}${others}` };
    }
    case 'invalid_type': {
      if (issue.input === undefined) return { path, message: `missing; ${issue.message}` };
      return { path, message: `${issue.message}, got ${describeValue(issue.input)}` };
    }
    case 'invalid_value':
      return { path, message: `${issue.message}, got ${describeValue(issue.input)}` };
    case 'invalid_union':
      return { path, message: `expected a built-in framework id (a string) or a framework object, got ${describeValue(issue.input)}` };
    default:
      return { path, message: issue.message };
  }
}

const FRAMEWORK_KEYS = ['id', 'name', 'sources', 'mentions', 'concepts', 'dimensions'];
const DIMENSION_KEYS = ['id', 'label', 'names', 'variants', 'hints', 'exclude', 'dimensions'];

function allowedKeys(path: (string | number)[]): string[] | undefined {
  if (path.length === 0) return Object.keys(configSchema.shape);
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 2 && path[0] === 'frameworks') return FRAMEWORK_KEYS;
  if (typeof last === 'number' && parent === 'dimensions') return path.length > 4 ? DIMENSION_KEYS.filter((k) => k !== 'dimensions') : DIMENSION_KEYS;
  if (typeof last === 'number' && parent === 'sources') return ['author', 'years'];
  if (last === 'label') return ['en', 'id'];
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** frameworks[0].dimensions[2].names; severity["citation/year-mismatch"]. */
export function formatPath(path: (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// ---------------------------------------------------------------------------------------------
// A small JSON parser that keeps the source span of every key and value, so that an error can
// point at the offending key. JSON.parse knows no positions beyond its first syntax error.

type JsonNode =
  | { kind: 'object'; start: number; end: number; properties: { key: string; keyStart: number; keyEnd: number; value: JsonNode }[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'value'; start: number; end: number; value: string | number | boolean | null };

interface JsonError {
  message: string;
  offset: number;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function parseJson(text: string): { node: JsonNode } | { error: JsonError } {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(`${message} at line ${lineOf(text, at)}`, at);
  };
  const skip = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text.startsWith('//', i)) {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (text.startsWith('/*', i)) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) fail('unterminated comment');
        i = close + 2;
      } else return;
    }
  };
  const parseString = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < text.length && text[i] !== '"') {
      const c = text[i];
      if (c === '\n') fail('unterminated string', start);
      if (c === '\\') {
        const escape = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape in simple) {
          out += simple[escape];
          i += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('invalid escape in string');
      } else {
        out += c;
        i++;
      }
    }
    if (i >= text.length) fail('unterminated string', start);
    i++;
    return out;
  };
  const parseValue = (): JsonNode => {
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const properties: Extract<JsonNode, { kind: 'object' }>['properties'] = [];
      skip();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', start, end: i, properties };
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail(text[i] === '}' ? 'trailing comma before }' : 'expected a property name in double quotes');
        const keyStart = i;
        const key = parseString();
        const keyEnd = i;
        skip();
        if (text[i] !== ':') fail(`expected ":" after "${key}"`);
        i++;
        const value = parseValue();
        properties.push({ key, keyStart, keyEnd, value });
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', start, end: i, properties };
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', start, end: i, items };
      }
      for (;;) {
        skip();
        if (text[i] === ']') fail('trailing comma before ]');
        items.push(parseValue());
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', start, end: i, items };
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return { kind: 'value', start, end: (parseString(), i), value: JSON.parse(text.slice(start, i)) as string };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal) {
      i += literal[0].length;
      return { kind: 'value', start, end: i, value: JSON.parse(literal[0]) as number | boolean | null };
    }
    return fail(i >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[i])}`);
  };
  try {
    const node = parseValue();
    skip();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    if (node.kind !== 'object') return { error: { message: 'expected an object {…} at the top level', offset: node.start } };
    return { node };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { message: error.message, offset: error.offset } };
    throw error;
  }
}

function lineOf(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return `${line}, column ${offset - lineStart + 1}`;
}

function toValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) out[p.key] = toValue(p.value);
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** The span of the key (or array element) at `path`; as deep as the path can be followed. */
function locate(root: JsonNode, path: (string | number)[]): { start: number; end: number } | undefined {
  let node: JsonNode = root;
  let span: { start: number; end: number } | undefined;
  for (const part of path) {
    if (node.kind === 'object' && typeof part === 'string') {
      // The last occurrence wins, as in JSON.parse.
      const property = [...node.properties].reverse().find((p) => p.key === part);
      if (!property) break;
      span = { start: property.keyStart, end: property.keyEnd };
      node = property.value;
    } else if (node.kind === 'array' && typeof part === 'number' && node.items[part]) {
      node = node.items[part];
      span = node.kind === 'value' ? { start: node.start, end: node.end } : { start: node.start, end: node.start + 1 };
    } else break;
  }
  return span;
}
