import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleFormat } from '../article/articleModel';
import { formatForPath } from '../article/parseArticle';
import { collectArticles } from '../cli/collectArticles';
import { pathOfUri, uriOfPath } from '../lsp/uris';
import { readTextFile } from '../workspace/readTextFile';

export interface ArticleText {
  readonly uri: string;
  readonly text: string;
  readonly format: ArticleFormat;
}

/** Enough for any newsroom folder; a references search must not read a whole disk. */
const MAX_ARTICLES = 2000;

/**
 * The articles of a workspace root, found on disk as the CLI finds them (Markdown and text files,
 * skipping dependencies and VCS folders); open documents are read from memory, unsaved edits included.
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
  const found = await collectArticles(root, [root]);
  for (const file of found.files.slice(0, MAX_ARTICLES)) {
    const format = formatForPath(file);
    if (openPaths.has(file) || format === undefined) continue;
    const read = await readTextFile(file);
    if (read.ok) articles.push({ uri: uriOfPath(file), text: read.text, format });
  }
  return articles;
}
