import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleFormat } from '../article/articleModel';
import { formatForPath } from '../article/parseArticle';
import { collectArticles } from '../cli/collectArticles';
import { MAX_WORKSPACE_ARTICLES } from '../limits/inputLimits';
import { pathOfUri, uriOfPath } from '../lsp/uris';
import { readTextFile } from '../workspace/readTextFile';

export interface ArticleText {
  readonly uri: string;
  readonly text: string;
  readonly format: ArticleFormat;
}

export interface ArticleFile {
  readonly file: string;
  readonly format: ArticleFormat;
}

export interface ArticleFiles {
  /** Sorted absolute paths, at most MAX_WORKSPACE_ARTICLES of them. */
  readonly files: readonly ArticleFile[];
  /** How many more were found and left out. */
  readonly omitted: number;
}

/**
 * The article files of a workspace root on disk, found as the CLI finds them (Markdown and text
 * files, recursively, skipping dependencies and VCS folders), up to MAX_WORKSPACE_ARTICLES.
 */
export async function articleFilesOf(root: string): Promise<ArticleFiles> {
  const found = await collectArticles(root, [root]);
  const files = found.files.flatMap((file) => {
    const format = formatForPath(file);
    return format === undefined ? [] : [{ file, format }];
  });
  return {
    files: files.slice(0, MAX_WORKSPACE_ARTICLES),
    omitted: Math.max(0, files.length - MAX_WORKSPACE_ARTICLES),
  };
}

/**
 * The articles of a workspace root: those on disk (see articleFilesOf), with open documents read
 * from memory, unsaved edits included.
 */
export async function workspaceArticles(
  root: string | undefined,
  open: readonly TextDocument[],
  isArticle: (document: TextDocument) => ArticleFormat | undefined,
): Promise<ArticleText[]> {
  const articles: ArticleText[] = [];
  const openPaths = new Set<string>();
  for (const document of open) {
    const format = isArticle(document);
    if (!format) continue;
    const path = pathOfUri(document.uri);
    if (path !== undefined) openPaths.add(path);
    articles.push({ uri: document.uri, text: document.getText(), format });
  }
  if (root === undefined) return articles;
  for (const { file, format } of (await articleFilesOf(root)).files) {
    if (openPaths.has(file)) continue;
    const read = await readTextFile(file);
    if (read.ok) articles.push({ uri: uriOfPath(file), text: read.text, format });
  }
  return articles;
}
