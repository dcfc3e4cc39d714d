// Every fixture folder is a manuscript with its exact expected findings (expected.json).
// Cases named ok-* must produce none. THESISLINT_WRITE_FIXTURES=1 writes a missing expected.json
// (to be read and checked by hand before it is committed); it never overwrites one.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CHECK_FAILED } from '../server/src/engine';
import { runCase, type ExpectedFinding } from './fixtureRunner';

const root = join(__dirname, '..', 'fixtures');

function caseDirs(): { code: string; name: string; dir: string }[] {
  const out: { code: string; name: string; dir: string }[] = [];
  for (const family of readdirSync(root)) {
    const familyDir = join(root, family);
    if (!statSync(familyDir).isDirectory()) continue;
    for (const check of readdirSync(familyDir)) {
      const checkDir = join(familyDir, check);
      if (!statSync(checkDir).isDirectory()) continue;
      for (const name of readdirSync(checkDir)) {
        const dir = join(checkDir, name);
        if (statSync(dir).isDirectory()) out.push({ code: `${family}/${check}`, name, dir });
      }
    }
  }
  return out;
}

const cases = caseDirs();

describe('fixtures', () => {
  it.each(cases.map((c) => [`${c.code}/${c.name}`, c] as const))('%s', (_label, c) => {
    const actual = runCase(c.dir);
    const expectedPath = join(c.dir, 'expected.json');
    if (!existsSync(expectedPath) && process.env.THESISLINT_WRITE_FIXTURES) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedFinding[];
    expect(actual).toEqual(expected);
    if (c.name.startsWith('ok-')) expect(actual).toEqual([]);
  });

  // Every code of the catalogue but internal/check-failed (which needs a check that crashes:
  // test/engine.test.ts makes one).
  it('has a reporting case and a silent case for every code', () => {
    for (const { code } of CATALOGUE.filter((c) => c.code !== CHECK_FAILED)) {
      const own = cases.filter((c) => c.code === code);
      const reporting = own.filter((c) => !c.name.startsWith('ok-'));
      expect(reporting.length, `${code} needs a case that reports`).toBeGreaterThan(0);
      expect(own.length - reporting.length, `${code} needs an ok-* case`).toBeGreaterThan(0);
      for (const c of reporting) {
        const findings = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as ExpectedFinding[];
        expect(
          findings.some((f) => f.code === code),
          `${c.code}/${c.name} reports ${code}`,
        ).toBe(true);
      }
    }
  });

  it('holds no folder that is not a code of the catalogue', () => {
    const codes = new Set(CATALOGUE.map((c) => c.code));
    expect(
      [...new Set(cases.map((c) => c.code))].filter((code) => !codes.has(code) && !code.startsWith('examples/') && !code.startsWith('pathological/')),
    ).toEqual([]);
  });
});
