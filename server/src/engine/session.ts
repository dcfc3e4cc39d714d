// One pipeline for both faces: what happens between "check this manuscript" and its findings,
// whether the CLI asks (once per manuscript) or the language server (on every change).
//
//   1. the thesislint.json that applies, found upward from the manuscript; an invalid one becomes
//      a `config/invalid` finding at the offending key, and the manuscript is checked without it;
//   2. the settings, by one precedence rule: the caller's overrides (CLI flags, editor settings),
//      then the file, then the defaults;
//   3. the check (every registered check, severities, suppressions: engine.ts);
//   4. findings in ignored files dropped.
//
// `resolveProject` does steps 1–2 alone, so that the CLI can refuse an invalid configuration
// before it starts, and send a resolved project to a worker thread (everything in it clones).
import { checkManuscriptSteps, runToEnd, type CheckResult, type CheckStep } from './engine';
import { BoundedHost, type FileHost } from './host';
import type { ManuscriptSpec } from './project';
import type { ParseCache } from './cache';
import type { Finding } from './findings';
import { docsUrl } from './findings';
import { CONFIG_INVALID } from './codes';
import { dirname } from './paths';
import { makeSourceFile } from './text/source';
import { findConfig, isConfigError, type ConfigError } from './config/load';
import { applyToSpec, ignoreMatcher, settingsOf, type EffectiveSettings, type Overrides } from './config/apply';
import { say } from './messages';

export interface ResolvedProject {
  /** The manuscript as the configuration describes it (chapter order, ignored files, bibliographies). */
  spec: ManuscriptSpec;
  settings: EffectiveSettings;
  /** The configuration file that applies, valid or not: a change to it changes the result. */
  configPath?: string;
  /** An invalid configuration file: what is wrong (the CLI refuses to run with it)… */
  configError?: ConfigError;
  /** …and the same as a finding (the language server shows it, and checks without the file). */
  configProblem?: Finding;
  /** The text of the invalid configuration file, so that the finding's position can be shown. */
  configText?: string;
  /** Folders the user opened (the CLI's working directory, the editor's workspace folders). */
  roots?: string[];
  /** Bibliographies the user named (--bib): read wherever they are. */
  named?: string[];
}

export interface ProjectOptions {
  overrides?: Overrides;
  /** Files, models and analyses kept from earlier checks (the language server keeps one). */
  cache?: ParseCache;
  /** Folders the user opened (the editor's workspace folders): see projectBoundary. */
  roots?: string[];
  /** Yield the findings of the checks that need no costly analysis first (CheckOptions.early). */
  early?: boolean;
}

export function resolveProject(spec: ManuscriptSpec, host: FileHost, overrides: Overrides = {}, roots?: string[]): ResolvedProject {
  const named = overrides.bibliographies?.map((b) => b.path);
  return { ...resolveConfig(spec, host, overrides), ...(roots ? { roots } : {}), ...(named && named.length > 0 ? { named } : {}) };
}

function resolveConfig(spec: ManuscriptSpec, host: FileHost, overrides: Overrides): ResolvedProject {
  const found = findConfig(host.isDirectory(spec.root) ? spec.root : dirname(spec.root), host);
  if (found && isConfigError(found)) {
    return {
      spec: applyToSpec(spec, undefined, overrides),
      settings: settingsOf(undefined, overrides),
      configPath: found.error.path,
      configError: found.error,
      configProblem: configFinding(found.error),
      configText: host.readFile(found.error.path),
    };
  }
  return { spec: applyToSpec(spec, found, overrides), settings: settingsOf(found, overrides), configPath: found?.path };
}

/** Checks a resolved project: the check, then ignored files' findings dropped and a configuration problem added. */
export function checkResolved(project: ResolvedProject, host: FileHost, cache?: ParseCache): CheckResult {
  return runToEnd(checkResolvedSteps(project, host, cache));
}

/** `checkResolved` in slices (see checkManuscriptSteps): the language server abandons an outdated one between slices. */
export function* checkResolvedSteps(project: ResolvedProject, host: FileHost, cache?: ParseCache, early?: boolean): Generator<CheckStep, CheckResult, void> {
  const { settings } = project;
  const boundary = projectBoundary(project, host);
  const steps = checkManuscriptSteps(project.spec, new BoundedHost(host, boundary.folders, boundary.files), {
    lang: settings.lang,
    severity: settings.severity,
    frameworks: settings.frameworks,
    cache,
    early,
  });
  for (;;) {
    const next = steps.next();
    if (next.done) return completed(project, next.value);
    // An early result is completed alike (ignored files, the configuration's problem).
    yield typeof next.value === 'string' ? next.value : { ...next.value, result: completed(project, next.value.result) };
  }
}

/** A check's result with the findings of ignored files dropped and a configuration problem added. */
function completed(project: ResolvedProject, result: CheckResult): CheckResult {
  const { settings } = project;
  // The result is this call's own object: it is completed in place (spreading it would compute
  // its lazy coverage report).
  result.configPath = project.configPath;
  const ignored = ignoreMatcher(settings.ignore);
  if (ignored) result.findings = result.findings.filter((f) => !ignored(f.file));
  if (project.configProblem && settings.severity[CONFIG_INVALID] !== 'off') {
    const configured = settings.severity[CONFIG_INVALID];
    result.findings.unshift({ ...project.configProblem, severity: configured ?? project.configProblem.severity });
    result.files = new Map(result.files);
    result.files.set(project.configProblem.file, makeSourceFile(project.configProblem.file, project.configText ?? ''));
  }
  return result;
}

/** The whole pipeline: configuration, settings, check. */
export function checkProject(spec: ManuscriptSpec, host: FileHost, options: ProjectOptions = {}): CheckResult {
  return runToEnd(checkProjectSteps(spec, host, options));
}

/** The whole pipeline in slices. */
export function checkProjectSteps(spec: ManuscriptSpec, host: FileHost, options: ProjectOptions = {}): Generator<CheckStep, CheckResult, void> {
  return checkResolvedSteps(resolveProject(spec, host, options.overrides, options.roots), host, options.cache, options.early);
}

/**
 * What a check may read: the manuscript's folder (the root itself when it is a folder), the folder
 * of the thesislint.json that applies, and every opened folder (`roots`) that holds the
 * manuscript; besides, the bibliographies the user named (--bib). Everything a manuscript
 * declares beyond that is not read (BoundedHost, manuscript/outside-project).
 */
export function projectBoundary(project: ResolvedProject, host: FileHost): { folders: string[]; files: Set<string> } {
  const root = project.spec.root;
  const own = host.isDirectory(root) ? root : dirname(root);
  const folders = [own];
  if (project.configPath) folders.push(dirname(project.configPath));
  for (const r of project.roots ?? []) {
    let folder = r;
    while (folder.length > 1 && folder.endsWith('/')) folder = folder.slice(0, -1);
    if (own === folder || own.startsWith(`${folder}/`) || folder === '/') folders.push(folder);
  }
  return { folders, files: new Set(project.named ?? []) };
}

function configFinding(error: ConfigError): Finding {
  return {
    code: CONFIG_INVALID,
    severity: 'error',
    docs: docsUrl(CONFIG_INVALID),
    file: error.path,
    start: error.start ?? 0,
    end: error.end ?? error.start ?? 0,
    ...say('config.invalid', { detail: error.message }),
  };
}
