import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleFormat, ParsedArticle } from '../article/articleModel';
import { parseArticle } from '../article/parseArticle';
import { DocumentCache } from '../engine/documentCache';
import type { CheckResult } from '../engine/checkArticle';
import { uncheckableArticle } from '../limits/inputLimits';
import { checkText } from '../workspace/checkText';
import { documentKind } from './documentKind';
import { ResultCache } from './resultCache';
import type { RootContext } from './rootContext';
import type { RootRegistry } from './rootRegistry';

export interface CheckedDocument {
  readonly result: CheckResult;
  readonly context: RootContext;
  /** The document version the result is for. */
  readonly version: number;
  /** Why the document was not checked (too large, binary); the result is then empty. */
  readonly uncheckable?: string;
}

const UNCHECKED: CheckResult = { findings: [], figures: [] };

/**
 * Checks an article's text against its root's claim set, unless it cannot be checked in an editor's
 * time (too large, binary: see limits/inputLimits). Open documents and the workspace check both
 * come through here; `cache` is the open document's.
 */
export function checkArticleText(
  text: string,
  format: ArticleFormat,
  context: RootContext,
  version: number,
  cache?: DocumentCache,
): CheckedDocument {
  const uncheckable = uncheckableArticle(text);
  if (uncheckable) return { result: UNCHECKED, context, version, uncheckable };
  return { result: checkText(text, format, context.claimSet, context.settings, cache), context, version };
}

/** Checks open articles against their root's claim set, once per document and context version. */
export class ArticleChecker {
  readonly #registry: RootRegistry;
  readonly #results = new ResultCache();
  /** Per open document: what its last check kept, so an edit re-checks only what it touched. */
  readonly #caches = new Map<string, DocumentCache>();

  constructor(registry: RootRegistry) {
    this.#registry = registry;
  }

  isArticle(document: TextDocument): boolean {
    return documentKind(document.uri, document.languageId).kind === 'article';
  }

  /**
   * The result for the document as it is now, after its root has finished loading; undefined when
   * it is not an article. The text and version are read after the wait, so they belong together.
   */
  async check(document: TextDocument): Promise<CheckedDocument | undefined> {
    const kind = documentKind(document.uri, document.languageId);
    if (kind.kind !== 'article') return undefined;
    const context = this.#registry.contextFor(document.uri);
    await context.ready;
    const version = document.version;
    // Only checked results are cached, so a cached one is never for a text too large or binary.
    const cached = this.#results.get(document.uri, version, context.version);
    if (cached) return { result: cached, context, version };
    const checked = checkArticleText(
      document.getText(),
      kind.format,
      context,
      version,
      this.#cacheOf(document.uri),
    );
    if (checked.uncheckable === undefined) {
      this.#results.set(document.uri, version, context.version, checked.result);
    }
    return checked;
  }

  /**
   * The document's text parsed as a check parses it, for the requests that need the article itself
   * (code actions, completion): from the chunk trees its last check kept, so it costs little.
   */
  parse(document: TextDocument, format: ArticleFormat): ParsedArticle {
    return parseArticle(document.getText(), format, this.#cacheOf(document.uri).trees);
  }

  #cacheOf(uri: string): DocumentCache {
    let cache = this.#caches.get(uri);
    if (!cache) {
      cache = new DocumentCache();
      this.#caches.set(uri, cache);
    }
    return cache;
  }

  forget(uri: string): void {
    this.#results.delete(uri);
    this.#caches.delete(uri);
  }
}
