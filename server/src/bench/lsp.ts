// Edit → diagnostics latency of the bundled language server through a real stdio client: open
// one chapter of the thesis, wait for its first diagnostics (the cold check), then make
// one-character edits one after another and time each from sending didChange to receiving the
// publishDiagnostics of that document version.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export interface LatencyResult {
  /** didOpen → first diagnostics of the document (the whole thesis parsed and checked). */
  firstCheckMs: number;
  /** Per edit, didChange → diagnostics for that version. */
  latenciesMs: number[];
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

/** Where the n-th edit goes: typing at the end of a paragraph in the middle of the chapter. */
function typingPoint(text: string): number {
  const middle = Math.floor(text.length / 2);
  const at = text.indexOf('.\n', middle);
  return at >= 0 ? at : middle;
}

export async function measureLatency(
  serverScript: string,
  chapter: string,
  languageId: string,
  edits: number,
  nodeOptions: string[] = [],
  timeoutMs = 120_000,
): Promise<LatencyResult> {
  const child = spawn(process.execPath, [...nodeOptions, serverScript, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(chapter).toString();
  const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
  const seen = new Map<number, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    if (params.uri !== uri || params.version === undefined) return;
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve(params);
    } else seen.set(params.version, params);
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`language server exited (${code}): ${stderr}`))));
  died.catch(() => undefined);
  const published = (version: number): Promise<PublishDiagnosticsParams> => {
    const already = seen.get(version);
    if (already) return Promise.resolve(already);
    return Promise.race([
      died,
      new Promise<PublishDiagnosticsParams>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`)), timeoutMs);
        waiting.set(version, (p) => {
          clearTimeout(timer);
          resolve(p);
        });
      }),
    ]);
  };

  try {
    await Promise.race([died, connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {} })]);
    await connection.sendNotification('initialized', {});
    const text = fs.readFileSync(chapter, 'utf8');
    let t0 = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const first = await published(1);
    const firstCheckMs = performance.now() - t0;

    // Position of the typing point as line/character (edits stay on one line).
    const at = typingPoint(text);
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    let character = at - (before.lastIndexOf('\n') + 1);
    const typed = ' thesislint checks every keystroke';
    const latenciesMs: number[] = [];
    let diagnostics = first.diagnostics.length;
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      const ch = typed[i % typed.length];
      t0 = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }],
      });
      const result = await published(version);
      latenciesMs.push(performance.now() - t0);
      diagnostics = result.diagnostics.length;
      character++;
      // A typist's pause: lets the server finish whatever follows a publish.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const peakRssMb = vm(child.pid!, 'VmHWM');
    const rssMb = vm(child.pid!, 'VmRSS');
    return { firstCheckMs, latenciesMs, diagnostics, peakRssMb, rssMb };
  } finally {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
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
