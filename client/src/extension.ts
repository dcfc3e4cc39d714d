// VS Code client: starts the bundled language server, hands it the thesis documents, and adds
// the workbench around it: a status-bar item with the finding count, the pre-submission report
// in a webview, the server's log in an output channel, and the command code lenses run.
// Nothing here executes user-provided code: configuration is data, so it works in restricted mode.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

// The server's own lists (a module without imports, bundled into the extension as it is).
import { MANUSCRIPT_LANGUAGES, WATCHED_FILES_GLOB } from '../../server/src/engine/files';

/** The manuscript languages, and bibtex, so that unsaved .bib edits count. */
const LANGUAGES = [...MANUSCRIPT_LANGUAGES, 'bibtex'];
const SOURCE = 'thesislint';
const REPORT_REQUEST = 'thesislint/report';

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
    initializationOptions: { clientWatchesFiles: true, clientCommands: ['thesislint.showReferences'], settings: { thesislint: settingsSnapshot() } },
  };
  client = new LanguageClient('thesislint', 'thesislint', serverOptions, clientOptions);

  const checked = new CheckedManuscripts();
  context.subscriptions.push(createStatusBarItem(checked));
  context.subscriptions.push(
    vscode.commands.registerCommand('thesislint.openReport', () => ReportPanel.show(context)),
    vscode.commands.registerCommand('thesislint.showOutput', () => outputChannel.show(true)),
    // Code lenses ("cited 3 times") send plain JSON; the built-in command wants VS Code objects.
    vscode.commands.registerCommand('thesislint.showReferences', (uri: string, position: { line: number; character: number }, locations: LspLocation[]) =>
      vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range))),
      ),
    ),
  );
  await client.start();
  // What each check read and looked at, shown in the status bar's tooltip.
  context.subscriptions.push(client.onNotification(CHECKED_NOTIFICATION, (params: CheckedParams) => checked.update(params)));
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface LspLocation {
  uri: string;
  range: LspRange;
}

function toRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Plain JSON copy of the settings (a WorkspaceConfiguration object does not serialise cleanly). */
function settingsSnapshot(): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration('thesislint');
  return {
    lang: configuration.get('lang'),
    severity: configuration.get('severity'),
    frameworks: configuration.get('frameworks'),
    bibliography: configuration.get('bibliography'),
    enable: configuration.get('enable'),
    run: configuration.get('run'),
    completion: { authorYear: configuration.get('completion.authorYear') },
  };
}

// ---- status bar ------------------------------------------------------------------------------

const CHECKED_NOTIFICATION = 'thesislint/checked';

/** What the server says a check read (lsp/server.ts: CheckedParams; only what is shown is typed here). */
interface CheckedParams {
  root: string;
  files: string[];
  text: string;
  errors: number;
  warnings: number;
}

/** The last `thesislint/checked` of each manuscript, by root. */
class CheckedManuscripts {
  private readonly byRoot = new Map<string, CheckedParams>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  update(params: CheckedParams): void {
    this.byRoot.set(params.root, params);
    this.changed.fire();
  }

  /** The manuscript the document belongs to, else every manuscript checked. */
  describe(document: vscode.TextDocument | undefined): string {
    const uri = document?.uri.toString();
    const own = uri ? [...this.byRoot.values()].filter((p) => p.files.includes(uri) || p.root === uri) : [];
    const shown = own.length > 0 ? own : [...this.byRoot.values()];
    return shown.map((p) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(p.root))}: ${p.text}`).join('\n\n');
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Counts thesislint's diagnostics over every file, says in its tooltip what was checked; clicking opens the report. */
function createStatusBarItem(checked: CheckedManuscripts): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('thesislint.findings', vscode.StatusBarAlignment.Left, 50);
  item.name = 'thesislint findings';
  item.command = 'thesislint.openReport';
  const update = () => {
    let errors = 0;
    let warnings = 0;
    let others = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        if (d.source !== SOURCE) continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        else others++;
      }
    }
    const total = errors + warnings + others;
    item.text = `$(book) thesislint: ${total} ${total === 1 ? 'finding' : 'findings'}`;
    const counts = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${others} ${others === 1 ? 'note' : 'notes'}`;
    const what = checked.describe(vscode.window.activeTextEditor?.document);
    item.tooltip = `${counts} — open the pre-submission report${what ? `\n\nChecked: ${what}` : ''}`;
    item.show();
  };
  update();
  const subscriptions = [vscode.languages.onDidChangeDiagnostics(update), checked.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update)];
  return vscode.Disposable.from(item, checked, ...subscriptions);
}

// ---- report webview --------------------------------------------------------------------------

/** The pre-submission report (the CLI's HTML report) in a webview, refreshed as findings change. */
class ReportPanel {
  private static current: ReportPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  static show(context: vscode.ExtensionContext): void {
    const uri = activeManuscriptUri();
    if (ReportPanel.current) {
      ReportPanel.current.uri = uri ?? ReportPanel.current.uri;
      ReportPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      void ReportPanel.current.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel('thesislint.report', 'thesislint report', vscode.ViewColumn.Beside, {
      enableScripts: false,
      enableCommandUris: false,
      localResourceRoots: [],
    });
    ReportPanel.current = new ReportPanel(panel, uri);
    context.subscriptions.push(panel);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private uri: string | undefined,
  ) {
    panel.webview.html = page('<p>Checking…</p>');
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    vscode.languages.onDidChangeDiagnostics(() => this.scheduleRefresh(), undefined, this.disposables);
    void this.refresh();
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refresh();
    }, 300);
  }

  private async refresh(): Promise<void> {
    if (!client) return;
    try {
      const html = await client.sendRequest<string>(REPORT_REQUEST, { uri: this.uri });
      this.panel.webview.html = withPolicy(html);
    } catch (error) {
      this.panel.webview.html = page(`<p>The report could not be made: ${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`);
    }
  }

  private dispose(): void {
    ReportPanel.current = undefined;
    clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function activeManuscriptUri(): string | undefined {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
  const document = editor?.document;
  return document && document.uri.scheme === 'file' && LANGUAGES.includes(document.languageId) ? document.uri.toString() : undefined;
}

/** The report has no scripts and loads nothing: a policy that allows only its inline styles. */
function withPolicy(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
  return html.includes('<head>') ? html.replace('<head>', `<head>\n${policy}`) : page(html);
}

function page(body: string): string {
  return withPolicy(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
