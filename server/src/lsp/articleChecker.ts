import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../engine/checkArticle';
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
}

/** Checks open articles against their root's claim set, once per document and context version. */
export class ArticleChecker {
  readonly #registry: RootRegistry;
  readonly #results = new ResultCache();

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
    const cached = this.#results.get(document.uri, version, context.version);
    if (cached) return { result: cached, context, version };
    const result = checkText(document.getText(), kind.format, context.claimSet, context.settings);
    this.#results.set(document.uri, version, context.version, result);
    return { result, context, version };
  }

  forget(uri: string): void {
    this.#results.delete(uri);
  }
}
