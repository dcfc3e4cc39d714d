// The project configuration file: thesislint.json (or .thesislintrc.json) in the manuscript's
// folder or any folder above it. One loader for the CLI and the language server. Invalid
// configuration is never half-applied: loadConfig returns either the whole validated config or
// one error that names the key, says what is wrong and, when the key can be found in the text,
// where it is.
//
// The text is read with jsonc-parser, the reader VS Code uses for its own settings files: comments
// and trailing commas are accepted, as the editor accepts them while the file is written.
import type { z } from 'zod';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import type { FileHost } from '../host';
import { dirname, join } from '../paths';
import { frameworkSchema, type Framework } from '../frameworks/schema';
import { BUILTIN_FRAMEWORK_IDS, builtinFramework } from '../frameworks/builtin';
import { CATALOGUE, isKnownCode } from '../codes';
import { CONFIG_FILE_NAMES, configSchema, type ThesislintConfig } from './schema';

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
  // The JSON reader (and the walk over its tree) recurses per level: a file nested 200,000 deep
  // would overflow the stack. No configuration needs more than a few levels.
  const deep = tooDeep(text);
  if (deep) {
    const where = lineAndColumn(text, deep.offset);
    const key = deep.key === undefined ? undefined : formatPath([deep.key]);
    return {
      error: {
        path,
        message: `${key ? `${key}: ` : ''}nested more than ${MAX_DEPTH} levels deep at ${where}`,
        key,
        start: deep.offset,
        end: deep.offset + 1,
      },
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const error = errors[0] ?? { error: 0 as ParseErrorCode, offset: 0, length: 0 };
    const message = errors.length > 0 ? `${describeSyntaxError(error.error)} at ${lineAndColumn(text, error.offset)}` : 'the file is empty';
    return { error: { path, message: `invalid JSON: ${message}`, start: error.offset, end: Math.min(text.length, error.offset + Math.max(1, error.length)) } };
  }
  if (root.type !== 'object') {
    return { error: { path, message: 'invalid JSON: expected an object {…} at the top level', start: root.offset, end: root.offset + 1 } };
  }
  const value = valueOf(root);
  const problems: Problem[] = [];

  const result = configSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(problemOf(issue.path as (string | number)[], issue));
  } else {
    const config = result.data;
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

/** How deep objects and arrays may nest in a configuration file (frameworks need about eight). */
const MAX_DEPTH = 64;

/**
 * Where the text first nests deeper than MAX_DEPTH, and under which top-level key, scanning once
 * and skipping strings and comments; undefined when it never does.
 */
function tooDeep(text: string): { offset: number; key?: string } | undefined {
  let depth = 0;
  let key: string | undefined;
  let lastString: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      lastString = depth === 1 ? text.slice(start + 1, i) : undefined;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === ':' && depth === 1 && lastString !== undefined) {
      key = lastString;
    } else if (c === '{' || c === '[') {
      if (++depth > MAX_DEPTH) return { offset: i, key };
    } else if (c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
      if (depth <= 1) lastString = undefined;
    }
  }
  return undefined;
}

interface Problem {
  path: (string | number)[];
  message: string;
}

function checkSeverityCodes(config: ThesislintConfig, problems: Problem[]): void {
  if (!config.severity) return;
  for (const code of Object.keys(config.severity)) {
    if (isKnownCode(code)) continue;
    const close = CATALOGUE.find((entry) => editDistance(entry.code, code) <= 2)?.code;
    problems.push({ path: ['severity', code], message: `unknown finding code${close ? `; did you mean "${close}"?` : '; `thesislint codes` lists them'}` });
  }
}

function resolveFrameworks(entries: NonNullable<ThesislintConfig['frameworks']>, problems: Problem[]): Framework[] {
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

/** What jsonc-parser's error codes mean, as a person would say it. */
function describeSyntaxError(code: ParseErrorCode): string {
  switch (printParseErrorCode(code)) {
    case 'PropertyNameExpected':
      return 'expected a property name in double quotes';
    case 'ValueExpected':
      return 'expected a value';
    case 'ColonExpected':
      return 'expected ":" after the property name';
    case 'CommaExpected':
      return 'expected ","';
    case 'CloseBraceExpected':
      return 'expected "}"';
    case 'CloseBracketExpected':
      return 'expected "]"';
    case 'EndOfFileExpected':
      return 'unexpected text after the end of the JSON value';
    case 'UnexpectedEndOfComment':
      return 'unterminated comment';
    case 'UnexpectedEndOfString':
      return 'unterminated string';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return 'invalid escape in string';
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return 'invalid number';
    default:
      return 'unexpected character';
  }
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** The value of a node; of duplicate keys the last wins, as in JSON.parse. */
function valueOf(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) out[key.value as string] = valueOf(value);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

/** The span of the key (or array element) at `path`; as deep as the path can be followed. */
function locate(root: JsonNode, path: (string | number)[]): { start: number; end: number } | undefined {
  let node: JsonNode | undefined = root;
  let span: { start: number; end: number } | undefined;
  for (const part of path) {
    if (node?.type === 'object' && typeof part === 'string') {
      // The last occurrence wins, as in JSON.parse.
      const property: JsonNode | undefined = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === part);
      const key = property?.children?.[0];
      if (!key) break;
      span = { start: key.offset, end: key.offset + key.length };
      node = property.children?.[1];
    } else if (node?.type === 'array' && typeof part === 'number' && node.children?.[part]) {
      node = node.children[part];
      span =
        node.type === 'object' || node.type === 'array' ? { start: node.offset, end: node.offset + 1 } : { start: node.offset, end: node.offset + node.length };
    } else break;
  }
  return span;
}
