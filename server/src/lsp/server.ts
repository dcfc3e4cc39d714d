// Document and manuscript bookkeeping of the language server: which open document belongs to
// which manuscript, when each manuscript is re-checked, and which files get which diagnostics.
//
// Model: every open manuscript document (Markdown, LaTeX, Quarto, …) belongs to exactly one
// manuscript, keyed by its spec's root. A manuscript lives while at least one of its documents
// is open. Each check replaces the diagnostics the manuscript contributes to every file it read
// (chapters, bibliographies, project files); what a file shows is the union over manuscripts,
// because two manuscripts may share a bibliography.
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  describeChecked,
  activationReason,
  checkProjectSteps,
  isManuscriptFile,
  localeOf,
  manuscriptFor,
  markupFor,
  OverlayHost,
  ParseCache,
  MANUSCRIPT_LANGUAGES,
  PROJECT_FILE_NAMES,
  summarizeCheck,
  WATCHED_FILES_GLOB,
  type CheckedSummary,
  type CheckResult,
  type EarlyStep,
  type FileHost,
  type Locale,
  type ManuscriptSpec,
  type ProjectOptions,
} from '../engine/index';
import { basename, dirname } from '../engine/paths';
import { checkFailedDiagnostic, diagnosticsByFile } from './diagnostics';
import { isRecord, overridesFor, settingsFrom, settingsFromInitializationOptions, SETTINGS_SECTION, type EditorSettings } from './settings';
import { pathFromUri, uriFromPath } from './uris';
import { FEATURE_CAPABILITIES, registerFeatures, SERVER_COMMANDS, SHOW_REFERENCES_COMMAND } from './features/index';
import type { HeapPacer } from './memory';
import { registerRequestGuard } from './requestGuard';

const PROJECT_FILES = new Set(PROJECT_FILE_NAMES);
/**
 * Sent after every check of a manuscript: what it read and looked at (`CheckedParams`), for the
 * editor's status bar: "0 errors" means nothing unless it says what was checked.
 */
export const CHECKED_NOTIFICATION = 'thesislint/checked';

export interface CheckedParams {
  /** The manuscript's root (a file or a project folder) as a URI. */
  root: string;
  /** The URIs of its files, so that a client can tell which manuscript an open document is in. */
  files: string[];
  summary: CheckedSummary;
  /** The summary in one line ("24 files; 131 citations: all checked against 95 reference entries, 125 resolved; …"). */
  text: string;
  errors: number;
  warnings: number;
}

/**
 * A manuscript is checked this long after its last change, at least: it only gathers messages
 * already on their way (a replace across files). It adds to every edit's latency, so it is short.
 */
export const CHECK_DELAY_MS = 1;
/**
 * A manuscript whose checks are slow waits for a pause in typing: a quarter of its last check's
 * time, up to this. Each keystroke restarts the wait, so no check starts only to be abandoned by
 * the next keystroke (its parse would cost the CPU the final check needs); a check that started
 * is abandoned between slices when a change comes, unless that would leave diagnostics older than
 * STALE_BUDGET_MS (see `worthFinishing`). Fast manuscripts wait CHECK_DELAY_MS,
 * and so does a change that comes when no check of the manuscript is waiting or running (an edit
 * after the diagnostics of the last one arrived): only a change that comes while the last is still
 * on its way is typing.
 */
export const MAX_CHECK_DELAY_MS = 150;
/**
 * A first check of a manuscript this long (characters of its files) publishes the findings of its
 * citation, reference-list and bibliography checks before the statistics and coverage analyses
 * run, which take seconds on a whole thesis (CheckOptions.early); a shorter one publishes once.
 */
export const EARLY_MIN_CHARS = 100_000;
/**
 * How old diagnostics may grow while the user types: a running check that a newer change
 * overtakes is abandoned (the newest text wins) unless abandoning it would leave the oldest change
 * it covers without diagnostics for longer than this (the issue-15 target is 300 ms).
 */
export const STALE_BUDGET_MS = 250;
/** Past this the settings request is given up on, so a silent client cannot stall all checks. */
const SETTINGS_TIMEOUT_MS = 2000;
/** Checks slower than this are logged, to make performance problems reportable. */
const SLOW_CHECK_MS = 1000;
/** A check reads new messages (and gives up when a newer text has come) at least this often. */
const SLICE_MS = 8;
/** Characters of LaTeX the first parse of a file reads per turn of the event loop (≈ 20–60 ms of the grammar). */
const LATEX_SLICE_CHARS = 12_000;
/** How long a pull-diagnostics request waits for the check of the text it is about. */
const PULL_WAIT_MS = 10_000;

