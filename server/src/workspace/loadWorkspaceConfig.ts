import { join } from 'node:path';
import { CONFIG_FILE_NAME, type ClaimlintSettings } from '../../../shared/src/settings';
import type { ClaimFileProblem } from '../claims/claimModel';
import { loadConfigFile, NO_PATH_SPANS, type PathSpans } from '../config/loadConfig';
import { readTextFile } from './readTextFile';

export interface WorkspaceConfig {
  /** The config file looked for (absolute path), whether or not it exists. */
  readonly file: string;
  /** The file's settings; undefined when there is no config file. */
  readonly settings: ClaimlintSettings | undefined;
  /** Problems in the config file, reported there under rule `claimset`. */
  readonly problems: readonly ClaimFileProblem[];
  /** Where the file writes each `claims` and `bibliography` entry. */
  readonly pathSpans: PathSpans;
  /** The text the settings were read from, for placing the problems. */
  readonly text?: string;
}

/** The config file of a root folder (SPEC "Config": `.claimlint.yaml` at the workspace root). */
export function configFileOf(root: string): string {
  return join(root, CONFIG_FILE_NAME);
}

/**
 * Reads and validates a config file. A missing file is no config (every setting defaults);
 * `overlay` is the file's unsaved editor text, which wins over the disk.
 */
export async function loadWorkspaceConfig(file: string, overlay?: string): Promise<WorkspaceConfig> {
  if (overlay !== undefined) return fromText(file, overlay);
  const read = await readTextFile(file);
  if (read.ok) return fromText(file, read.text);
  if (read.reason === 'no such file')
    return { file, settings: undefined, problems: [], pathSpans: NO_PATH_SPANS };
  return {
    file,
    settings: undefined,
    pathSpans: NO_PATH_SPANS,
    problems: [{ file, span: { start: 0, end: 0 }, message: `Cannot read the config file: ${read.reason}.` }],
  };
}

function fromText(file: string, text: string): WorkspaceConfig {
  return { file, ...loadConfigFile(file, text), text };
}
