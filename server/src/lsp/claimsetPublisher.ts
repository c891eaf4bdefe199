import type { Diagnostic } from 'vscode-languageserver';
import type { ClaimFileProblem } from '../claims/claimModel';
import type { RootContext } from './rootContext';
import { problemDiagnostics } from './toDiagnostics';

export type SendDiagnostics = (uri: string, diagnostics: Diagnostic[]) => void;

/**
 * Publishes claim-set and config problems on the files they are in (rule `claimset`). These are
 * always pushed, whether or not the client pulls: they belong to files that are usually not open,
 * and a client only pulls for open documents. A file whose problems are fixed is sent an empty list.
 */
export class ClaimsetPublisher {
  readonly #published = new Map<RootContext, Set<string>>();
  readonly #send: SendDiagnostics;
  readonly #uriOf: (file: string) => string;

  constructor(send: SendDiagnostics, uriOf: (file: string) => string) {
    this.#send = send;
    this.#uriOf = uriOf;
  }

  publish(context: RootContext): void {
    const level = context.settings.rules.claimset;
    const byFile = new Map<string, ClaimFileProblem[]>();
    if (level !== 'off') {
      for (const problem of context.problems)
        byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    }
    const uris = new Set<string>();
    for (const [file, problems] of byFile) {
      const uri = this.#uriOf(file);
      uris.add(uri);
      this.#send(uri, level === 'off' ? [] : problemDiagnostics(context.textOf(file) ?? '', problems, level));
    }
    for (const uri of this.#published.get(context) ?? []) if (!uris.has(uri)) this.#send(uri, []);
    this.#published.set(context, uris);
  }
}
