// Copies the TextMate grammar from the repository's syntaxes/ into client/dist/syntaxes/, and the
// sample manuscript the walkthrough opens into client/sample/, so that the .vsix (made from
// client/) carries them. Run by vsce as `vscode:prepublish`, and by the
// @vscode/test-electron runner before it starts VS Code on client/.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(client, '..', 'syntaxes');
const to = join(client, 'dist', 'syntaxes');
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (name.endsWith('.tmLanguage.json')) copyFileSync(join(from, name), join(to, name));
}

mkdirSync(join(client, 'sample'), { recursive: true });
copyFileSync(join(client, '..', 'fixtures', 'examples', 'manuscripts', 'contoh-skripsi', 'manuscript.md'), join(client, 'sample', 'contoh-skripsi.md'));
