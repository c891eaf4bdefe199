import type { ArticleFormat } from '../article/articleModel';
import { formatForPath } from '../article/parseArticle';
import { CONFIG_FILE_NAME } from '../../../shared/src/settings';
import { isClaimFileName } from '../workspace/claimFileNames';
import { fileNameOfUri } from './uris';

/** What the server does with a document: check it, feed it to the claim set or the config, or ignore it. */
export type DocumentKind =
  | { readonly kind: 'article'; readonly format: ArticleFormat }
  | { readonly kind: 'claims' }
  | { readonly kind: 'config' }
  | { readonly kind: 'other' };

/** Claim files and the config are recognised by name (SPEC), articles by language, else by extension. */
export function documentKind(uri: string, languageId: string): DocumentKind {
  const name = fileNameOfUri(uri);
  if (isClaimFileName(name)) return { kind: 'claims' };
  if (name === CONFIG_FILE_NAME) return { kind: 'config' };
  const format = formatForPath(name, languageId);
  return format ? { kind: 'article', format } : { kind: 'other' };
}
