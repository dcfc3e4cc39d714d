// The editor's `thesislint` settings (untrusted JSON) as the engine's overrides: what the user set
// in the editor wins over thesislint.json, as a CLI flag does (engine/config/apply.ts).
import {
  builtinFramework,
  LANGUAGES,
  SEVERITY_SETTINGS,
  type Framework,
  type LanguageSetting,
  type ManuscriptSpec,
  type Overrides,
  type SeveritySetting,
} from '../engine/index';
import { dirname, resolvePath } from '../engine/paths';

export const SETTINGS_SECTION = 'thesislint';

/** The settings that were valid; the rest is ignored. */
export interface EditorSettings {
  lang?: LanguageSetting;
  severity?: Record<string, SeveritySetting>;
  /** Built-in frameworks (`thesislint.frameworks`): pin coverage detection, as `frameworks` in thesislint.json does. */
  frameworks?: readonly Framework[];
  /** `thesislint.bibliography`: paths as written, relative to the manuscript's folder. */
  bibliography?: string[];
  /** `thesislint.enable`: false turns every check and feature off. */
  enable: boolean;
  /** `thesislint.run`: check on every change (`onType`, the default) or only when a file is saved. */
  run: 'onType' | 'onSave';
  /** `thesislint.completion.authorYear`: complete "Author, Year" in parentheses. */
  completeAuthorYear: boolean;
}

/**
 * Settings from an object shaped like `{ lang, severity, frameworks, bibliography }`. Unknown or
 * malformed values are ignored rather than rejected: a typo in settings.json must not stop the
 * checks.
 */
export function settingsFrom(raw: unknown): EditorSettings {
  const settings: EditorSettings = { enable: true, run: 'onType', completeAuthorYear: true };
  if (!isRecord(raw)) return settings;
  if (raw.enable === false) settings.enable = false;
  if (raw.run === 'onSave') settings.run = 'onSave';
  // Both the nested object and the dotted key, as clients send either.
  const completion = isRecord(raw.completion) ? raw.completion.authorYear : raw['completion.authorYear'];
  if (completion === false) settings.completeAuthorYear = false;
  if (typeof raw.lang === 'string' && (LANGUAGES as readonly string[]).includes(raw.lang)) settings.lang = raw.lang as LanguageSetting;
  if (isRecord(raw.severity)) {
    const severity: Record<string, SeveritySetting> = {};
    for (const [code, value] of Object.entries(raw.severity)) {
      if (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) severity[code] = value as SeveritySetting;
    }
    if (Object.keys(severity).length > 0) settings.severity = severity;
  }
  if (Array.isArray(raw.frameworks)) {
    const frameworks = raw.frameworks.map((id) => (typeof id === 'string' ? builtinFramework(id) : undefined)).filter((f): f is Framework => f !== undefined);
    if (frameworks.length > 0) settings.frameworks = frameworks;
  }
  if (Array.isArray(raw.bibliography)) {
    const paths = raw.bibliography.filter((b): b is string => typeof b === 'string' && b.trim() !== '');
    if (paths.length > 0) settings.bibliography = paths;
  }
  return settings;
}

/** The overrides the settings make for one manuscript (bibliographies relative to its folder). */
export function overridesFor(settings: EditorSettings, spec: ManuscriptSpec): Overrides {
  const folder = dirname(spec.files[0] ?? spec.root);
  return {
    lang: settings.lang,
    severity: settings.severity,
    frameworks: settings.frameworks,
    bibliographies: settings.bibliography?.map((b) => ({ written: b, path: resolvePath(folder, b) })),
  };
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
