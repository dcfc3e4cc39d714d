// Time classes of the scalable pathological inputs (fixtures/pathological/): each input is
// checked at doubling sizes in this process, and the growth of the check time per doubling is
// printed beside its class's target: a linear check about doubles (×2), a quadratic one
// quadruples (×4). Figures only; nothing is asserted (timings belong in a report, not in tests).
import * as path from 'node:path';
import { checkManuscript, OverlayHost, type ManuscriptSpec } from '../engine/index';
import { DiskHost } from '../node/diskHost';

/** A paragraph of `n` percentages and nothing else ("12,5% 12,5% …"): the many-numbers case. */
export function manyNumbersParagraph(n: number, markup: 'markdown' | 'latex'): string {
  return markup === 'markdown' ? `# Hasil\n\n${'12,5% '.repeat(n)}\n` : `\\section{Hasil}\n\n${'12,5\\% '.repeat(n)}\n`;
}

export interface ScalingCase {
  /** The folder under fixtures/pathological/ that runs the largest size through the CLI. */
  fixture: string;
  markup: 'markdown' | 'latex';
  timeClass: 'linear';
  sizes: number[];
  text(n: number): string;
}

export const SCALING_CASES: ScalingCase[] = [
  {
    fixture: 'many-numbers-paragraph-md',
    markup: 'markdown',
    timeClass: 'linear',
    sizes: [2500, 5000, 10_000, 20_000],
    text: (n) => manyNumbersParagraph(n, 'markdown'),
  },
  {
    fixture: 'many-numbers-paragraph-tex',
    markup: 'latex',
    timeClass: 'linear',
    sizes: [2500, 5000, 10_000, 20_000],
    text: (n) => manyNumbersParagraph(n, 'latex'),
  },
];

/** Growth per doubling a class allows before the figure is flagged (×2 is exactly linear). */
const TARGET_GROWTH: Record<ScalingCase['timeClass'], number> = { linear: 2.6 };

export interface ScalingFigure {
  fixture: string;
  timeClass: ScalingCase['timeClass'];
  times: { n: number; ms: number }[];
  /** Median growth of the time from one size to the next (sizes double). */
  growth: number;
}

export function measureScaling(runs: number): ScalingFigure[] {
  const figures: ScalingFigure[] = [];
  for (const c of SCALING_CASES) {
    const file = path.resolve(`/thesislint-scaling/${c.fixture}/thesis.${c.markup === 'markdown' ? 'md' : 'tex'}`);
    const spec: ManuscriptSpec = { root: file, markup: c.markup, files: [file], bibliographies: [], projectFiles: [] };
    const times: { n: number; ms: number }[] = [];
    for (const n of c.sizes) {
      const host = new OverlayHost(new DiskHost(), new Map([[file, c.text(n)]]));
      checkManuscript(spec, host, {});
      const samples: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        checkManuscript(spec, host, {});
        samples.push(performance.now() - t0);
      }
      times.push({ n, ms: samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] });
    }
    const ratios = times
      .slice(1)
      .map((t, i) => t.ms / times[i].ms)
      .sort((a, b) => a - b);
    figures.push({ fixture: c.fixture, timeClass: c.timeClass, times, growth: ratios[Math.floor(ratios.length / 2)] });
  }
  return figures;
}

export function formatScaling(figures: ScalingFigure[]): string {
  const lines = ['Time classes of fixtures/pathological/ (check time at doubling sizes, median growth per doubling):'];
  for (const f of figures) {
    const target = TARGET_GROWTH[f.timeClass];
    const verdict = f.growth <= target ? 'meets target' : 'MISSES target';
    lines.push(
      `  ${f.fixture.padEnd(30)} ${f.times.map((t) => `${t.n.toLocaleString('en-US')}: ${Math.round(t.ms)} ms`).join(', ')}`,
      `  ${''.padEnd(30)} growth ×${f.growth.toFixed(2)} per doubling  (${verdict}: ${f.timeClass}, ≤ ×${target}; quadratic would be ×4)`,
    );
  }
  return lines.join('\n') + '\n';
}
