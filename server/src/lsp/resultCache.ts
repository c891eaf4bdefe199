import type { CheckResult } from '../engine/checkArticle';

interface Entry {
  readonly documentVersion: number;
  readonly contextVersion: number;
  readonly result: CheckResult;
}

/**
 * The last check result per open document, valid while neither the document nor its root's
 * settings and claim set change. Hover reads it, so hovering never re-checks an unchanged text.
 */
export class ResultCache {
  readonly #entries = new Map<string, Entry>();

  get(uri: string, documentVersion: number, contextVersion: number): CheckResult | undefined {
    const entry = this.#entries.get(uri);
    return entry?.documentVersion === documentVersion && entry.contextVersion === contextVersion
      ? entry.result
      : undefined;
  }

  set(uri: string, documentVersion: number, contextVersion: number, result: CheckResult): void {
    this.#entries.set(uri, { documentVersion, contextVersion, result });
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
  }
}
