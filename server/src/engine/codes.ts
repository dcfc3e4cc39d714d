// The catalogue of every finding code thesislint can emit: the registered checks (each carries its
// own `meta`) and the codes the engine emits itself (model problems, suppressions, configuration,
// a failed check). Everything that lists codes reads it: configuration validation, the severity
// table, SARIF rules, the HTML report's families, `thesislint codes`, the JSON schema of
// thesislint.json and the extension's settings. test/catalogue/ fails when a code lacks its docs
// section (docs/codes.md), its README row, its fixtures or its settings entry.
import type { Severity } from './findings';
import { registry } from './checks/registry';

export interface CodeMeta {
  /** Stable code `family/kebab-name`; for a check, also its file name and fixture folder. */
  code: string;
  /** One sentence: what the code reports. */
  description: string;
  defaultSeverity: Severity;
  /** A quick fix exists for its findings. */
  fixable?: boolean;
}

export interface CatalogueEntry extends CodeMeta {
  family: FamilyId;
  /** `check`: a registered check; `engine`: emitted by the engine around the checks. */
  source: 'check' | 'engine';
}

export const FAMILIES = [
  { id: 'citation', title: 'Citations' },
  { id: 'references', title: 'Reference list' },
  { id: 'bibliography', title: 'Bibliography files' },
  { id: 'stats', title: 'Statistics' },
  { id: 'coverage', title: 'Framework coverage' },
  { id: 'suppression', title: 'Suppressions' },
  { id: 'manuscript', title: 'Manuscript files' },
  { id: 'config', title: 'Configuration' },
  { id: 'internal', title: 'thesislint itself' },
] as const;

export type FamilyId = (typeof FAMILIES)[number]['id'];

export const UNUSED_SUPPRESSION = 'suppression/unused';
export const FILE_NOT_FOUND = 'manuscript/file-not-found';
export const INCLUDE_CYCLE = 'manuscript/include-cycle';
export const OUTSIDE_PROJECT = 'manuscript/outside-project';
export const PARSE_PROBLEM = 'manuscript/parse-problem';
export const UNCLOSED_BLOCK = 'manuscript/unclosed-block';
export const CONFIG_INVALID = 'config/invalid';
export const CHECK_FAILED = 'internal/check-failed';

/** The codes the engine emits itself, outside the registered checks. */
const ENGINE_CODES: readonly CodeMeta[] = [
  { code: UNUSED_SUPPRESSION, description: 'A suppression comment that silences no finding.', defaultSeverity: 'warning' },
  { code: FILE_NOT_FOUND, description: 'A manuscript file or an included file that cannot be read.', defaultSeverity: 'error' },
  {
    code: OUTSIDE_PROJECT,
    description: 'A declared file (bibliography, chapter, included file) outside the project folder: it is not read.',
    defaultSeverity: 'warning',
  },
  { code: INCLUDE_CYCLE, description: 'A LaTeX file that includes itself through \\input/\\include.', defaultSeverity: 'warning' },
  { code: PARSE_PROBLEM, description: 'A part of a file that could not be parsed.', defaultSeverity: 'info' },
  {
    code: UNCLOSED_BLOCK,
    description: 'A code block or verbatim environment that is never closed and would swallow the rest of its file; the rest is still checked as text.',
    defaultSeverity: 'warning',
  },
  { code: CONFIG_INVALID, description: 'A thesislint.json that cannot be used; the manuscript is checked without it.', defaultSeverity: 'error' },
  { code: CHECK_FAILED, description: 'A check that failed on this manuscript and was skipped.', defaultSeverity: 'warning' },
];

function familyOf(code: string): FamilyId {
  const family = FAMILIES.find((f) => code.startsWith(`${f.id}/`));
  if (!family) throw new Error(`The code ${code} belongs to no family of the catalogue`);
  return family.id;
}

/** Every code, checks first (in registry order), then the engine's own. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...registry.map((check) => ({ ...check.meta, family: familyOf(check.meta.code), source: 'check' as const })),
  ...ENGINE_CODES.map((meta) => ({ ...meta, family: familyOf(meta.code), source: 'engine' as const })),
];

const byCode = new Map(CATALOGUE.map((entry) => [entry.code, entry]));

export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return byCode.get(code);
}

export function isKnownCode(code: string): boolean {
  return byCode.has(code);
}

/** The title of the family a code belongs to ("Citations"). */
export function familyTitle(code: string): string {
  const id = byCode.get(code)?.family ?? code.split('/')[0];
  return FAMILIES.find((f) => f.id === id)?.title ?? id;
}
