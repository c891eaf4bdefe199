import type { Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimSet } from '../claims/claimModel';
import type { CheckResult } from '../engine/checkArticle';
import { originLocation, type ClaimFileText } from './claimLocation';
import type { NamedItem } from './claimFileIds';
import type { ArticleText } from './workspaceArticles';

/**
 * Find references from a claim id or source id: every figure in the workspace's articles matched to
 * that claim (or to a claim citing that source), and the declaration itself when asked for.
 */
export function claimReferences(
  item: NamedItem,
  articles: readonly ArticleText[],
  check: (article: ArticleText) => CheckResult,
  claimSet: ClaimSet,
  textOf: ClaimFileText,
  includeDeclaration: boolean,
): Location[] {
  const ids = new Set(item.claims.map((claim) => claim.id));
  const locations: Location[] = [];
  if (includeDeclaration) {
    const origin = item.kind === 'claim' ? item.claims[0]?.origin : claimSet.sources.get(item.id)?.origin;
    const declaration = origin && originLocation(origin, textOf);
    if (declaration) locations.push(declaration);
  }
  for (const article of articles) {
    const figures = check(article).figures.filter(({ claimId }) => claimId !== undefined && ids.has(claimId));
    if (figures.length === 0) continue;
    const document = TextDocument.create(article.uri, 'plaintext', 0, article.text);
    for (const { figure } of figures) {
      locations.push({
        uri: article.uri,
        range: { start: document.positionAt(figure.start), end: document.positionAt(figure.end) },
      });
    }
  }
  return locations;
}
