// Turns the editor's `thesislint` settings (untrusted JSON) into engine CheckOptions.
import type { CheckOptions, ManuscriptSpec, Severity } from '../engine/index';
// Direct imports (not through the index), so tests that stub the engine's index keep them.
import { builtinFramework } from '../engine/frameworks/builtin';
import type { Framework } from '../engine/frameworks/schema';
import { dirname, resolvePath } from '../engine/paths';

export const SETTINGS_SECTION = 'thesislint';

const LANGS = new Set(['auto', 'id', 'en']);
const SEVERITY_SETTINGS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** CheckOptions plus the settings that change the manuscript itself (extra bibliographies). */
export interface SettingsOptions extends CheckOptions {
  /** `thesislint.bibliography`: paths as written, relative to the manuscript's folder. */
  bibliographies?: string[];
}

/**
 * Options from a settings object shaped like `{ lang, severity, frameworks, bibliography }`.
 * Unknown or malformed values are ignored rather than rejected: a typo in settings.json must
 * not stop the checks.
 */
export function optionsFromSettings(settings: unknown): SettingsOptions {
  const options: SettingsOptions = {};
  if (!isRecord(settings)) return options;
  if (typeof settings.lang === 'string' && LANGS.has(settings.lang)) options.lang = settings.lang as CheckOptions['lang'];
  if (isRecord(settings.severity)) {
    const severities: Record<string, Severity | 'off'> = {};
    for (const [code, value] of Object.entries(settings.severity)) {
      if (typeof value === 'string' && SEVERITY_SETTINGS.has(value)) severities[code] = value as Severity | 'off';
    }
    if (Object.keys(severities).length > 0) options.severities = severities;
  }
  if (Array.isArray(settings.frameworks)) {
    // Built-in ids pin framework detection, as `frameworks` in thesislint.json does.
    const frameworks = settings.frameworks
      .map((id) => (typeof id === 'string' ? builtinFramework(id) : undefined))
      .filter((f): f is Framework => f !== undefined);
    if (frameworks.length > 0) options.config = { path: `settings:${SETTINGS_SECTION}.frameworks`, config: {}, frameworks };
  }
  if (Array.isArray(settings.bibliography)) {
    const paths = settings.bibliography.filter((b): b is string => typeof b === 'string' && b.trim() !== '');
    if (paths.length > 0) options.bibliographies = paths;
  }
  return options;
}

/** The manuscript with the bibliographies of `thesislint.bibliography` added (relative to its folder). */
export function withSettingsBibliographies(spec: ManuscriptSpec, options: CheckOptions): ManuscriptSpec {
  const written = (options as SettingsOptions).bibliographies;
  if (!written || written.length === 0) return spec;
  const folder = dirname(spec.files[0] ?? spec.root);
  const declared = new Set(spec.bibliographies.map((b) => b.path));
  const extra = written.map((b) => ({ written: b, path: resolvePath(folder, b) })).filter((b) => !declared.has(b.path));
  return extra.length > 0 ? { ...spec, bibliographies: [...spec.bibliographies, ...extra] } : spec;
}

/**
 * The settings carried by `initializationOptions`, which clients send either as the section
 * itself (`{ lang }`) or wrapped (`{ thesislint: { lang } }` or `{ settings: { thesislint: … } }`).
 */
export function settingsFromInitializationOptions(init: unknown): unknown {
  if (!isRecord(init)) return undefined;
  if (isRecord(init.settings) && isRecord(init.settings[SETTINGS_SECTION])) return init.settings[SETTINGS_SECTION];
  if (isRecord(init[SETTINGS_SECTION])) return init[SETTINGS_SECTION];
  return init;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
