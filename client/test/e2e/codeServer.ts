import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Settings that keep the workbench quiet and offline, so every run looks the same. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'files.hotExit': 'off',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
};

export interface RunningCodeServer {
  readonly url: string;
  /** Where code-server writes its output, for a failing test to point at. */
  readonly log: string;
  stop(): Promise<void>;
}

/**
 * Installs the .vsix into a fresh profile under `scratch` and starts code-server on a free
 * loopback port. HOME is the scratch folder too, so nothing of the user's own leaks in or out.
 */
export async function startCodeServer(
  launcher: string,
  vsix: string,
  scratch: string,
): Promise<RunningCodeServer> {
  const home = join(scratch, 'home');
  const userData = join(scratch, 'user-data');
  const extensions = join(scratch, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(home, { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const env = { ...process.env, HOME: home };
  const profile = ['--user-data-dir', userData, '--extensions-dir', extensions];
  await run(launcher, ['--install-extension', vsix, ...profile], { env, timeout: 120_000 });

  const port = await freePort();
  const log = join(scratch, 'code-server.log');
  const output = openSync(log, 'a');
  const child = spawn(
    launcher,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...profile,
    ],
    // detached: a session and process group of its own (setsid), so stopping ends every child.
    { env, detached: true, stdio: ['ignore', output, output] },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, log);
  return { url, log, stop: () => stopGroup(child) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within a minute; see ${log}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  }, 5000);
  await exited;
  clearTimeout(timer);
}
