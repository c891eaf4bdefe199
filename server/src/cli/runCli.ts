import packageJson from '../../../package.json';
import { exitStatus } from './exitStatus';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatStylish } from './formatStylish';
import { parseArguments, type OutputFormat } from './parseArguments';
import type { CheckReport } from './cliReport';
import { runCheck } from './runCheck';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Runs the command line and resolves to its exit status; all output goes through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv, packageJson.version, { out: io.stdout, err: io.stderr });
  if (parsed.kind === 'exit') return parsed.code;
  const { options } = parsed;
  const run = await runCheck(options, io.cwd);
  for (const note of run.notes) io.stderr(`claimlint: ${note}\n`);
  for (const error of run.inputErrors) io.stderr(`claimlint: ${error}\n`);
  io.stdout(format(run.report, options.format));
  return exitStatus(run.report, run.inputErrors.length, options.maxWarnings);
}

function format(report: CheckReport, outputFormat: OutputFormat): string {
  switch (outputFormat) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, packageJson.version);
    case 'stylish':
      return formatStylish(report);
  }
}
