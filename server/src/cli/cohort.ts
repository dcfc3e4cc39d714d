// Checking many manuscripts at once (a supervisor's cohort, a folder of theses): a pool of
// worker threads, each running the same engine, with a progress bar on stderr when it is a
// terminal. The CLI bundle is its own worker script, so nothing extra has to be shipped.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { cpus } from 'node:os';
import { checkResolved, OverlayHost, summarizeCheck, type CheckResult, type ResolvedProject } from '../engine';
import { DiskHost } from '../node/diskHost';

import type { ReportedResult } from '../report/result';
import { abstractCoverageSummary, coverageMatrixHtml } from '../report/coverage';

/** What a worker sends back: the part of a CheckResult the formatters read (structured-cloneable). */
export type PortableResult = ReportedResult;

interface WorkerInput {
  thesislintWorker: true;
  /** The manuscripts with their configuration resolved (each may have its own thesislint.json). */
  projects: ResolvedProject[];
  /** Texts that are not on disk as such (Word files converted to Markdown). */
  overlay: [string, string][];
}

export function toPortable(result: CheckResult): PortableResult {
  // Only files a finding points into travel back; the rest would be copied for nothing.
  const used = new Set(result.findings.flatMap((f) => [f.file, ...(f.related ?? []).map((r) => r.file)]));
  const files = new Map([...result.files].filter(([path]) => used.has(path)));
  return {
    spec: result.spec,
    findings: result.findings,
    files,
    checked: summarizeCheck(result),
    coverageSummary: abstractCoverageSummary(result),
    coverageHtml: coverageMatrixHtml(result),
  };
}

/** Checks `specs` on `threads` workers; calls `progress` after each manuscript. Keeps input order. */
export async function checkInWorkers(
  projects: ResolvedProject[],
  overlay: Map<string, string>,
  script: string,
  progress: (done: number, total: number, root: string) => void,
  threads = Math.max(1, Math.min(cpus().length, projects.length)),
): Promise<PortableResult[]> {
  const specs = projects.map((p) => p.spec);
  const results: PortableResult[] = new Array(specs.length);
  let next = 0;
  let done = 0;
  const runOne = (worker: Worker, index: number) =>
    new Promise<void>((resolve) => {
      const onMessage = (message: PortableResult) => {
        worker.off('error', onError);
        results[index] = message;
        progress(++done, specs.length, specs[index].root);
        resolve();
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        results[index] = { spec: specs[index], findings: [], files: new Map(), error: error.message };
        progress(++done, specs.length, specs[index].root);
        resolve();
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(index);
    });
  const lane = async () => {
    const workerData = { thesislintWorker: true, projects, overlay: [...overlay] } satisfies WorkerInput;
    let worker = new Worker(script, { workerData });
    while (next < specs.length) {
      const index = next++;
      await runOne(worker, index);
      if (results[index].error) {
        // A crashed worker is replaced; the manuscript it was on is reported as failed.
        await worker.terminate();
        worker = new Worker(script, { workerData });
      }
    }
    await worker.terminate();
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return results;
}

/** Runs in a worker thread: checks the manuscripts it is told to, one message per manuscript. */
export function runWorkerIfThisIsOne(): boolean {
  if (isMainThread || !(workerData as WorkerInput | undefined)?.thesislintWorker) return false;
  const { projects, overlay } = workerData as WorkerInput;
  const host = new OverlayHost(new DiskHost(), new Map(overlay));
  parentPort!.on('message', (index: number) => {
    try {
      parentPort!.postMessage(toPortable(checkResolved(projects[index], host)));
    } catch (error) {
      parentPort!.postMessage({
        spec: projects[index].spec,
        findings: [],
        files: new Map(),
        error: error instanceof Error ? error.message : String(error),
      } satisfies PortableResult);
    }
  });
  return true;
}

/** A one-line progress bar for a terminal: "[#####-----] 12/19 corpus/en-…". */
export function progressLine(done: number, total: number, label: string, width = 24): string {
  const filled = Math.round((done / total) * width);
  const name = label.length > 40 ? `…${label.slice(-39)}` : label;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(80);
}
