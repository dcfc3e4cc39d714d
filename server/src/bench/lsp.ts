// The bundled language server measured through a real stdio client (vscode-jsonrpc, as editors
// use it): open the edited file, wait for its first diagnostics, then
//   edits   one-character edits one after another, each timed from sending didChange to
//           receiving the publishDiagnostics of that document version (a typist's pause between);
//   typing  characters sent at a fixed rate (10 a second): for every keystroke, how long until
//           diagnostics of that text or a newer one arrive. Its maximum is the oldest the
//           diagnostics on screen ever were while typing (20–25 s when outdated checks ran to
//           their end before the next started).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export interface LatencyResult {
  /**
   * didOpen → first diagnostics of the document: on a first check the server publishes the
   * findings of the checks that need no costly analysis (citations, reference list,
   * bibliography) before the statistics and coverage analyses have run.
   */
  firstCheckMs: number;
  /** didOpen → the end of the first full check (the server's thesislint/checked notification, sent with its diagnostics). */
  firstCompleteMs: number;
  /** Per edit, didChange → diagnostics for that version. */
  latenciesMs: number[];
  /** Per keystroke while typing at `typingRate` characters a second, keystroke → diagnostics of that text or newer. */
  stalenessMs: number[];
  /** Keystroke → diagnostics of the final text, after the last keystroke. */
  settleMs: number;
  /** Versions the server published diagnostics for while typing (fewer than keystrokes: outdated checks were abandoned). */
  typingPublishes: number;
  diagnostics: number;
  /** Peak resident memory of the server process (VmHWM), when the platform reports it. */
  peakRssMb?: number;
  rssMb?: number;
}

function vm(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Where typing happens: at the end of a prose paragraph in the middle of the file. */
function typingPoint(text: string, from: number): number {
  const re = /[a-z]\.\n/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + 1 : from;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LatencyOptions {
  edits: number;
  typed: number;
  typingRate: number;
  nodeOptions?: string[];
  timeoutMs?: number;
}

export async function measureLatency(serverScript: string, file: string, languageId: string, options: LatencyOptions): Promise<LatencyResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), serverScript, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).toString();
  /** Arrival time of each published version of the document. */
  const arrivals = new Map<number, { at: number; params: PublishDiagnosticsParams }>();
  let notify: (() => void) | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    if (params.uri !== uri || params.version === undefined) return;
    arrivals.set(params.version, { at: performance.now(), params });
    notify?.();
  });
  /** Arrival times of thesislint/checked (sent after each full check, with its diagnostics). */
  const checks: number[] = [];
  connection.onNotification('thesislint/checked', () => {
    checks.push(performance.now());
    notify?.();
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`language server exited (${code}): ${stderr}`))));
  died.catch(() => undefined);
  /** The first arrival of `version` or a newer one. */
  const atLeast = (version: number) => {
    let best: { at: number; params: PublishDiagnosticsParams } | undefined;
    for (const [v, a] of arrivals) if (v >= version && (!best || a.at < best.at)) best = a;
    return best;
  };
  const published = (version: number): Promise<{ at: number; params: PublishDiagnosticsParams }> => {
    const deadline = performance.now() + timeoutMs;
    return Promise.race([
      died,
      new Promise<{ at: number; params: PublishDiagnosticsParams }>((resolve, reject) => {
        const poll = () => {
          const a = arrivals.get(version);
          if (a) return resolve(a);
          if (performance.now() > deadline) return reject(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`));
          notify = poll;
          setTimeout(poll, 50).unref();
        };
        poll();
      }),
    ]);
  };

  try {
    await Promise.race([died, connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {} })]);
    await connection.sendNotification('initialized', {});
    let text = fs.readFileSync(file, 'utf8');
    let version = 1;
    let t0 = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    const first = await published(1);
    const firstCheckMs = first.at - t0;
    // The first full check: edits are timed after it.
    await Promise.race([
      died,
      new Promise<void>((resolve, reject) => {
        const deadline = performance.now() + timeoutMs;
        const poll = () => {
          if (checks.length > 0) return resolve();
          if (performance.now() > deadline) return reject(new Error(`no full check within ${timeoutMs} ms`));
          notify = poll;
          setTimeout(poll, 50).unref();
        };
        poll();
      }),
    ]);
    const firstCompleteMs = checks[0] - t0;
    // Let the server settle (its collection after a first check) before timing edits.
    await sleep(500);

    const at = typingPoint(text, Math.floor(text.length / 2));
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    let character = at - (before.lastIndexOf('\n') + 1);
    const words = ' thesislint checks every keystroke while the student keeps writing';
    let typedSoFar = 0;
    const type = async () => {
      const ch = words[typedSoFar++ % words.length];
      version++;
      text = text.slice(0, at + typedSoFar - 1) + ch + text.slice(at + typedSoFar - 1);
      const sent = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }],
      });
      character++;
      return { version, sent };
    };

    const latenciesMs: number[] = [];
    for (let i = 0; i < options.edits; i++) {
      const { version: v, sent } = await type();
      const result = await published(v);
      latenciesMs.push(result.at - sent);
      // A typist's pause: lets the server finish whatever follows a publish.
      await sleep(60);
    }

    await sleep(1000);
    const keystrokes: { version: number; sent: number }[] = [];
    const interval = 1000 / options.typingRate;
    const start = performance.now();
    for (let i = 0; i < options.typed; i++) {
      // Keystrokes on a fixed clock, however long the server takes.
      const due = start + i * interval;
      const now = performance.now();
      if (due > now) await sleep(due - now);
      keystrokes.push(await type());
    }
    const last = keystrokes[keystrokes.length - 1];
    const final = await published(last.version);
    const stalenessMs = keystrokes.map((k) => (atLeast(k.version)?.at ?? final.at) - k.sent);
    const typingPublishes = [...arrivals.keys()].filter((v) => v >= keystrokes[0].version).length;
    t0 = last.sent;
    const peakRssMb = vm(child.pid!, 'VmHWM');
    const rssMb = vm(child.pid!, 'VmRSS');
    return {
      firstCheckMs,
      firstCompleteMs,
      latenciesMs,
      stalenessMs,
      settleMs: final.at - t0,
      typingPublishes,
      diagnostics: final.params.diagnostics.length,
      peakRssMb,
      rssMb,
    };
  } finally {
    try {
      await Promise.race([connection.sendRequest('shutdown'), sleep(2000)]);
      await connection.sendNotification('exit');
    } catch {
      // Killed below.
    }
    connection.dispose();
    setTimeout(() => {
      if (child.exitCode === null) child.kill();
    }, 1000).unref();
  }
}
