// The JSON schema of thesislint.json / .thesislintrc.json for editors (VS Code's jsonValidation
// completes and validates the file with it), generated from the loader's own zod schema: the
// same keys and descriptions, framework definitions spelled out from frameworkSchema, and one
// property per code of the catalogue under `severity`. test/lsp/features/schema.test.ts keeps the
// committed client/schemas/thesislint.schema.json equal to this and checks it against loadConfig.
import { z } from 'zod';
import { frameworkSchema } from '../frameworks/schema';
import { BUILTIN_FRAMEWORK_IDS } from '../frameworks/builtin';
import { CATALOGUE } from '../codes';
import { configSchema, SEVERITY_SETTINGS } from './schema';

export function configJsonSchema(): Record<string, unknown> {
  const severity = z.enum(SEVERITY_SETTINGS);
  const codes = [...CATALOGUE].sort((a, b) => a.code.localeCompare(b.code));
  const schema = configSchema.extend({
    frameworks: z
      .array(
        z.union([
          z.enum(BUILTIN_FRAMEWORK_IDS as [string, ...string[]]).describe('A built-in framework.'),
          frameworkSchema.describe('A custom framework definition.'),
        ]),
      )
      .optional()
      .describe(configSchema.shape.frameworks.description ?? ''),
    severity: z
      .object(Object.fromEntries(codes.map((entry) => [entry.code, severity.optional().describe(`${entry.description} Default: ${entry.defaultSeverity}.`)])))
      .strict()
      .optional()
      .describe(configSchema.shape.severity.description ?? ''),
  });
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // VS Code's own keywords: the loader (jsonc-parser) accepts comments and trailing commas too.
  return { ...json, title: 'thesislint configuration', allowComments: true, allowTrailingCommas: true };
}
