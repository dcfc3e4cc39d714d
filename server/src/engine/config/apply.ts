// What a thesislint.json changes about a manuscript, merged with what the caller says (CLI flags,
// editor settings) by one precedence rule: the caller's overrides, then the file, then the
// defaults. The file gives the chapter order (`files`), extra bibliographies, files left out
// (`ignore`), the prose language, the severity table and pinned frameworks.
import picomatch from 'picomatch';
import type { Framework } from '../frameworks/schema';
import type { DeclaredBibliography, ManuscriptSpec } from '../project';
import { dirname, relative, resolvePath } from '../paths';
import type { LoadedConfig } from './load';
import type { LanguageSetting, SeveritySetting } from './schema';

/** What the caller sets for one check; each wins over thesislint.json. */
export interface Overrides {
  /** `--lang`, `thesislint.lang`: 'auto' leaves the choice to the file, then to the manuscript. */
  lang?: LanguageSetting;
  /** `thesislint.severity`: per code, merged over the file's table. */
  severity?: Record<string, SeveritySetting>;
  /** `thesislint.frameworks`: replaces the file's `frameworks`. */
  frameworks?: readonly Framework[];
  /** `--bib`, `thesislint.bibliography`, resolved: added to what the manuscript and the file declare. */
  bibliographies?: DeclaredBibliography[];
}

/** The settings one check runs with, after the configuration file and the overrides are merged. */
export interface EffectiveSettings {
  lang: LanguageSetting;
  severity: Record<string, SeveritySetting>;
  /** Pinned frameworks; undefined: detect them. */
  frameworks?: readonly Framework[];
  /** `ignore` globs and the folder they are relative to. */
  ignore?: { base: string; globs: string[] };
}

/** The manuscript as the configuration and the overrides describe it. */
export function applyToSpec(spec: ManuscriptSpec, loaded: LoadedConfig | undefined, overrides: Overrides): ManuscriptSpec {
  let files = spec.files;
  const bibliographies = [...spec.bibliographies];
  if (loaded) {
    const base = dirname(loaded.path);
    const config = loaded.config;
    if (config.files && config.files.length > 0 && spec.markup === 'markdown') files = config.files.map((f) => resolvePath(base, f));
    const ignored = ignoreMatcher(settingsOf(loaded, {}).ignore);
    if (ignored) files = files.filter((f) => !ignored(f));
    bibliographies.push(...(config.bibliography ?? []).map((b) => ({ written: b, path: resolvePath(base, b) })));
  }
  const declared = new Set(bibliographies.map((b) => b.path));
  for (const extra of overrides.bibliographies ?? []) {
    if (declared.has(extra.path)) continue;
    declared.add(extra.path);
    bibliographies.push(extra);
  }
  return { ...spec, files, bibliographies };
}

export function settingsOf(loaded: LoadedConfig | undefined, overrides: Overrides): EffectiveSettings {
  const config = loaded?.config;
  const lang = overrides.lang && overrides.lang !== 'auto' ? overrides.lang : (config?.language ?? overrides.lang ?? 'auto');
  const ignore = loaded && config?.ignore && config.ignore.length > 0 ? { base: dirname(loaded.path), globs: config.ignore } : undefined;
  return { lang, severity: { ...config?.severity, ...overrides.severity }, frameworks: overrides.frameworks ?? loaded?.frameworks, ignore };
}

/**
 * Whether a path is left out by `ignore`: a glob matches the path relative to the configuration
 * file's folder, or one of the folders above it ("lampiran/**", "lampiran", "draft-*.md"); a glob
 * without a slash matches a name at any depth, as in .gitignore.
 */
export function ignoreMatcher(ignore: EffectiveSettings['ignore']): ((path: string) => boolean) | undefined {
  if (!ignore) return undefined;
  // picomatch's `basename` option would apply to every pattern given with it, slashes or not.
  const nested = ignore.globs.filter((g) => g.includes('/'));
  const names = ignore.globs.filter((g) => !g.includes('/'));
  const matchers = [
    nested.length > 0 ? picomatch(nested, { dot: true }) : undefined,
    names.length > 0 ? picomatch(names, { dot: true, basename: true }) : undefined,
  ];
  const matches = (part: string) => matchers.some((m) => m?.(part));
  return (path) => {
    const rel = relative(ignore.base, path);
    if (rel.startsWith('..')) return false;
    for (let part = rel; part !== '.' && part !== ''; part = dirname(part)) if (matches(part)) return true;
    return false;
  };
}
