import { dirname, relative, resolve, sep } from 'node:path';
import { formatForPath } from '../article/parseArticle';
import { resolveSettings } from '../config/resolveSettings';
import { ClaimStore } from '../workspace/claimStore';
import { checkText } from '../workspace/checkText';
import { findBibliographies } from '../bibliography/findBibliographies';
import { findClaimFiles } from '../workspace/findClaimFiles';
import { configFileOf, loadWorkspaceConfig } from '../workspace/loadWorkspaceConfig';
import { uncheckableArticle } from '../limits/inputLimits';
import { readTextFile } from '../workspace/readTextFile';
import { placeRefusals, type Boundary } from '../workspace/refusedPaths';
import type { CheckReport, FileReport } from './cliReport';
import { collectArticles } from './collectArticles';
import type { CheckOptions } from './parseArguments';
import { reportArticle } from './reportArticle';
import { reportClaimProblems } from './reportClaimProblems';

export interface CheckRun {
  readonly report: CheckReport;
  /** Inputs that could not be checked (missing, unreadable, matched nothing): exit status 2. */
  readonly inputErrors: readonly string[];
  /** Things worth saying that do not change the exit status. */
  readonly notes: readonly string[];
}

const CONFIG_FOLDER: Boundary = {
  name: "the config file's folder",
  remedy: 'run with --allow-outside to allow it',
};

/**
 * Runs `claimlint check`: finds the config and the claim set, checks every article, and reports
 * claim-set problems alongside. Nothing it reads can stop the run; what it cannot read is listed.
 */
export async function runCheck(options: CheckOptions, cwd: string): Promise<CheckRun> {
  const inputErrors: string[] = [];
  const notes: string[] = [];
  const pathOf = (file: string): string => relative(cwd, file).split(sep).join('/');

  const configFile = options.config === undefined ? configFileOf(cwd) : resolve(cwd, options.config);
  const config = await loadWorkspaceConfig(configFile);
  if (options.config !== undefined && config.settings === undefined && config.problems.length === 0) {
    inputErrors.push(`${options.config}: no such config file`);
  }
  // The config's paths are relative to the folder it is in (the cwd for the default config).
  const settings = resolveSettings(dirname(configFile), config.settings, undefined);

  // The user names `--claims` on the command line; the config may come with a checkout, so its paths
  // stay in its folder unless the user says otherwise.
  const confined = !options.allowOutside;
  const claimFiles =
    options.claims.length > 0
      ? await findClaimFiles(cwd, options.claims)
      : await findClaimFiles(settings.root, settings.claims, confined);
  const bibliographies = await findBibliographies(settings.root, settings.bibliography, confined);
  const refused = { claims: claimFiles.refused, bibliography: bibliographies.refused };
  const refusals = placeRefusals(config, refused, CONFIG_FOLDER);
  notes.push(...refusals.notes);
  for (const pattern of claimFiles.unmatched) {
    if (options.claims.length > 0) inputErrors.push(`--claims ${pattern}: no claim files found`);
    else notes.push(`claims pattern "${pattern}" matched no claim file`);
  }
  for (const pattern of bibliographies.unmatched) notes.push(`bibliography "${pattern}" matched no file`);
  const store = new ClaimStore();
  await store.load([...claimFiles.files, ...bibliographies.files]);
  const claimSet = store.claimSet;

  const files: FileReport[] = [];
  const claimsetLevel = settings.rules.claimset;
  if (claimsetLevel !== 'off') {
    const configText = (file: string): string | undefined =>
      file === config.file ? config.text : store.textOf(file);
    files.push(
      ...reportClaimProblems(
        [...config.problems, ...refusals.problems, ...claimSet.problems],
        claimsetLevel,
        configText,
        pathOf,
      ),
    );
  }

  const articles = await collectArticles(cwd, options.paths);
  inputErrors.push(...articles.errors);
  for (const file of articles.files) {
    const format = formatForPath(file);
    const read = await readTextFile(file);
    if (!read.ok || format === undefined) {
      inputErrors.push(`${pathOf(file)}: ${read.ok ? 'not a Markdown or text file' : read.reason}`);
      continue;
    }
    const uncheckable = uncheckableArticle(read.text);
    if (uncheckable) {
      inputErrors.push(`${pathOf(file)}: ${uncheckable}`);
      continue;
    }
    try {
      files.push(reportArticle(pathOf(file), read.text, checkText(read.text, format, claimSet, settings)));
    } catch (error) {
      // One article the engine cannot handle must not hide the others' results.
      inputErrors.push(
        `${pathOf(file)}: could not be checked (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return { report: { files }, inputErrors, notes };
}
