import { dirname, resolve } from 'node:path';
import { isWithin } from '../workspace/containment';
import { RootContext, type EditorSettingsSource } from './rootContext';
import { pathOfUri } from './uris';

/**
 * The workspace roots and their contexts. A document belongs to the innermost workspace folder
 * that contains it; a file outside every folder to its own directory; an untitled buffer to the
 * first folder, or to a context without a root when no folder is open.
 */
export class RootRegistry {
  #folders: readonly string[] = [];
  readonly #contexts = new Map<string, RootContext>();
  readonly #editorSettings: EditorSettingsSource;
  readonly #onCreated: (context: RootContext) => void;
  readonly #log: (message: string) => void;
  #detached: RootContext | undefined;

  /** `onCreated` is told about every new context; it starts the context's first load. */
  constructor(
    editorSettings: EditorSettingsSource,
    onCreated: (context: RootContext) => void,
    log: (message: string) => void,
  ) {
    this.#editorSettings = editorSettings;
    this.#onCreated = onCreated;
    this.#log = log;
  }

  /** The workspace folders, known once the client has initialized the server. */
  setFolders(folders: readonly string[]): void {
    this.#folders = folders.map((folder) => resolve(folder));
  }

  /** Makes the context of every workspace folder, so their claim-file problems show before any article is open. */
  openFolders(): RootContext[] {
    return this.#folders.map((folder) => this.#contextAt(folder));
  }

  /** Every context made so far. */
  all(): RootContext[] {
    return [...this.#contexts.values(), ...(this.#detached ? [this.#detached] : [])];
  }

  contextFor(uri: string): RootContext {
    const path = pathOfUri(uri);
    const root = path === undefined ? this.#folders[0] : (this.#folderOf(path) ?? dirname(path));
    return root === undefined ? this.#detachedContext() : this.#contextAt(root);
  }

  /** The contexts a file on disk may matter to: those whose root contains it. */
  contextsContaining(path: string): RootContext[] {
    return [...this.#contexts.values()].filter(
      (context) => context.root !== undefined && isWithin(context.root, path),
    );
  }

  #folderOf(path: string): string | undefined {
    return this.#folders.filter((folder) => isWithin(folder, path)).sort((a, b) => b.length - a.length)[0];
  }

  #contextAt(root: string): RootContext {
    const existing = this.#contexts.get(root);
    if (existing) return existing;
    const context = new RootContext(root, this.#editorSettings, this.#log);
    this.#contexts.set(root, context);
    this.#start(context);
    return context;
  }

  #detachedContext(): RootContext {
    if (this.#detached) return this.#detached;
    this.#detached = new RootContext(undefined, this.#editorSettings, this.#log);
    this.#start(this.#detached);
    return this.#detached;
  }

  #start(context: RootContext): void {
    this.#onCreated(context);
  }
}
