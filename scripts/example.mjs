// The README's first command: on a fresh clone, install, build, and check the bundled example
// articles (as published, and edited copies with planted errors) against the example claim set.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  const installed = run(npm, ['ci', '--no-fund', '--no-audit']);
  if (installed !== 0) process.exit(installed);
}
const built = run(process.execPath, [join('scripts', 'build.mjs')]);
if (built !== 0) process.exit(built);

const status = run(process.execPath, [
  join('dist', 'cli.js'),
  'check',
  '--claims',
  'test-fixtures/examples/claims',
  'test-fixtures/examples/articles',
  'test-fixtures/edited',
]);
// Exit 1 means "findings at warning level": the planted errors in test-fixtures/edited are
// the point of the example. Only a usage or input error (2) fails the command.
process.exit(status === 1 ? 0 : status);
