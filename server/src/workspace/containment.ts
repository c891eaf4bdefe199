import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';

/*
 * Whether a claims or bibliography path stays inside its root folder (the workspace, or the CLI
 * config's folder). A workspace is untrusted input: its config must not make the server read files
 * elsewhere on the machine, by `..`, an absolute path or a symlink pointing out. The language server
 * and the CLI both decide with these functions.
 */

/** Whether `path` is `folder` itself or lies under it; both absolute. */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The path with every symlink in its existing part followed. A path that does not exist (yet) keeps
 * its missing tail as written below its deepest existing folder, whose links are followed.
 */
export async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realPathOf(parent), basename(path));
  }
}

/**
 * Whether a pattern can only reach inside `root` (whose real path is `realRoot`): its fixed part,
 * the folders before the first glob segment, must stay inside once links are followed. Checked
 * before globbing, so a glob outside never even lists another folder.
 */
export async function patternStaysInside(root: string, realRoot: string, pattern: string): Promise<boolean> {
  // Globs are written with forward slashes (see findClaimFiles). The trailing "." keeps the leading
  // "/" of an absolute glob, which joining its fixed segments alone would lose.
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((segment) => isDynamicPattern(segment));
  const fixed = firstGlob === -1 ? pattern : [...segments.slice(0, firstGlob), '.'].join('/');
  return isWithin(realRoot, await realPathOf(resolve(root, fixed)));
}

/** Whether a file a pattern found (possibly a link, or under a linked folder) really lies inside. */
export async function fileStaysInside(realRoot: string, file: string): Promise<boolean> {
  return isWithin(realRoot, await realPathOf(file));
}
