import type { ClaimFileProblem } from '../claims/claimModel';
import type { PathSetting } from '../config/loadConfig';
import type { RefusedPath } from './findClaimFiles';
import type { WorkspaceConfig } from './loadWorkspaceConfig';

/** How a caller names the folder paths must stay in, and how its user allows paths outside. */
export interface Boundary {
  /** "the workspace" */
  readonly name: string;
  /** "set claimlint.allowClaimsOutsideWorkspace to allow it" */
  readonly remedy: string;
}

export interface PlacedRefusals {
  /** Refused config entries, each at its entry in the config file (rule `claimset`). */
  readonly problems: readonly ClaimFileProblem[];
  /** Refused paths the config does not write (editor settings, default globs): a line each, for a log. */
  readonly notes: readonly string[];
}

/**
 * Turns the paths findClaimFiles refused into messages. A refused config entry is a problem at its
 * line, where the writer can fix it; other settings have no line of their own, so they get a note.
 */
export function placeRefusals(
  config: WorkspaceConfig,
  refused: Readonly<Record<PathSetting, readonly RefusedPath[]>>,
  boundary: Boundary,
): PlacedRefusals {
  const problems: ClaimFileProblem[] = [];
  const notes: string[] = [];
  for (const key of ['claims', 'bibliography'] as const) {
    for (const { pattern, path } of refused[key]) {
      const message = `${key} path ${path} leaves ${boundary.name}; ${boundary.remedy}`;
      const span = config.pathSpans[key].get(pattern);
      if (span) problems.push({ file: config.file, span, message });
      else notes.push(message);
    }
  }
  return { problems, notes };
}