interface ManuscriptState {
  key: string;
  spec?: ManuscriptSpec;
  /** Paths of the open manuscript documents that belong to this manuscript. */
  openDocuments: Set<string>;
  /** Every file the last check read or reported on; a change to any of them re-checks. */
  dependencies: Set<string>;
  /** The diagnostics this manuscript contributes, per file. */
  diagnostics: Map<string, Diagnostic[]>;
  timer?: ReturnType<typeof setTimeout>;
  /** Counts runs, so a run that waited for settings can tell a newer one has started since. */
  generation: number;
  /** What the last check parsed: warmed file by file before the next check (see `prepare`). */
  parsed: { path: string; kind: 'model' | 'database' }[];
  /** The last successful check, read by the editor features (hover, quick fixes, …). */
  result?: CheckResult;
  /** The settings of the last run (whether to check on every change or on save only). */
  settings?: EditorSettings;
  /** Whether the last run found this to be a manuscript (see engine/activation.ts) with thesislint enabled. */
  active?: boolean;
  /** How long the last finished check took (parse, build and analyses), which sets the wait before the next. */
  lastCheckMs?: number;
  /** Runs started and not yet ended (finished, abandoned or failed). */
  running?: number;
  /** The texts of the open documents the last finished run saw (a pull request waits for its text). */
  checkedTexts: Map<string, string>;
  /** When each change of a document not yet covered by published diagnostics came, oldest first (see `worthFinishing`). */
  uncovered: number[];
  /** A newer change waits for the run that was let finish (see `worthFinishing`): checked as soon as it has published. */
  rerun?: boolean;
}

export interface ServerOptions {
  /** Where files that are not open in the editor are read from (the disk, in production). */
  baseHost: FileHost;
  version?: string;
  /** Collects garbage between the files of a first check and when typing pauses (see memory.ts). */
  heap?: HeapPacer;
  /** The pipeline a check runs, at once (tests script their own); when absent, `checkSteps` runs. */
  check?: (spec: ManuscriptSpec, host: FileHost, options: ProjectOptions) => CheckResult;
  /** The pipeline in slices (the engine's checkProjectSteps; tests script their own). */
  checkSteps?: (spec: ManuscriptSpec, host: FileHost, options: ProjectOptions) => Generator<unknown, CheckResult, void>;
}

