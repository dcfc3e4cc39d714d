// The JSON schema VS Code uses for thesislint.json (client/schemas/thesislint.schema.json): it is
// the one generated from the engine's zod schemas, and it accepts and rejects what loadConfig does.
// After a change to the configuration or the catalogue: UPDATE_GENERATED=1 npx vitest run test/lsp/features/schema.test.ts test/catalogue
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../../server/src/engine/config/jsonSchema';
import { isConfigError, loadConfig } from '../../../server/src/engine/index';

const repo = join(__dirname, '..', '..', '..');
const schemaPath = join(repo, 'client', 'schemas', 'thesislint.schema.json');
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
if (process.env.UPDATE_GENERATED === '1' || process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaPath, generated);

describe('thesislint.json schema', () => {
  it('is the generated one', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
  });

  it('is contributed to VS Code for thesislint.json and .thesislintrc.json', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'client', 'package.json'), 'utf8'));
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: ['thesislint.json', '.thesislintrc.json'], url: './schemas/thesislint.schema.json' }]);
    expect(pkg.files).toContain('schemas/thesislint.schema.json');
  });

  const samples: [string, unknown, boolean][] = [
    ['empty', {}, true],
    [
      'every key',
      {
        language: 'id',
        files: ['bab1.md', 'bab2.md'],
        bibliography: ['refs.bib'],
        frameworks: ['ansell-gash-2008'],
        severity: { 'citation/year-mismatch': 'warning', 'references/unsorted': 'off' },
        ignore: ['draft/**'],
      },
      true,
    ],
    [
      'a custom framework',
      { frameworks: [{ id: 'my-model', name: 'My model (2020)', dimensions: [{ id: 'trust', label: { en: 'trust', id: 'kepercayaan' } }] }] },
      true,
    ],
    ['an unknown key', { lang: 'id' }, false],
    ['a wrong language', { language: 'fr' }, false],
    ['an unknown code', { severity: { 'citation/year': 'off' } }, false],
    ['a wrong severity', { severity: { 'citation/year-mismatch': 'fatal' } }, false],
    ['an unknown built-in framework', { frameworks: ['ansell-gash'] }, false],
    ['a framework without dimensions', { frameworks: [{ id: 'my-model', name: 'My model', dimensions: [] }] }, false],
    ['files that are not strings', { files: [1] }, false],
  ];
  const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  it.each(samples)('agrees with loadConfig on %s', (_name, config, valid) => {
    expect(validate(config)).toBe(valid);
    expect(!isConfigError(loadConfig('/p/thesislint.json', JSON.stringify(config)))).toBe(valid);
  });
});
