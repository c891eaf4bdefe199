import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CLAIM_FILES_IN_FOLDER, IGNORED_FOLDERS } from './claimFileNames';
import { fileStaysInside, patternStaysInside, realPathOf } from './containment';
import { pathKind } from './pathKind';

export interface FoundClaimFiles {
  /** Absolute paths, sorted and without duplicates. */
  readonly files: readonly string[];
  /** Patterns that named nothing: a missing path, or a glob that matched no file. */
  readonly unmatched: readonly string[];
  /** What was left out for leaving the root (only when confined): the pattern itself, or a file it found. */
  readonly refused: readonly RefusedPath[];
}

export interface RefusedPath {
  /** The pattern as configured. */
  readonly pattern: string;
  /** What leaves the root: the pattern, or the file it found, relative to the root with forward slashes. */
  readonly path: string;
}

/**
 * Resolves claim-file patterns against a root folder. Each pattern may be a file, a folder (its
 * claim files, recursively) or a glob relative to `root`; the config's `claims` and the CLI's
 * `--claims` both take all three forms. `confined` patterns come from a config the user may not have
 * written: a pattern or found file outside `root` (symlinks followed) is refused, not read.
 */
export async function findClaimFiles(
  root: string,
  patterns: readonly string[],
  confined = false,
): Promise<FoundClaimFiles> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const refused: RefusedPath[] = [];
  const realRoot = confined ? await realPathOf(root) : root;
  for (const pattern of patterns) {
    if (confined && !(await patternStaysInside(root, realRoot, pattern))) {
      refused.push({ pattern, path: pattern });
      continue;
    }
    const found = await findOne(root, pattern);
    if (found.length === 0) unmatched.push(pattern);
    for (const file of found) {
      if (!confined || (await fileStaysInside(realRoot, file))) files.add(file);
      else refused.push({ pattern, path: relative(root, file).split(sep).join('/') });
    }
  }
  return { files: [...files].sort(), unmatched, refused };
}

async function findOne(root: string, pattern: string): Promise<string[]> {
  const kind = await pathKind(resolve(root, pattern));
  if (kind === 'file') return [resolve(root, pattern)];
  if (kind === 'folder') return globFiles(resolve(root, pattern), CLAIM_FILES_IN_FOLDER);
  if (!isDynamicPattern(pattern)) return [];
  // Globs are written with forward slashes and relative to the root; an absolute glob keeps its own base.
  return isAbsolute(pattern) ? globFiles('/', pattern) : globFiles(root, pattern);
}

/** Files matching a glob under `cwd`, as absolute paths, skipping dependencies and VCS folders. */
export async function globFiles(cwd: string, pattern: string): Promise<string[]> {
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: [...IGNORED_FOLDERS],
  });
  return matches.map((match) => resolve(match));
}
