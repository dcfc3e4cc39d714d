// The JSON schema of thesislint.json / .thesislintrc.json for editors (VS Code's jsonValidation
// completes and validates the file with it). Generated with zod's toJSONSchema: framework
// definitions from the engine's own frameworkSchema, severity codes from the check registry, the
// top-level keys as config.ts accepts them (test/lsp/features/schema.test.ts keeps the committed
// client/schemas/thesislint.schema.json equal to this and checks it against loadConfig).
import { z } from 'zod';
import { frameworkSchema } from '../frameworks/schema';
import { BUILTIN_FRAMEWORK_IDS } from '../frameworks/builtin';
import { registry } from '../checks/registry';

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

export function configJsonSchema(): Record<string, unknown> {
  const codes = registry.map((c) => c.meta.code).sort();
  const severity = z.enum(SEVERITIES);
  const nonEmpty = z.string().min(1);
  const schema = z
    .object({
      language: z
        .enum(['id', 'en', 'auto'])
        .optional()
        .describe('Prose language of the manuscript: "id" (Indonesian), "en" (English) or "auto" (detected per section, the default).'),
      files: z.array(nonEmpty).optional().describe('File order of a multi-file Markdown manuscript, relative to this file.'),
      bibliography: z.array(nonEmpty).optional().describe('Bibliography files (.bib, CSL-JSON) to check citations against, relative to this file.'),
      frameworks: z
        .array(
          z.union([
            z.enum(BUILTIN_FRAMEWORK_IDS as [string, ...string[]]).describe('A built-in framework.'),
            frameworkSchema.describe('A custom framework definition.'),
          ]),
        )
        .optional()
        .describe('Theoretical frameworks the manuscript uses: built-in ids or custom definitions. Pins framework detection for the coverage checks.'),
      severity: z
        .object(Object.fromEntries(codes.map((code) => [code, severity.optional().describe(registry.find((c) => c.meta.code === code)!.meta.description)])))
        .strict()
        .optional()
        .describe('Severity per finding code, or "off" to turn a check off.'),
      ignore: z.array(nonEmpty).optional().describe('Files or folders to leave out (globs relative to this file).'),
    })
    .strict()
    .describe('thesislint configuration (thesislint.json or .thesislintrc.json): applies to manuscripts in this folder and below.');
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, title: 'thesislint configuration' };
}