export class ThesislintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly manuscripts = new Map<string, ManuscriptState>();
  private readonly manuscriptOfDocument = new Map<string, string>();
  /** URI of each open document by path, so diagnostics go to the URI the client used. */
  private readonly openUris = new Map<string, string>();
  /** URIs once seen for a path; keeps a closed document's diagnostics under the same URI. */
  private readonly knownUris = new Map<string, string>();
  /** The URI and JSON of what was last published per path, to skip identical republishing. */
  private readonly published = new Map<string, { uri: string; json: string }>();

  private capabilities: ClientCapabilities = {};
  /** The folders the client opened: a manuscript inside one may read files anywhere in it. */
  private workspaceRoots: string[] = [];
  private initializationSettings: unknown;
  private pushedSettings: unknown;
  private clientWatchesFiles = false;
  /** The workspace folders' paths (an undeclared bibliography is looked for up to the one holding a manuscript). */
  private workspaceFolders: string[] = [];
  /** The client pulls diagnostics of open documents (LSP 3.17 textDocument/diagnostic); the server pushes the rest. */
  private pull = false;
  private readonly settingsCache = new Map<string, Promise<EditorSettings>>();
  private clientLocale: Locale | undefined;
  /** Whether the client runs thesislint.showReferences itself (it says so in initializationOptions.clientCommands). */
  private readonly clientShowsReferences = { value: false };
  private shuttingDown = false;
  /**
   * Source files, parsed models and bibliographies of every file some manuscript reads, keyed by
   * path and text: a check re-parses only the files that changed since the last one. Files no
   * manuscript reads any more are dropped after every check.
   */
  readonly parseCache = new ParseCache();

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions,
  ) {
    const heap = options.heap;
    if (heap) this.parseCache.afterParse = () => heap.duringBurst();
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.registerFileWatchers());
    connection.onDidChangeConfiguration((change) => {
      const settings = isRecord(change.settings) ? change.settings[SETTINGS_SECTION] : undefined;
      if (settings !== undefined) this.pushedSettings = settings;
      this.settingsCache.clear();
      this.scheduleAll();
    });
    connection.onDidChangeWatchedFiles((params) => this.guard('watched files', () => this.filesChanged(params)));
    connection.onShutdown(() => {
      this.shuttingDown = true;
      for (const state of this.manuscripts.values()) clearTimeout(state.timer);
    });
    documents.onDidOpen((event) => this.guard('open', () => this.opened(event.document)));
    documents.onDidChangeContent((event) => this.guard('change', () => this.changed(event.document)));
    documents.onDidClose((event) => this.guard('close', () => this.closed(event.document)));
    documents.onDidSave((event) => this.guard('save', () => this.saved(event.document)));
    connection.languages.diagnostics.on((params) => this.pullDiagnostics(params.textDocument.uri));
    registerRequestGuard(connection);
    registerFeatures({
      connection,
      documents,
      latestResults: () => this.latestResults(),
      uriOf: (path) => this.uriOf(path),
      version: this.options.version,
      settingsFor: (uri) => this.settingsFor(uri),
      localeFor: async (uri) => (await this.settingsFor(uri)).locale ?? this.clientLocale ?? 'en',
      clientShowsReferences: this.clientShowsReferences,
      canShowDocument: () => this.capabilities.window?.showDocument?.support === true,
      documentChanges: () => this.capabilities.workspace?.workspaceEdit?.documentChanges === true,
      readDisk: (path) => this.options.baseHost.readFile(path),
    });
    documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspaceFolders = folders.map((uri) => pathFromUri(uri)).filter((p): p is string => p !== undefined && p !== '');
    this.workspaceRoots = folders.flatMap((uri) => pathFromUri(uri) ?? []);
    this.initializationSettings = settingsFromInitializationOptions(params.initializationOptions);
    // The editor's display language (InitializeParams.locale): messages follow it unless thesislint.locale is set.
    this.clientLocale = localeOf(params.locale ?? undefined);
    this.clientWatchesFiles = isRecord(params.initializationOptions) && params.initializationOptions.clientWatchesFiles === true;
    const clientCommands = isRecord(params.initializationOptions) ? params.initializationOptions.clientCommands : undefined;
    this.clientShowsReferences.value = Array.isArray(clientCommands) && clientCommands.includes(SHOW_REFERENCES_COMMAND);
    this.pull = params.capabilities.textDocument?.diagnostic !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...FEATURE_CAPABILITIES,
        // Commands the client runs itself (the VS Code extension's) are not declared: a client
        // registers every declared command, and two registrations of one name fail.
        executeCommandProvider: { commands: this.clientShowsReferences.value ? [] : [...SERVER_COMMANDS] },
        diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false },
      },
      serverInfo: { name: 'thesislint', version: this.options.version },
    };
  }

  private registerFileWatchers(): void {
    if (this.clientWatchesFiles || !this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES_GLOB }] })
      .catch((error: unknown) => this.logError('Registering the file watcher failed', error));
  }

  // ---- documents -----------------------------------------------------------------------------

  private opened(document: TextDocument): void {
    const path = pathFromUri(document.uri);
    if (!path) return;
    this.openUris.set(path, document.uri);
    // The first keystroke in an open document re-parses only around it (see ParseCache.pin).
    this.parseCache.pin(this.openUris.keys());
    this.knownUris.set(path, document.uri);
    if (isManuscriptDocument(document, path)) this.assign(path, this.resolveSpec(path));
  }

  private changed(document: TextDocument): void {
    const path = pathFromUri(document.uri);
    if (!path) return;
    // Each manuscript once: a second call for the same change would take it for typing (see schedule).
    const keys = new Set<string>();
    const key = this.manuscriptOfDocument.get(path);
    if (key && this.manuscripts.get(key)?.settings?.run !== 'onSave') keys.add(key);
    for (const state of this.manuscripts.values()) if (state.dependencies.has(path) && state.settings?.run !== 'onSave') keys.add(state.key);
    const now = Date.now();
    for (const k of keys) {
      this.manuscripts.get(k)?.uncovered.push(now);
      this.schedule(k);
    }
  }

  /** With `thesislint.run: onSave`, a save is what re-checks (with onType the change already did). */
  private saved(document: TextDocument): void {
    const path = pathFromUri(document.uri);
    if (!path) return;
    const keys = new Set<string>();
    const key = this.manuscriptOfDocument.get(path);
    if (key && this.manuscripts.get(key)?.settings?.run === 'onSave') keys.add(key);
    for (const state of this.manuscripts.values()) if (state.dependencies.has(path) && state.settings?.run === 'onSave') keys.add(state.key);
    for (const k of keys) this.schedule(k);
  }

  private closed(document: TextDocument): void {
    const path = pathFromUri(document.uri);
    if (!path) return;
    this.openUris.delete(path);
    this.parseCache.pin(this.openUris.keys());
    const key = this.manuscriptOfDocument.get(path);
    this.manuscriptOfDocument.delete(path);
    const state = key ? this.manuscripts.get(key) : undefined;
    if (state) {
      state.openDocuments.delete(path);
      // With no document of it open, nobody is looking at this manuscript any more.
      if (state.openDocuments.size === 0) this.drop(state);
      else this.schedule(state.key);
    }
    // Whoever still reads this file now reads the disk version instead of the editor's.
    this.scheduleDependants(path);
    this.publish([path]);
  }

  /** Files created, deleted or changed on disk (saves of open documents are already known). */
  private filesChanged(params: DidChangeWatchedFilesParams): void {
    const seen = new Set<string>();
    for (const change of params.changes) {
      const path = pathFromUri(change.uri);
      if (!path || seen.has(`${change.type}:${path}`)) continue;
      seen.add(`${change.type}:${path}`);
      if (change.type === FileChangeType.Changed && this.openUris.has(path)) continue;
      // A new or removed file, or a changed project file, can change which files a manuscript
      // has (a chapter appears, a LaTeX root is created): re-check manuscripts living nearby.
      const structural = change.type !== FileChangeType.Changed || PROJECT_FILES.has(basename(path));
      for (const state of this.manuscripts.values()) {
        if (state.dependencies.has(path) || (structural && this.foldersOf(state).has(dirname(path)))) this.schedule(state.key);
      }
    }
  }

  // ---- manuscripts ---------------------------------------------------------------------------

  private resolveSpec(path: string, host: FileHost = this.host()): ManuscriptSpec | undefined {
    try {
      const spec = manuscriptFor(path, host, this.parseCache.derived);
      // An undeclared .bib is looked for up to the workspace folder that holds the manuscript.
      const folder = this.workspaceFolders.filter((f) => path.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
      return folder ? { ...spec, searchRoot: folder } : spec;
    } catch (error) {
      this.logError(`Finding the manuscript of ${path} failed`, error);
      return undefined;
    }
  }

  /** Puts an open document into the manuscript of `spec` (its own one when none was found). */
  private assign(path: string, spec: ManuscriptSpec | undefined): void {
    const key = spec?.root ?? path;
    const previousKey = this.manuscriptOfDocument.get(path);
    if (previousKey !== undefined && previousKey !== key) {
      const previous = this.manuscripts.get(previousKey);
      previous?.openDocuments.delete(path);
      if (previous && previous.openDocuments.size === 0) this.drop(previous);
    }
    let state = this.manuscripts.get(key);
    if (!state) {
      state = {
        key,
        openDocuments: new Set(),
        dependencies: new Set([path]),
        diagnostics: new Map(),
        generation: 0,
        parsed: [],
        checkedTexts: new Map(),
        uncovered: [],
      };
      this.manuscripts.set(key, state);
    }
    state.spec = spec;
    state.openDocuments.add(path);
    this.manuscriptOfDocument.set(path, key);
    this.schedule(key);
  }

  /** Schedules a check of the manuscript; `now` starts it without waiting for a pause in typing. */
  private schedule(key: string, now = false): void {
    const state = this.manuscripts.get(key);
    if (!state || this.shuttingDown) return;
    const typing = !now && (state.timer !== undefined || (state.running ?? 0) > 0);
    const wait = typing ? Math.min(MAX_CHECK_DELAY_MS, Math.max(CHECK_DELAY_MS, Math.round((state.lastCheckMs ?? 0) / 4))) : CHECK_DELAY_MS;
    // A fast manuscript keeps its first pending timer (fast typing still gets feedback); a slow one waits for a pause.
    if (state.timer && wait <= CHECK_DELAY_MS && !now) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.running = (state.running ?? 0) + 1;
      this.run(state)
        .catch((error: unknown) => this.logError(`Checking ${state.key} failed`, error))
        .finally(() => state.running!--);
    }, wait);
  }

  private scheduleAll(): void {
    for (const key of this.manuscripts.keys()) this.schedule(key);
  }

  private scheduleDependants(path: string): void {
    for (const state of this.manuscripts.values()) if (state.dependencies.has(path)) this.schedule(state.key);
  }

  private drop(state: ManuscriptState): void {
    clearTimeout(state.timer);
    this.manuscripts.delete(state.key);
    for (const path of state.openDocuments) this.manuscriptOfDocument.delete(path);
    this.publish(state.diagnostics.keys());
    this.trimCache();
  }

  /** Keeps cached files only while some manuscript still reads them (or is about to, on its first check). */
  private trimCache(): void {
    const used = new Set<string>();
    for (const state of this.manuscripts.values()) {
      for (const path of state.dependencies) used.add(path);
      for (const path of state.spec?.files ?? []) used.add(path);
    }
    this.parseCache.retain(used);
  }

  /** Whether a newer change (or a close) has overtaken the run numbered `generation`. */
  private overtaken(state: ManuscriptState, generation: number): boolean {
    return this.manuscripts.get(state.key) !== state || state.timer !== undefined || generation !== state.generation || this.shuttingDown;
  }

  /**
   * Whether the run numbered `generation`, which reads the texts of `snapshot`, goes on: it is not
   * overtaken, or it is worth finishing (then the newest text is checked as soon as it has published).
   */
  private goOn(state: ManuscriptState, generation: number, snapshot: number): boolean {
    if (!this.overtaken(state, generation)) return true;
    if (!this.worthFinishing(state, generation, snapshot)) return false;
    clearTimeout(state.timer);
    state.timer = undefined;
    state.rerun = true;
    return true;
  }

  /**
   * Whether a run that a newer change has overtaken (and nothing else: a close, a newer run)
   * should rather finish: it covers the oldest change still without diagnostics, and abandoning it
   * would leave that change uncovered for longer than STALE_BUDGET_MS — the wait for a pause and
   * a whole check of the newest text — where finishing it takes what is left of this one. While a
   * manuscript checks faster than keys are typed, outdated checks are abandoned as before.
   */
  private worthFinishing(state: ManuscriptState, generation: number, snapshot: number): boolean {
    if (this.manuscripts.get(state.key) !== state || generation !== state.generation || this.shuttingDown || state.timer === undefined) return false;
    const oldest = state.uncovered[0];
    const estimate = state.lastCheckMs;
    if (oldest === undefined || oldest > snapshot || estimate === undefined) return false;
    const wait = Math.min(MAX_CHECK_DELAY_MS, Math.max(CHECK_DELAY_MS, Math.round(estimate / 4)));
    return Date.now() + wait + estimate - oldest > STALE_BUDGET_MS;
  }

  /**
   * Parses, one file per turn of the event loop, the files of the manuscript whose text is not
   * cached yet, so that the synchronous check that follows only assembles and analyses. Between
   * files the server reads new messages: a change, close or shutdown that arrives meanwhile
   * abandons this run (false) and the next run starts from what is cached by then. On a first
   * check of a large thesis this keeps the server answering instead of parsing for a second.
   */
  private async prepare(state: ManuscriptState, spec: ManuscriptSpec, host: FileHost, generation: number, snapshot: number): Promise<boolean> {
    const files = state.parsed.length > 0 ? state.parsed : spec.files.map((path) => ({ path, kind: 'model' as const }));
    for (const { path, kind } of files) {
      const text = host.readFile(path);
      if (text === undefined || this.parseCache.has(path, text)) continue;
      if (kind === 'database') this.parseCache.database(path, text);
      else {
        const markup = markupFor(path, spec.markup);
        if (markup === 'latex' && !this.parseCache.hasLatexTrees(path)) {
          // A LaTeX file read for the first time: its chunks a slice of characters per turn (what
          // is found does not depend on how long this takes; see engine/parse/latex.ts). An edit
          // of a file read before re-parses only its changed chunks, in the check (and a long file
          // read in segments walks only the segments the edit changed).
          while (!this.parseCache.prepareLatex(path, text, LATEX_SLICE_CHARS)) {
            await yieldToEventLoop();
            if (!this.goOn(state, generation, snapshot)) return false;
          }
        }
        const segments = this.parseCache.segmentsOf(path, text, markup);
        if (segments) {
          // A long file read as segments (engine/segments.ts): one segment per turn.
          for (const segment of segments) {
            if (this.parseCache.has(segment.path, segment.text)) continue;
            this.parseCache.model(segment.path, segment.text, markup);
            await yieldToEventLoop();
            if (!this.goOn(state, generation, snapshot)) return false;
          }
          continue;
        }
        this.parseCache.model(path, text, markup);
      }
      await yieldToEventLoop();
      if (!this.goOn(state, generation, snapshot)) return false;
    }
    return true;
  }

  private async run(state: ManuscriptState): Promise<void> {
    if (this.manuscripts.get(state.key) !== state) return;
    // One snapshot of the disk and the open documents for the whole run: each file is read once.
    const snapshot = Date.now();
    /** The version of each open document as this run reads it: its diagnostics are of that version. */
    const versions = new Map<string, number>();
    const host = this.host(versions);
    // An edit may have moved documents to another manuscript (an \input removed, a project
    // file created), so membership is resolved afresh before every check.
    for (const path of [...state.openDocuments]) {
      const spec = this.resolveSpec(path, host);
      if ((spec?.root ?? path) !== state.key) this.assign(path, spec);
      else state.spec = spec;
    }
    if (this.manuscripts.get(state.key) !== state) return;
    const generation = ++state.generation;
    const [firstDocument] = state.openDocuments;
    const settings = await this.settingsFor(this.uriOf(firstDocument));
    // While the settings were fetched the manuscript may have closed, or a newer change may have
    // started or scheduled another run: that one sees the newest text, so this one would be wasted.
    if (this.overtaken(state, generation)) return;
    state.settings = settings;
    const texts = new Map([...state.openDocuments].map((path) => [path, host.readFile(path) ?? '']));
    // Switched off, or not a manuscript (a README, a note): nothing is checked or shown.
    const found = state.spec ?? this.resolveSpec(firstDocument, host);
    if (!settings.enable || !found || !this.isActive(found, host, settings)) {
      state.active = false;
      state.result = undefined;
      state.checkedTexts = texts;
      state.uncovered = [];
      const touched = new Set([...state.diagnostics.keys(), ...state.openDocuments]);
      state.diagnostics = new Map();
      state.dependencies = new Set([...state.openDocuments, ...(found?.files ?? []), ...(found?.projectFiles ?? [])]);
      this.publish(touched, versions);
      return;
    }
    state.active = true;
    // A change to any file this manuscript reads overtakes the run, so `host` is still current.
    const preparing = Date.now();
    if (state.spec && !(await this.prepare(state, state.spec, host, generation, snapshot))) return;
    const prepared = Date.now() - preparing;

    const started = Date.now();
    this.options.heap?.busy();
    let diagnostics: Map<string, Diagnostic[]>;
    let dependencies: Set<string>;
    let checked: CheckedParams | undefined;
    try {
      // The same pipeline as the CLI's: thesislint.json found upward, editor settings over it (an
      // invalid file becomes a config/invalid diagnostic on itself), the check, ignored files.
      // A long manuscript's first check shows the findings of the checks that need no costly
      // analysis (citations, reference list, bibliography) as soon as they are known, then all.
      const early = state.lastCheckMs === undefined && found.files.reduce((n, path) => n + (host.readFile(path)?.length ?? 0), 0) >= EARLY_MIN_CHARS;
      const options: ProjectOptions = { overrides: overridesFor(settings, found), cache: this.parseCache, roots: this.workspaceRoots, early };
      let result: CheckResult;
      if (this.options.check) result = this.options.check(found, host, options);
      else {
        // In slices: between them the server reads new messages, and a newer text abandons this
        // check (the newest text wins; an outdated check is not run to its end).
        const steps = (this.options.checkSteps ?? checkProjectSteps)(found, host, options);
        let sliceStart = Date.now();
        for (;;) {
          const next = steps.next();
          if (next.done) {
            result = next.value;
            break;
          }
          if (isEarlyStep(next.value)) {
            this.publishEarly(state, next.value.result, settings, versions);
            sliceStart = 0;
          }
          if (Date.now() - sliceStart < SLICE_MS) continue;
          await yieldToEventLoop();
          if (!this.goOn(state, generation, snapshot)) {
            steps.return(undefined as never);
            return;
          }
          sliceStart = Date.now();
        }
      }
      state.parsed = parsedFiles(result);
      state.result = result;
      const locale = settings.locale ?? this.clientLocale ?? 'en';
      checked = this.checkedParams(result, locale);
      diagnostics = diagnosticsByFile(result.findings, result.files, (path) => this.uriOf(path), locale);
      const spec = result.spec;
      dependencies = new Set([
        ...result.files.keys(),
        ...spec.files,
        ...spec.projectFiles,
        ...spec.bibliographies.map((b) => b.path),
        ...state.openDocuments,
        ...(result.configPath ? [result.configPath] : []),
      ]);
    } catch (error) {
      this.logError(`Checking ${state.key} failed`, error);
      state.result = undefined;
      const failure = checkFailedDiagnostic(error, settings.locale ?? this.clientLocale ?? 'en');
      diagnostics = new Map([...state.openDocuments].map((path) => [path, [failure]]));
      // Keep listening to the files of the last good check: fixing one of them may fix this.
      dependencies = new Set([...state.dependencies, ...state.openDocuments]);
    }
    state.checkedTexts = texts;
    state.uncovered = state.uncovered.filter((at) => at > snapshot);
    const elapsed = Date.now() - started;
    state.lastCheckMs = elapsed + prepared;
    if (elapsed > SLOW_CHECK_MS) this.connection.console.info(`Checking ${state.key} took ${elapsed} ms.`);

    const touched = new Set([...state.diagnostics.keys(), ...diagnostics.keys(), ...state.openDocuments]);
    const added = [...dependencies].filter((path) => !state.dependencies.has(path));
    state.diagnostics = diagnostics;
    state.dependencies = dependencies;
    this.trimCache();
    // Before publishing: a collection after a first check then delays its diagnostics (seconds
    // in coming) rather than the user's first keystrokes.
    this.options.heap?.afterCheck();
    this.publish(touched, versions);
    if (checked)
      this.connection.sendNotification(CHECKED_NOTIFICATION, checked).catch((error: unknown) => this.logError('Sending what was checked failed', error));
    // An open document this manuscript now includes may still sit in a manuscript of its own
    // (a root just gained \input{it}); re-checking that one lets the document move over.
    for (const path of added) {
      const owner = this.manuscriptOfDocument.get(path);
      if (owner !== undefined && owner !== state.key) this.schedule(owner);
    }
    if (state.rerun) {
      state.rerun = false;
      this.schedule(state.key, true);
    }
  }

  /**
   * The findings of a first check's early step (CheckOptions.early): shown while the rest of the
   * check runs, and replaced by its result. The editor features keep reading the last full result.
   */
  private publishEarly(state: ManuscriptState, result: CheckResult, settings: EditorSettings, versions: Map<string, number>): void {
    const diagnostics = diagnosticsByFile(result.findings, result.files, (path) => this.uriOf(path), settings.locale ?? this.clientLocale ?? 'en');
    const touched = new Set([...state.diagnostics.keys(), ...diagnostics.keys(), ...state.openDocuments]);
    state.diagnostics = diagnostics;
    this.publish(touched, versions);
  }

  /** What a check read and looked at, as the client is told (CHECKED_NOTIFICATION). */
  private checkedParams(result: CheckResult, locale: Locale): CheckedParams | undefined {
    // `manuscript` is opaque to the server; a stubbed engine may leave it out.
    if (!result.manuscript) return undefined;
    const summary = summarizeCheck(result);
    const root = summary.root;
    const shown = (path: string) => {
      const folder = isManuscriptFile(root) ? dirname(root) : root;
      return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : path;
    };
    return {
      root: this.uriOf(root),
      files: summary.files.map((f) => this.uriOf(f)),
      summary,
      text: describeChecked(summary, shown, locale),
      errors: result.findings.filter((f) => f.severity === 'error').length,
      warnings: result.findings.filter((f) => f.severity === 'warning').length,
    };
  }

  /** The last successful check of every live manuscript. */
  latestResults(): CheckResult[] {
    return [...this.manuscripts.values()].flatMap((state) => (state.result ? [state.result] : []));
  }

  // ---- publishing ----------------------------------------------------------------------------

  /** Publishes what every manuscript gives each of `paths`; an open document's as of `versions` (the text checked), else its current version. */
  private publish(paths: Iterable<string>, versions?: Map<string, number>): void {
    let refresh = false;
    for (const path of paths) {
      // Open documents' diagnostics are pulled by a client that can: it is told to pull again.
      if (this.pull && this.openUris.has(path)) {
        refresh = true;
        continue;
      }
      const diagnostics = this.combinedDiagnostics(path);
      const uri = this.uriOf(path);
      const json = JSON.stringify(diagnostics);
      const last = this.published.get(path);
      const open = this.openUris.has(path);
      if (last && last.uri !== uri) this.send(last.uri, []);
      // Open documents get every result, so the client knows each check finished.
      if (!open && last?.uri === uri && last.json === json) continue;
      if (!open && !last && diagnostics.length === 0) continue;
      this.send(uri, diagnostics, open ? (versions?.get(path) ?? this.documents.get(uri)?.version) : undefined);
      if (diagnostics.length === 0 && !open) this.published.delete(path);
      else this.published.set(path, { uri, json });
    }
    if (refresh && this.capabilities.workspace?.diagnostics?.refreshSupport) this.connection.languages.diagnostics.refresh();
  }

  /**
   * textDocument/diagnostic: the diagnostics of the document's current text, once the check of
   * that text has finished (bounded wait; a manuscript that is switched off or not a manuscript
   * has none).
   */
  private async pullDiagnostics(uri: string): Promise<DocumentDiagnosticReport> {
    const path = pathFromUri(uri);
    const deadline = Date.now() + PULL_WAIT_MS;
    while (path && Date.now() < deadline && !this.shuttingDown) {
      const key = this.manuscriptOfDocument.get(path);
      const state = key ? this.manuscripts.get(key) : undefined;
      const text = this.documents.get(uri)?.getText();
      if (!state || text === undefined) break;
      if (state.checkedTexts.get(path) === text && !state.timer) break;
      await delay(20);
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: path ? this.combinedDiagnostics(path) : [] };
  }

  /** Whether the manuscript of `spec` shows it is one (engine/activation.ts), remembered per text. */
  private isActive(spec: ManuscriptSpec, host: FileHost, settings: EditorSettings): boolean {
    return activationReason(spec, host, (settings.bibliography?.length ?? 0) > 0, this.parseCache.derived) !== undefined;
  }

  private combinedDiagnostics(path: string): Diagnostic[] {
    const contributing = [...this.manuscripts.values()].filter((state) => (state.diagnostics.get(path)?.length ?? 0) > 0);
    // One manuscript (the usual case): nothing to merge.
    if (contributing.length <= 1) return contributing[0]?.diagnostics.get(path) ?? [];
    const combined: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const state of contributing) {
      for (const diagnostic of state.diagnostics.get(path) ?? []) {
        // Two manuscripts sharing a bibliography report its problems once each.
        const identity = JSON.stringify(diagnostic);
        if (seen.has(identity)) continue;
        seen.add(identity);
        combined.push(diagnostic);
      }
    }
    return combined;
  }

  private send(uri: string, diagnostics: Diagnostic[], version?: number): void {
    this.connection.sendDiagnostics({ uri, diagnostics, version }).catch((error: unknown) => this.logError('Publishing diagnostics failed', error));
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * The disk seen through the editor's open documents, unsaved changes included, as of now:
   * what it reads from disk is read once (a run resolves membership, warms the cache and checks
   * through one host).
   */
  private host(versions?: Map<string, number>): FileHost {
    const overlay = new Map<string, string>();
    for (const document of this.documents.all()) {
      const path = pathFromUri(document.uri);
      if (path) overlay.set(path, document.getText());
      if (path) versions?.set(path, document.version);
    }
    return new OverlayHost(new SnapshotHost(this.options.baseHost), overlay);
  }

  private uriOf(path: string): string {
    return this.openUris.get(path) ?? this.knownUris.get(path) ?? uriFromPath(path);
  }

  /** Folders whose new or removed files could change the manuscript (LaTeX roots are searched one level up). */
  private foldersOf(state: ManuscriptState): Set<string> {
    const folders = new Set<string>();
    for (const path of [...state.openDocuments, ...state.dependencies, state.key]) {
      const folder = dirname(path);
      folders.add(folder);
      folders.add(dirname(folder));
      if (state.spec && path === state.spec.root && !isManuscriptFile(path)) folders.add(path);
    }
    return folders;
  }

  private settingsFor(scopeUri: string): Promise<EditorSettings> {
    if (!this.capabilities.workspace?.configuration) {
      return Promise.resolve(settingsFrom(this.pushedSettings ?? this.initializationSettings));
    }
    let cached = this.settingsCache.get(scopeUri);
    if (!cached) {
      const fallback = () => settingsFrom(this.pushedSettings ?? this.initializationSettings);
      const request = this.connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }).then(
        (settings: unknown) => (settings === null || settings === undefined ? fallback() : settingsFrom(settings)),
        (error: unknown) => {
          this.logError('Reading the thesislint settings failed', error);
          return fallback();
        },
      );
      cached = Promise.race([request, delay(SETTINGS_TIMEOUT_MS).then(fallback)]);
      this.settingsCache.set(scopeUri, cached);
    }
    return cached;
  }

  /** Runs an event handler so that its exception is logged instead of escaping. */
  private guard(what: string, handler: () => void): void {
    try {
      handler();
    } catch (error) {
      this.logError(`Handling ${what} failed`, error);
    }
  }

  private logError(message: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    try {
      this.connection.console.error(`${message}: ${detail}`);
    } catch {
      process.stderr.write(`${message}: ${detail}\n`);
    }
  }
}

