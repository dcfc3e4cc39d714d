// What thesislint.json changes about a manuscript: chapter order (`files`), extra bibliographies
// (`bibliography`), files left out (`ignore`) and the prose language (`language`). Severity and
// frameworks go to checkManuscript through CheckOptions.config. Shared by the CLI and the server.
import type { CheckOptions } from './engine';
import type { LoadedConfig } from './config';
import type { Finding } from './findings';
import type { ManuscriptSpec } from './project';
import { dirname, relative, resolvePath } from './paths';

/** The manuscript as the configuration describes it. */
export function applyConfig(spec: ManuscriptSpec, loaded: LoadedConfig): ManuscriptSpec {
  const base = dirname(loaded.path);
  const config = loaded.config;
  let files = spec.files;
  if (config.files && config.files.length > 0 && spec.markup === 'markdown') files = config.files.map((f) => resolvePath(base, f));
  if (config.ignore && config.ignore.length > 0) files = files.filter((f) => !isIgnored(f, loaded));
  const bibliographies = [...spec.bibliographies, ...(config.bibliography ?? []).map((b) => ({ written: b, path: resolvePath(base, b) }))];
  return { ...spec, files, bibliographies };
}

export function optionsFromConfig(loaded: LoadedConfig | undefined, base: CheckOptions = {}): CheckOptions {
  if (!loaded) return base;
  const lang = base.lang && base.lang !== 'auto' ? base.lang : (loaded.config.language ?? base.lang);
  return { ...base, lang, config: loaded };
}

/** Findings in ignored files are dropped (a generated chapter, a vendored template). */
export function withoutIgnored(findings: Finding[], loaded: LoadedConfig | undefined): Finding[] {
  if (!loaded?.config.ignore?.length) return findings;
  return findings.filter((f) => !isIgnored(f.file, loaded));
}

export function isIgnored(path: string, loaded: LoadedConfig): boolean {
  const rel = relative(dirname(loaded.path), path);
  return (loaded.config.ignore ?? []).some((glob) => globToRegExp(glob).test(rel));
}

/** `**` any folders, `*` any name part, `?` one character; a pattern without `/` matches at any depth. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `^${source}$` : `(^|/)${source}$`);
}
