// Entry point of the language server (bundled to dist/server.js). Transport flags --stdio,
// --node-ipc, --socket=N and --pipe=NAME are read by createConnection; stdio is the default.
import './stdioGuard';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { CachingDiskHost } from '../node/diskHost';
import { HeapPacer } from './memory';
import { ThesislintServer } from './server';
import { requestGuard } from './requestGuard';
import serverPackage from '../../package.json';

if (!process.argv.slice(2).some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all, { messageStrategy: requestGuard() });

// A bug in one check must never take the editor's diagnostics down with it: log and carry on.
function logFatal(kind: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  try {
    connection.console.error(`${kind}: ${detail}`);
  } catch {
    process.stderr.write(`${kind}: ${detail}\n`);
  }
}
process.on('uncaughtException', (error) => logFatal('Uncaught exception', error));
process.on('unhandledRejection', (reason) => logFatal('Unhandled rejection', reason));

new ThesislintServer(connection, { baseHost: new CachingDiskHost(), heap: new HeapPacer(), version: serverPackage.version }).listen();
connection.listen();
