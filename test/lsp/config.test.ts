// thesislint.json in the language server: applied to the manuscript, and an invalid one gets a
// diagnostic of its own at the offending key.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { Session } from './session';

const TEXT = [
  '# Pendahuluan',
  '',
  'Kemiskinan tetap menjadi tantangan (Sen, A., 2024).',
  '',
  '# Daftar Pustaka',
  '',
  '- Sen, A. (2014). *Development as freedom*. Oxford University Press.',
  '',
].join('\n');

function project(config: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-lsp-config-')));
  fs.writeFileSync(path.join(dir, 'thesislint.json'), config);
  fs.writeFileSync(path.join(dir, 'bab1.md'), TEXT);
  return dir;
}

describe('thesislint.json in the language server', () => {
  let session: Session;
  beforeAll(async () => {
    session = new Session();
    await session.initialize();
  });
  afterAll(() => session.dispose());

  it('applies the severity table of a valid file', async () => {
    const dir = project('{ "severity": { "citation/year-mismatch": "warning" } }');
    const uri = URI.file(path.join(dir, 'bab1.md')).toString();
    await session.open(uri, TEXT);
    const diagnostics = await session.nextDiagnostics(uri);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['citation/year-mismatch', 2]]);
    await session.close(uri);
  });

  it('publishes a diagnostic on an invalid file, at its key, and still checks the manuscript', async () => {
    const config = '{\n  "severity": { "citation/year-mismatch": "of" }\n}\n';
    const dir = project(config);
    const uri = URI.file(path.join(dir, 'bab1.md')).toString();
    const configUri = URI.file(path.join(dir, 'thesislint.json')).toString();
    await session.open(uri, TEXT);
    expect((await session.nextDiagnostics(uri)).map((d) => [d.code, d.severity])).toEqual([['citation/year-mismatch', 1]]);
    expect(await session.nextDiagnostics(configUri)).toEqual([
      {
        range: { start: { line: 1, character: 16 }, end: { line: 1, character: 40 } },
        severity: 1,
        code: 'config/invalid',
        codeDescription: { href: 'https://github.com/thesislint/thesislint/blob/main/docs/codes.md#config-invalid' },
        source: 'thesislint',
        message:
          'Invalid configuration: severity["citation/year-mismatch"]: expected "error", "warning", "info", "hint" or "off", got the string "of". The manuscript is checked without this file until it is fixed.',
      },
    ]);
    await session.close(uri);
  });
});
