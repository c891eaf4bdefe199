import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_RUN_MODE, parseRunMode, type RunMode } from '../../../shared/src/runMode';

/** Reads the editor's `claimlint.run` for a document (editors may scope it per folder). */
export type RunSettingSource = (uri: string) => Promise<unknown>;

/**
 * Decides whether an article is checked as it is now. With `claimlint.run: onType` it always is;
 * with `onSave` only the text as last opened or saved is, so unsaved edits keep the old findings.
 */
export class CheckGate {
  readonly #readSetting: RunSettingSource;
  readonly #modes = new Map<string, Promise<RunMode>>();
  readonly #savedVersions = new Map<string, number>();

  constructor(readSetting: RunSettingSource) {
    this.#readSetting = readSetting;
  }

  /** The document was opened or saved: this version is checked in either mode. */
  markSaved(document: TextDocument): void {
    this.#savedVersions.set(document.uri, document.version);
  }

  forget(uri: string): void {
    this.#savedVersions.delete(uri);
    this.#modes.delete(uri);
  }

  /** The settings changed; the mode is read again on the next check. */
  settingsChanged(): void {
    this.#modes.clear();
  }

  async allows(document: TextDocument): Promise<boolean> {
    if (this.#savedVersions.get(document.uri) === document.version) return true;
    return (await this.#modeOf(document.uri)) === 'onType';
  }

  #modeOf(uri: string): Promise<RunMode> {
    let mode = this.#modes.get(uri);
    if (!mode) {
      // A client that cannot answer gets the default rather than no checks at all.
      mode = this.#readSetting(uri).then(parseRunMode, () => DEFAULT_RUN_MODE);
      this.#modes.set(uri, mode);
    }
    return mode;
  }
}
