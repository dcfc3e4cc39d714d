// VS Code client: starts the bundled language server and hands it the thesis documents.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Kept in step with MANUSCRIPT_LANGUAGES of the server; bibtex is synced so unsaved .bib edits count. */
const LANGUAGES = ['markdown', 'latex', 'tex', 'quarto', 'rmd', 'rmarkdown', 'bibtex'];
const WATCHED_FILES_GLOB = '**/*.{bib,json,yaml,yml,md,qmd,rmd,Rmd,tex}';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // Source maps turn the stack traces the server logs when a check fails into readable ones.
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps'] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps', '--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('thesislint');
  // Bibliographies and project files are rarely open, so the server learns of their changes here.
  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES_GLOB);
  context.subscriptions.push(outputChannel, watcher);

  const clientOptions: LanguageClientOptions = {
    // Only files on disk: the server resolves chapters and bibliographies relative to them.
    documentSelector: LANGUAGES.map((language) => ({ scheme: 'file', language })),
    synchronize: { configurationSection: 'thesislint', fileEvents: watcher },
    outputChannel,
    // The watcher above already reports file events; this stops the server registering a second one.
    initializationOptions: { clientWatchesFiles: true, settings: { thesislint: settingsSnapshot() } },
  };
  client = new LanguageClient('thesislint', 'thesislint', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

/** Plain JSON copy of the settings (a WorkspaceConfiguration object does not serialise cleanly). */
function settingsSnapshot(): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration('thesislint');
  return { lang: configuration.get('lang'), severity: configuration.get('severity') };
}
