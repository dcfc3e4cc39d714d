// thesislint.json for the language server: found upward from the manuscript like the CLI does;
// an invalid file becomes a diagnostic on the file itself, at the offending key.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
// Imported from the modules themselves, not the engine index, which tests replace with a stand-in.
import { findConfig, isConfigError, type LoadedConfig } from '../engine/config';
import { makeSourceFile, positionAt } from '../engine/text/source';
import type { FileHost } from '../engine/host';
import type { ManuscriptSpec } from '../engine/project';
import { dirname } from '../engine/paths';

export interface ProjectConfig {
  loaded?: LoadedConfig;
  /** The configuration file, valid or not (a change to it re-checks the manuscript). */
  path?: string;
  diagnostic?: { path: string; diagnostic: Diagnostic };
}

export function projectConfig(spec: ManuscriptSpec, host: FileHost): ProjectConfig {
  const found = findConfig(host.isDirectory(spec.root) ? spec.root : dirname(spec.root), host);
  if (!found) return {};
  if (!isConfigError(found)) return { loaded: found, path: found.path };
  const { error } = found;
  const text = host.readFile(error.path) ?? '';
  const file = makeSourceFile(error.path, text);
  const start = positionAt(file, error.start ?? 0);
  const end = positionAt(file, error.end ?? error.start ?? 0);
  return {
    path: error.path,
    diagnostic: {
      path: error.path,
      diagnostic: {
        range: { start, end },
        severity: DiagnosticSeverity.Error,
        code: 'config/invalid',
        source: 'thesislint',
        message: `Invalid configuration: ${error.message}. The manuscript is checked without this file until it is fixed.`,
      },
    },
  };
}
