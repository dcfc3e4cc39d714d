// The shape of thesislint.json (or .thesislintrc.json): one zod schema, from which the loader
// validates a project's file (load.ts) and the JSON schema that editors complete and validate
// it with is generated (jsonSchema.ts). Error messages say what was expected; descriptions say
// what each key does.
import { z } from 'zod';
import type { Severity } from '../findings';

export const CONFIG_FILE_NAMES = ['thesislint.json', '.thesislintrc.json'] as const;

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type SeveritySetting = Severity | 'off';

export const LANGUAGES = ['id', 'en', 'auto'] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];

const stringList = z.array(z.string({ error: 'expected a string' }).min(1, { error: 'expected a non-empty string' }), {
  error: 'expected an array of strings',
});

export const LANGUAGE_DESCRIPTION =
  'Language of the manuscript\'s prose: "id" (Indonesian), "en" (English) or "auto" (read from the manuscript: babel/polyglossia, front matter `lang`, else its words). It decides how an ambiguous number such as 1.250 is read when the manuscript gives no other evidence, and the language of an abstract whose heading does not say.';

/** Longer globs are no file pattern anyone writes, and past 65,536 characters picomatch throws. */
export const MAX_GLOB_LENGTH = 1000;

export const configSchema = z
  .object({
    language: z.enum(LANGUAGES, { error: 'expected "id", "en" or "auto"' }).optional().describe(LANGUAGE_DESCRIPTION),
    files: stringList.optional().describe('File order of a multi-file Markdown manuscript, relative to this file.'),
    bibliography: stringList.optional().describe('Bibliography files (.bib, CSL-JSON) to check citations against, relative to this file.'),
    frameworks: z
      .array(z.union([z.string(), z.record(z.string(), z.unknown())]), { error: 'expected an array of built-in framework ids or framework objects' })
      .optional()
      .describe('Theoretical frameworks the manuscript uses: built-in ids or custom definitions. Pins framework detection for the coverage checks.'),
    severity: z
      .record(z.string(), z.enum(SEVERITY_SETTINGS, { error: 'expected "error", "warning", "info", "hint" or "off"' }), {
        error: 'expected an object mapping finding codes to severities',
      })
      .optional()
      .describe('Severity per finding code, or "off" to turn it off. `thesislint codes` lists the codes.'),
    ignore: z
      .array(
        z
          .string({ error: 'expected a string' })
          .min(1, { error: 'expected a non-empty string' })
          .max(MAX_GLOB_LENGTH, { error: `expected a glob of at most ${MAX_GLOB_LENGTH} characters` }),
        { error: 'expected an array of strings' },
      )
      .optional()
      .describe('Files or folders to leave out: globs relative to this file ("lampiran/**", "draft-*.md").'),
  })
  .strict()
  .describe('thesislint configuration (thesislint.json or .thesislintrc.json): applies to manuscripts in this folder and below.');

export type ThesislintConfig = z.output<typeof configSchema>;
