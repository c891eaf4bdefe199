// Entry point of `claimlint` (dist/cli.js): wires the command line to the process.
import { runCli } from './runCli';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    // exitCode rather than exit(): a large report piped to another program is written out in full first.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `claimlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
