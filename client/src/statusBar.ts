import { StatusBarAlignment, window, workspace, type Disposable, type TextEditor } from 'vscode';
import type { ArticleStatus } from '../../shared/src/statusProtocol';
import { statusText } from './statusText';

/** The command the item runs: the Problems view, for the findings behind the counts. */
export const SHOW_PROBLEMS_COMMAND = 'claimlint.showProblems';

/** A status bar item with the counts of the active article, kept from the server's `claimlint/status`. */
export class ArticleStatusBar implements Disposable {
  readonly #item = window.createStatusBarItem('claimlint.status', StatusBarAlignment.Left, 50);
  readonly #statuses = new Map<string, ArticleStatus>();
  readonly #subscriptions: Disposable[];

  constructor() {
    this.#item.name = 'claimlint';
    this.#item.command = SHOW_PROBLEMS_COMMAND;
    this.#item.tooltip = 'claimlint: figures in this article — click for the Problems view';
    this.#subscriptions = [
      window.onDidChangeActiveTextEditor((editor) => this.#show(editor)),
      workspace.onDidCloseTextDocument((document) => this.#statuses.delete(document.uri.toString())),
    ];
  }

  update(status: ArticleStatus): void {
    this.#statuses.set(status.uri, status);
    this.#show(window.activeTextEditor);
  }

  /** The server stopped or restarted: its counts are no longer current. */
  clear(): void {
    this.#statuses.clear();
    this.#show(window.activeTextEditor);
  }

  #show(editor: TextEditor | undefined): void {
    const status = editor && this.#statuses.get(editor.document.uri.toString());
    if (!status) {
      this.#item.hide();
      return;
    }
    this.#item.text = `$(checklist) ${statusText(status)}`;
    this.#item.show();
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#item.dispose();
  }
}
