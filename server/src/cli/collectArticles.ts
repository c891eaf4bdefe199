import { resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { formatForPath } from '../article/parseArticle';
import { globFiles } from '../workspace/findClaimFiles';
import { pathKind } from '../workspace/pathKind';

/** Every name an article may have (SPEC: Markdown and text files); `formatForPath` has the last word. */
const ARTICLE_FILES = '**/*.{md,markdown,txt}';

export interface CollectedArticles {
  /** Absolute paths, in the order the arguments named them, without duplicates. */
  readonly files: readonly string[];
  /** One line per argument that named nothing checkable; these make the exit status 2. */
  readonly errors: readonly string[];
}

/** Resolves the PATH arguments: files, folders (recursively) and globs, relative to `cwd`. */
export async function collectArticles(cwd: string, paths: readonly string[]): Promise<CollectedArticles> {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const path of paths) {
    const found = await collectOne(cwd, path);
    if (typeof found === 'string') errors.push(`${path}: ${found}`);
    else for (const file of found) files.add(file);
  }
  return { files: [...files], errors };
}

async function collectOne(cwd: string, path: string): Promise<string[] | string> {
  const absolute = resolve(cwd, path);
  const kind = await pathKind(absolute);
  if (kind === 'file') {
    return formatForPath(absolute) ? [absolute] : 'not a Markdown (.md, .markdown) or text (.txt) file';
  }
  if (kind === 'folder') {
    const found = articlesOnly(await globFiles(absolute, ARTICLE_FILES));
    return found.length > 0 ? found : 'no Markdown or text files in this folder';
  }
  if (!isDynamicPattern(path)) return 'no such file or folder';
  const found = articlesOnly(await globFiles(cwd, path));
  return found.length > 0 ? found : 'no Markdown or text files matched';
}

function articlesOnly(files: readonly string[]): string[] {
  return files.filter((file) => formatForPath(file) !== undefined).sort();
}