function isManuscriptDocument(document: TextDocument, path: string): boolean {
  return MANUSCRIPT_LANGUAGES.includes(document.languageId) || isManuscriptFile(path);
}

/** The files a check parsed, in order: models of manuscript files, then bibliography databases. */
function parsedFiles(result: CheckResult): { path: string; kind: 'model' | 'database' }[] {
  const out: { path: string; kind: 'model' | 'database' }[] = [];
  // `manuscript` is opaque to the server; read defensively (a stubbed engine may leave it empty).
  for (const model of result.manuscript?.models ?? []) out.push({ path: model.file.path, kind: 'model' });
  for (const b of result.manuscript?.bibliographies ?? []) if (b.database) out.push({ path: b.database.path, kind: 'database' });
  return out;
}

function isEarlyStep(step: unknown): step is EarlyStep {
  return typeof step === 'object' && step !== null && (step as { step?: unknown }).step === 'early';
}

/** Lets the event loop run (read messages, fire timers) before continuing. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Reads each file of `base` at most once: one consistent view of the disk for one check. */
class SnapshotHost implements FileHost {
  private readonly texts = new Map<string, string | undefined>();
  private readonly files = new Map<string, boolean>();
  private readonly directories = new Map<string, boolean>();
  private readonly listings = new Map<string, string[]>();

  constructor(private readonly base: FileHost) {}

  readFile(path: string): string | undefined {
    if (!this.texts.has(path)) this.texts.set(path, this.base.readFile(path));
    return this.texts.get(path);
  }
  isFile(path: string): boolean {
    let value = this.files.get(path);
    if (value === undefined) this.files.set(path, (value = this.base.isFile(path)));
    return value;
  }
  isDirectory(path: string): boolean {
    let value = this.directories.get(path);
    if (value === undefined) this.directories.set(path, (value = this.base.isDirectory(path)));
    return value;
  }
  listDirectory(path: string): string[] {
    let value = this.listings.get(path);
    if (value === undefined) this.listings.set(path, (value = this.base.listDirectory(path)));
    return value.slice();
  }
  realPath(path: string): string | undefined {
    return this.base.realPath?.(path);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
