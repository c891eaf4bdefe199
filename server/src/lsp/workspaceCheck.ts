import type { CancellationToken, Diagnostic, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { articleFilesOf, type ArticleFile } from '../navigation/workspaceArticles';
import { readTextFile } from '../workspace/readTextFile';
import { checkArticleText } from './articleChecker';
import type { RootContext } from './rootContext';
import type { RootRegistry } from './rootRegistry';
import { checkedDiagnostics } from './toDiagnostics';
import { pathOfUri, uriOfPath } from './uris';

export interface WorkspaceCheckDependencies {
  readonly registry: RootRegistry;
  /** Whether a file is open in the editor: open articles keep their live diagnostics. */
  readonly isOpen: (file: string) => boolean;
  /** Pushes diagnostics for a URI (`textDocument/publishDiagnostics`). */
  readonly publish: (uri: string, diagnostics: Diagnostic[]) => void;
  /** A progress reporter: `window/workDoneProgress` when the client supports it, else one that reports nothing. */
  readonly startProgress: () => Promise<WorkDoneProgressServerReporter>;
  readonly log: (message: string) => void;
}

export interface WorkspaceCheckSummary {
  readonly folders: number;
  /** Articles checked (closed ones, read from disk). */
  readonly checked: number;
  /** Of those, the ones that got diagnostics. */
  readonly withFindings: number;
  /** Open articles, left to their live diagnostics. */
  readonly open: number;
  readonly unreadable: number;
  /** Articles past MAX_WORKSPACE_ARTICLES in a folder, not checked. */
  readonly omitted: number;
  readonly cancelled: boolean;
}

interface Published {
  readonly uri: string;
  /** The run that published it; entries of earlier runs that a complete run did not renew are stale. */
  readonly run: number;
}

/**
 * The `claimlint.checkWorkspace` command: checks every article on disk in each workspace folder
 * (as the CLI collects them) and pushes their diagnostics, so closed files show in the Problems view
 * even when the client pulls diagnostics for open ones. Open articles are skipped. What an earlier
 * run published is cleared once the file has no findings, is gone, or is opened (its live
 * diagnostics take over). Runs queue up, so two never interleave their publishes.
 */
export class WorkspaceCheck {
  readonly #deps: WorkspaceCheckDependencies;
  /** What this command has published, by file path. */
  readonly #published = new Map<string, Published>();
  #runs = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: WorkspaceCheckDependencies) {
    this.#deps = deps;
  }

  run(token: CancellationToken): Promise<WorkspaceCheckSummary> {
    const run = this.#queue.then(() => this.#run(token));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * A document was opened: its live diagnostics replace what this command published for it. They
   * are cleared unless live ones are pushed to the same URI (a pulling client would show both).
   */
  opened(uri: string, livePushed: boolean): void {
    const path = pathOfUri(uri);
    const published = path === undefined ? undefined : this.#published.get(path);
    if (path === undefined || published === undefined) return;
    this.#published.delete(path);
    if (!livePushed || published.uri !== uri) this.#deps.publish(published.uri, []);
  }

  async #run(token: CancellationToken): Promise<WorkspaceCheckSummary> {
    const { registry, log } = this.#deps;
    const run = ++this.#runs;
    const progress = await this.#deps.startProgress().catch((error: unknown) => {
      log(`starting the progress of the workspace check failed: ${describe(error)}`);
      return undefined;
    });
    progress?.begin('claimlint: checking the workspace', 0, undefined, true);
    const cancelled = (): boolean =>
      token.isCancellationRequested || progress?.token.isCancellationRequested === true;
    const counts = { checked: 0, withFindings: 0, open: 0, unreadable: 0, omitted: 0 };
    let stopped = false;
    const folders = registry
      .openFolders()
      .flatMap((context) => (context.root === undefined ? [] : [{ context, root: context.root }]));
    try {
      const articles: (ArticleFile & { context: RootContext })[] = [];
      for (const { context, root } of folders) {
        const found = await articleFilesOf(root);
        counts.omitted += found.omitted;
        // A file of a nested workspace folder belongs to that folder (and its claim set) alone.
        for (const article of found.files) {
          if (registry.contextFor(uriOfPath(article.file)) === context)
            articles.push({ ...article, context });
        }
      }
      let percentage = 0;
      for (const [index, article] of articles.entries()) {
        if (cancelled()) break;
        const done = Math.floor((index * 100) / articles.length);
        if (done > percentage) {
          percentage = done;
          progress?.report(percentage, `${index} of ${articles.length} articles`);
        }
        await this.#checkOne(article, run, counts);
      }
      stopped = cancelled();
      if (!stopped) this.#clearStale(run);
    } finally {
      progress?.done();
    }
    const summary = { folders: folders.length, ...counts, cancelled: stopped };
    log(describeSummary(summary));
    return summary;
  }

  async #checkOne(
    { file, format, context }: ArticleFile & { context: RootContext },
    run: number,
    counts: { checked: number; withFindings: number; open: number; unreadable: number },
  ): Promise<void> {
    await context.ready;
    const read = await readTextFile(file);
    // Checked after the read: nothing can open the file between here and the publish.
    if (this.#deps.isOpen(file)) {
      counts.open += 1;
      return;
    }
    if (!read.ok) {
      counts.unreadable += 1;
      return;
    }
    const uri = uriOfPath(file);
    const checked = checkArticleText(read.text, format, context, 0);
    const document = TextDocument.create(uri, format === 'markdown' ? 'markdown' : 'plaintext', 0, read.text);
    const diagnostics = checkedDiagnostics(document, checked, (other) => context.textOf(other));
    counts.checked += 1;
    if (diagnostics.length > 0) {
      counts.withFindings += 1;
      this.#published.set(file, { uri, run });
      this.#deps.publish(uri, diagnostics);
    } else if (this.#published.delete(file)) {
      this.#deps.publish(uri, []);
    }
  }

  /** After a complete run: what earlier runs published for files this one did not (gone, unreadable). */
  #clearStale(run: number): void {
    for (const [file, published] of this.#published) {
      if (published.run === run) continue;
      this.#published.delete(file);
      this.#deps.publish(published.uri, []);
    }
  }
}

function describeSummary(summary: WorkspaceCheckSummary): string {
  const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const notes = [
    summary.open > 0 ? `${plural(summary.open, 'open article')} left to the editor` : '',
    summary.unreadable > 0 ? `${summary.unreadable} unreadable` : '',
    summary.omitted > 0 ? `${summary.omitted} over the limit not checked` : '',
  ].filter((note) => note !== '');
  return (
    `${summary.cancelled ? 'workspace check cancelled after checking' : 'checked'} ` +
    `${plural(summary.checked, 'article')} in ${plural(summary.folders, 'workspace folder')}: ` +
    `${summary.withFindings} with findings` +
    (notes.length > 0 ? ` (${notes.join(', ')})` : '')
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
