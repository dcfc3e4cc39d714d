// Turns the editor's `thesislint` settings (untrusted JSON) into engine CheckOptions.
import type { CheckOptions, Severity } from '../engine/index';

export const SETTINGS_SECTION = 'thesislint';

const LANGS = new Set(['auto', 'id', 'en']);
const SEVERITY_SETTINGS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/**
 * Options from a settings object shaped like `{ lang, severity }`. Unknown or malformed values
 * are ignored rather than rejected: a typo in settings.json must not stop the checks.
 */
export function optionsFromSettings(settings: unknown): CheckOptions {
  const options: CheckOptions = {};
  if (!isRecord(settings)) return options;
  if (typeof settings.lang === 'string' && LANGS.has(settings.lang)) options.lang = settings.lang as CheckOptions['lang'];
  if (isRecord(settings.severity)) {
    const severities: Record<string, Severity | 'off'> = {};
    for (const [code, value] of Object.entries(settings.severity)) {
      if (typeof value === 'string' && SEVERITY_SETTINGS.has(value)) severities[code] = value as Severity | 'off';
    }
    if (Object.keys(severities).length > 0) options.severities = severities;
  }
  return options;
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
