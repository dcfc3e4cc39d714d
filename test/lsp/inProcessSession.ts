// The language server in this process, talking to a client over in-memory streams: tests can
// reach the server's state (its ParseCache) and give it a scripted engine (ServerOptions.check).
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ThesislintServer, type ServerOptions } from '../../server/src/lsp/server';
import { DiskHost } from '../../server/src/node/diskHost';

export class InProcessSession {
  readonly client: MessageConnection;
  readonly server: ThesislintServer;
  /** What the server logged (window/logMessage). */
  readonly log: string[] = [];
  private readonly connection: Connection;
  private readonly publishes: PublishDiagnosticsParams[] = [];
  private readonly listeners = new Set<() => void>();

  /** `waitMs`: how long `next` and `published` wait before failing. */
  constructor(
    private readonly waitMs = 3000,
    check?: ServerOptions['check'],
    checkSteps?: ServerOptions['checkSteps'],
  ) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    this.connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    this.server = new ThesislintServer(this.connection, { baseHost: new DiskHost(), check, checkSteps });
    this.server.listen();
    this.connection.listen();
    this.client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.publishes.push(params);
      for (const listener of this.listeners) listener();
    });
    this.client.onNotification('window/logMessage', (params: { message: string }) => this.log.push(params.message));
    this.client.listen();
  }

  async initialize(): Promise<void> {
    await this.client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await this.client.sendNotification('initialized', {});
  }

  open(uri: string, text: string, languageId = 'markdown') {
    return this.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }
  change(uri: string, version: number, text: string) {
    return this.client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }
  close(uri: string) {
    return this.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]) {
    return this.client.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** The diagnostics of the next publish for `uri`. */
  async next(uri: string): Promise<Diagnostic[]> {
    return (await this.take((p) => p.uri === uri, `${uri}`)).diagnostics;
  }

  /** The publish for `uri` with `version` (an open document's). */
  published(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.take((p) => p.uri === uri && p.version === version, `${uri} v${version}`);
  }

  /** Every publish so far, consumed: lets a test assert that nothing else was sent. */
  drain(): PublishDiagnosticsParams[] {
    return this.publishes.splice(0);
  }

  dispose(): void {
    this.client.dispose();
    this.connection.dispose();
  }

  /** The first publish (already received or still to come) that `matches`, consumed. */
  private take(matches: (p: PublishDiagnosticsParams) => boolean, what: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const take = () => {
        const index = this.publishes.findIndex(matches);
        if (index < 0) return false;
        const [found] = this.publishes.splice(index, 1);
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const listener = () => void take();
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`Nothing published for ${what}; log:\n${this.log.join('\n')}`));
      }, this.waitMs);
      if (!take()) this.listeners.add(listener);
    });
  }
}
