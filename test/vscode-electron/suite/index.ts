// The extension inside VS Code desktop (run by ../run.mjs through @vscode/test-electron): the
// same story as the code-server end-to-end test, through VS Code's own API — diagnostics, the
// quick fix, hover, the commands. A tiny runner instead of mocha: VS Code calls run().
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const TIMEOUT_MS = 30000;

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function thesislintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'thesislint');
}

const tests: [string, () => Promise<void>][] = [
  [
    'the year mismatch is reported, fixed by the quick fix, and gone',
    async () => {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const uri = vscode.Uri.joinPath(folder, 'bab1.md');
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const diagnostic = await until('the year mismatch', () =>
        thesislintDiagnostics(uri).find((d) => d.code && String((d.code as { value?: unknown }).value ?? d.code) === 'citation/year-mismatch'),
      );
      assert.equal(diagnostic.message, 'Cited year 2024 does not match the reference list entry Sen, A. (2014): expected 2014 in (Sen, A., 2024)');

      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start);
      const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(hoverText, /\*\*Year differs:\*\* cited 2024, listed 2014\./);

      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title === 'Change the year to 2014');
      assert.ok(fix?.edit, `no quick fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(document.getText().includes('(Sen, A., 2014)'));
      await until('the finding to disappear', () => (thesislintDiagnostics(uri).length === 0 ? true : undefined));
    },
  ],
  [
    'the commands are registered',
    async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const command of ['thesislint.openReport', 'thesislint.showOutput', 'thesislint.showReferences']) assert.ok(commands.includes(command), command);
      await vscode.commands.executeCommand('thesislint.openReport');
    },
  ],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, test] of tests) {
    try {
      await test();
      console.log(`  ✓ ${name}`);
    } catch (error) {
      console.log(`  ✗ ${name}`);
      failures.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}
