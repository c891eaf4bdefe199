import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CheckOptions {
  readonly paths: readonly string[];
  /** `--claims`, repeatable; empty means "from the config, else every claim file under the cwd". */
  readonly claims: readonly string[];
  readonly config?: string;
  /** `--allow-outside`: the config's `claims` and `bibliography` may leave the config's folder. */
  readonly allowOutside: boolean;
  readonly format: OutputFormat;
  readonly maxWarnings?: number;
}

/** What the command line asked for: a check, or an exit right away (help, version, bad usage). */
export type ParsedArguments =
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'exit'; readonly code: number };

export interface ArgumentOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit status for bad usage (SPEC "Command line"). */
export const USAGE_ERROR = 2;

/** Parses `claimlint check [--claims PATH]... [--config FILE] [--allow-outside] [--format F] [--max-warnings N] PATH...`. */
export function parseArguments(
  argv: readonly string[],
  version: string,
  output: ArgumentOutput,
): ParsedArguments {
  let parsed: CheckOptions | undefined;
  const program = new Command('claimlint')
    .description('Checks the figures in articles against a reference claim set.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('check')
    .description('check Markdown and text articles')
    .argument('<paths...>', 'files, folders or globs of articles (.md, .markdown, .txt)')
    .option('--claims <path>', 'a claim file, a folder of claim files, or a glob (repeatable)', collect, [])
    .option('--config <file>', 'the config file (default: .claimlint.yaml in the current folder)')
    .option(
      '--allow-outside',
      "let the config's claims and bibliography paths leave the config's folder (--claims always may)",
      false,
    )
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('stylish'))
    .option('--max-warnings <n>', 'exit 0 when there are no errors and at most n warnings', parseCount)
    .exitOverride()
    .action((paths: string[], options: RawCheckOptions) => {
      parsed = {
        paths,
        claims: options.claims,
        allowOutside: options.allowOutside,
        format: options.format,
        ...(options.config === undefined ? {} : { config: options.config }),
        ...(options.maxWarnings === undefined ? {} : { maxWarnings: options.maxWarnings }),
      };
    });

  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError)
      return { kind: 'exit', code: error.exitCode === 0 ? 0 : USAGE_ERROR };
    throw error;
  }
  if (parsed) return { kind: 'check', options: parsed };
  // No sub-command at all: show the usage, as a usage error.
  output.err(program.helpInformation());
  return { kind: 'exit', code: USAGE_ERROR };
}

interface RawCheckOptions {
  claims: string[];
  config?: string;
  allowOutside: boolean;
  format: OutputFormat;
  maxWarnings?: number;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError('expected a whole number of warnings (0 or more).');
  return Number(value);
}
