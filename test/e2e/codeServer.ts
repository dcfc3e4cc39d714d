// Starts code-server (a real VS Code in the browser) on 127.0.0.1 with a fresh user-data and
// extensions folder, the thesislint .vsix installed, and stops it again. code-server comes from
// scripts/install-code-server.sh (default $HOME/.cache/thesislint-e2e); CODE_SERVER overrides.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');

export function codeServerBinary(): string {
  const candidates = [process.env.CODE_SERVER, join(homedir(), '.cache', 'thesislint-e2e', 'node_modules', '.bin', 'code-server')].filter(
    (c): c is string => !!c,
  );
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`code-server not found (tried ${candidates.join(', ')}); install it with scripts/install-code-server.sh`);
  return found;
}

export function vsixPath(): string {
  const { version } = JSON.parse(readFileSync(join(REPO, 'client', 'package.json'), 'utf8')) as { version: string };
  const vsix = join(REPO, `thesislint-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first (npm run test:e2e does)`);
  return vsix;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningEditor {
  url: string;
  workspace: string;
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * A code-server with the extension installed and `settings` as user settings, serving a copy of
 * `files` as its workspace folder. Resolves once the HTTP server listens (bounded by `timeoutMs`).
 */
export async function startEditor(files: Record<string, string>, settings: Record<string, unknown>, timeoutMs = 90000): Promise<RunningEditor> {
  const binary = codeServerBinary();
  const root = mkdtempSync(join(tmpdir(), 'thesislint-e2e-'));
  const userData = join(root, 'user-data');
  const extensions = join(root, 'extensions');
  const workspace = join(root, 'skripsi');
  for (const dir of [join(userData, 'User'), extensions, workspace]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);

  const install = spawnSync(binary, ['--install-extension', vsixPath(), '--extensions-dir', extensions, '--user-data-dir', userData], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (install.status !== 0) throw new Error(`Installing the .vsix failed (${install.status ?? install.error?.message}):\n${install.stdout}\n${install.stderr}`);

  const port = await freePort();
  let output = '';
  // Detached: code-server starts helper processes; stopping kills exactly this process group.
  const child: ChildProcess = spawn(
    binary,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      '--ignore-last-opened',
      workspace,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, VSCODE_PROXY_URI: '' } },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(root, { recursive: true, force: true });
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (/HTTP server listening on/.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        child.stderr!.off('data', check);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code}) before listening:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, workspace, log: () => output, stop };
}
