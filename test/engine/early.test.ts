// A first check in the language server yields an early result (CheckOptions.early): the findings
// of the checks that need neither the statistics nor the coverage analysis, shown while those run.
// For every fixture, the early result must hold exactly what the final result holds of its codes
// (and of the manuscript's own problems), and the final result must be exactly that of a check
// run without it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, checkProjectSteps, discoverManuscripts, MemoryHost, type CheckResult, type EarlyStep } from '../../server/src/engine';
import { registry } from '../../server/src/engine/checks/registry';
import { UNUSED_SUPPRESSION } from '../../server/src/engine/codes';
import { resolvePath } from '../../server/src/engine/paths';
import { DiskHost } from '../../server/src/node/diskHost';
import { fixtureCases, type CaseOptions } from '../fixtureRunner';

const CHECK_CODES = new Set(registry.map((c) => c.meta.code));

/** The early steps and the final result of a check with `early`. */
function earlyRun(...args: Parameters<typeof checkProjectSteps>): { early: EarlyStep[]; result: CheckResult } {
  const steps = checkProjectSteps(args[0], args[1], { ...args[2], early: true });
  const early: EarlyStep[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { early, result: next.value };
    if (typeof next.value !== 'string') early.push(next.value);
  }
}

/** What the early result must hold: the final findings of its codes and of no check at all (problems of the manuscript), no unused suppression. */
function expectedEarly(result: CheckResult, codes: string[]): CheckResult['findings'] {
  const early = new Set(codes);
  return result.findings.filter((f) => early.has(f.code) || (!CHECK_CODES.has(f.code) && f.code !== UNUSED_SUPPRESSION && f.code !== 'internal/check-failed'));
}

describe('the early result of a first check', () => {
  it('holds exactly the final findings of the citation, reference-list and bibliography checks, and leaves the final result unchanged', () => {
    const cases = fixtureCases();
    expect(cases.length).toBeGreaterThan(100);
    let earlyFindings = 0;
    let laterFindings = 0;
    for (const caseDir of cases) {
      let options: CaseOptions = {};
      if (fs.existsSync(path.join(caseDir, 'case.json'))) options = JSON.parse(fs.readFileSync(path.join(caseDir, 'case.json'), 'utf8')) as CaseOptions;
      const host = new DiskHost();
      const { manuscripts } = discoverManuscripts(options.paths ?? ['.'], host, { cwd: caseDir });
      const bibliographies = (options.bib ?? []).map((written) => ({ written, path: resolvePath(caseDir, written) }));
      for (const spec of manuscripts) {
        const plain = checkProject(spec, host, { overrides: { bibliographies } });
        const { early, result } = earlyRun(spec, host, { overrides: { bibliographies } });
        expect({ caseDir, findings: result.findings }).toEqual({ caseDir, findings: plain.findings });
        expect(early.length).toBe(1);
        const [step] = early;
        // Every citation, reference-list and bibliography check, and none of the statistics or coverage checks.
        expect(step.codes).toEqual(registry.map((c) => c.meta.code).filter((code) => /^(?:citation|references|bibliography)\//.test(code)));
        expect({ caseDir, findings: step.result.findings }).toEqual({ caseDir, findings: expectedEarly(result, step.codes) });
        earlyFindings += step.result.findings.length;
        laterFindings += result.findings.length - step.result.findings.length;
      }
    }
    // Both kinds are there to compare.
    expect(earlyFindings).toBeGreaterThan(50);
    expect(laterFindings).toBeGreaterThan(50);
  }, 300_000);

  it('reports no suppression as unused early, where the checks that may use it have not run', () => {
    const text =
      '# Hasil\n\n<!-- thesislint-disable-next-line stats/table-mismatch -->\nSebanyak 30 responden (60%) setuju (Sen, 2014).\n\n# Daftar Pustaka\n\n- Sen, A. (2014). *Development as freedom*.\n';
    const host = new MemoryHost(new Map([['/p/s.md', text]]));
    const spec = { root: '/p/s.md', markup: 'markdown' as const, files: ['/p/s.md'], bibliographies: [], projectFiles: [] };
    const { early, result } = earlyRun(spec, host, {});
    expect(result.findings.map((f) => f.code)).toEqual([UNUSED_SUPPRESSION]);
    expect(early[0].result.findings).toEqual([]);
  });
});
