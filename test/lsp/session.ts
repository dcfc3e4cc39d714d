// A minimal LSP client for tests: spawns the bundled server and records what it publishes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** The bundle under test; THESISLINT_SERVER points elsewhere (e.g. a build against a stub engine). */
export const SERVER_BUNDLE = process.env.THESISLINT_SERVER ?? fileURLToPath(new URL('../../server/dist/server.js', import.meta.url));
export const SERVER_BIN = fileURLToPath(new URL('../../server/bin/thesislint-language-server.js', import.meta.url));

const WAIT_MS = 5000;

export interface SessionOptions {
  /** Command-line arguments after the script; `--stdio` by default. */
  args?: string[];
  script?: string;
  /** Answered to workspace/configuration; when omitted the client does not advertise it. */
  settings?: () => unknown;
  initializationOptions?: unknown;
  /** The client's display language (InitializeParams.locale), e.g. "id". */
  locale?: string;
  /** Client capabilities added to the defaults (e.g. textDocument.diagnostic for pull diagnostics). */
  capabilities?: { textDocument?: Record<string, unknown>; workspace?: Record<string, unknown>; window?: Record<string, unknown> };
  /** Client capabilities beyond the defaults (e.g. workspace.workspaceEdit.documentChanges). */
  workspace?: Record<string, unknown>;
}

export class Session {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  stderr = '';
  /** Anything on stdout that is not a well-formed message (a stray console.log, say). */
  readonly protocolErrors: Error[] = [];
  /** Capabilities the server registered dynamically. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** Rejects when the server process ends, so that waiting tests fail at once with its log. */
  private readonly died: Promise<never>;
  private readonly queues = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();

  constructor(private readonly options: SessionOptions = {}) {
    this.child = spawn(process.execPath, [options.script ?? SERVER_BUNDLE, ...(options.args ?? ['--stdio'])], { stdio: 'pipe' });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onError(([error]) => this.protocolErrors.push(error));
    this.died = new Promise<never>((_, reject) => {
      this.child.once('exit', (code, signal) => reject(new Error(`The server exited (code ${code}, signal ${signal}).\nServer log:\n${this.stderr}`)));
      this.child.once('error', (error) => reject(error));
    });
    this.died.catch(() => undefined);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const waiting = this.waiters.get(params.uri);
      if (waiting && waiting.length > 0) waiting.shift()!(params);
      else this.queue(params.uri).push(params);
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => (this.stderr += params.message + '\n'));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings?.() ?? null));
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const request = this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: {
          configuration: this.options.settings !== undefined,
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...this.options.workspace,
          ...this.options.capabilities?.workspace,
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          ...this.options.capabilities?.textDocument,
        },
        window: this.options.capabilities?.window,
      },
      initializationOptions: this.options.initializationOptions,
      ...(this.options.locale ? { locale: this.options.locale } : {}),
    });
    const result = await Promise.race([request, this.died]);
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next publishDiagnostics for `uri` (already received or still to come). */
  nextPublish(uri: string, timeoutMs = WAIT_MS): Promise<PublishDiagnosticsParams> {
    const queued = this.queue(uri).shift();
    if (queued) return Promise.resolve(queued);
    const published = new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const waiter = (params: PublishDiagnosticsParams) => {
        clearTimeout(timer);
        resolve(params);
      };
      const timer = setTimeout(() => {
        const list = this.waiters.get(uri) ?? [];
        list.splice(list.indexOf(waiter), 1);
        reject(new Error(`No diagnostics were published for ${uri} within ${timeoutMs} ms.\nServer log:\n${this.stderr}`));
      }, timeoutMs);
      let list = this.waiters.get(uri);
      if (!list) this.waiters.set(uri, (list = []));
      list.push(waiter);
    });
    return Promise.race([published, this.died]);
  }

  async nextDiagnostics(uri: string, timeoutMs = WAIT_MS): Promise<Diagnostic[]> {
    return (await this.nextPublish(uri, timeoutMs)).diagnostics;
  }

  /** True when nothing was published for `uri` that the test has not consumed yet. */
  nothingQueuedFor(uri: string): boolean {
    return this.queue(uri).length === 0;
  }

  /** Shuts the server down as a client should, then makes sure the process is gone. */
  async dispose(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return;
      await withTimeout(this.connection.sendRequest('shutdown'), 2000);
      await this.connection.sendNotification('exit');
      await withTimeout(exited, 2000);
    } catch {
      // A server that does not shut down cleanly is killed; the test that cares asserts the exit itself.
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    }
  }

  private queue(uri: string): PublishDiagnosticsParams[] {
    let list = this.queues.get(uri);
    if (!list) this.queues.set(uri, (list = []));
    return list;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
