import { ALLOW_OUTSIDE_SETTING, SETTINGS_SECTION } from '../../../shared/src/settings';
import type { ClaimFileProblem, ClaimSet } from '../claims/claimModel';
import type { ResolvedSettings } from '../config/resolvedSettings';
import { resolveSettings } from '../config/resolveSettings';
import type { EditorSettings } from '../config/validateEditorSettings';
import { ClaimStore } from '../workspace/claimStore';
import { findBibliographies } from '../bibliography/findBibliographies';
import { findClaimFiles } from '../workspace/findClaimFiles';
import { configFileOf, loadWorkspaceConfig, type WorkspaceConfig } from '../workspace/loadWorkspaceConfig';
import { placeRefusals, type Boundary } from '../workspace/refusedPaths';

/** The editor's `claimlint` settings for a root (validated), or undefined when it has none. */
export type EditorSettingsSource = (root: string | undefined) => Promise<EditorSettings | undefined>;

const WORKSPACE: Boundary = {
  name: 'the workspace',
  remedy: `set ${SETTINGS_SECTION}.${ALLOW_OUTSIDE_SETTING} to allow it`,
};

/**
 * Everything one workspace root checks against: its config, the editor's settings for it, the
 * resolved settings and the claim set. `version` changes whenever any of them does, so per-document
 * results can be cached on it. A document outside every root and not on disk (an untitled buffer
 * with no folder open) gets a context without a root: default settings and an empty claim set.
 */
export class RootContext {
  readonly root: string | undefined;
  readonly store = new ClaimStore();
  readonly #editorSettings: EditorSettingsSource;
  readonly #log: (message: string) => void;
  #config: WorkspaceConfig | undefined;
  /** Config entries refused for leaving the root, as problems in the config. */
  #refusals: readonly ClaimFileProblem[] = [];
  /** The refused paths last logged, so each reload does not log them again. */
  #loggedNotes = '';
  #configOverlay: string | undefined;
  #settings: ResolvedSettings;
  #settingsKey = '';
  #version = 0;
  #ready: Promise<boolean>;

  constructor(
    root: string | undefined,
    editorSettings: EditorSettingsSource,
    log: (message: string) => void,
  ) {
    this.root = root;
    this.#editorSettings = editorSettings;
    this.#log = log;
    this.#settings = resolveSettings(root ?? '', undefined, undefined);
    this.#ready = Promise.resolve(false);
  }

  get settings(): ResolvedSettings {
    return this.#settings;
  }

  get claimSet(): ClaimSet {
    return this.store.claimSet;
  }

  get version(): number {
    return this.#version;
  }

  /** Where this root's config file is, or would be (`.claimlint.yaml` at the root). */
  get configFile(): string | undefined {
    return this.root === undefined ? undefined : configFileOf(this.root);
  }

  /** Config and claim-file problems, to be shown in those files. */
  get problems(): readonly ClaimFileProblem[] {
    return [...(this.#config?.problems ?? []), ...this.#refusals, ...this.store.claimSet.problems];
  }

  /** The text a config or claim-file problem's offsets refer to. */
  textOf(file: string): string | undefined {
    return file === this.#config?.file ? this.#config.text : this.store.textOf(file);
  }

  /** Settles when the latest reload has; checks wait on it so they never see a half-loaded set. */
  get ready(): Promise<boolean> {
    return this.#ready;
  }

  setConfigOverlay(text: string | undefined): void {
    this.#configOverlay = text;
  }

  /**
   * Re-reads the config and the editor's settings, re-resolves the settings, re-finds and re-loads
   * the claim files. Resolves to whether anything a check or the claim-file diagnostics depend on
   * changed. Reloads queue up.
   */
  reload(): Promise<boolean> {
    const run = this.#ready.then(() => this.#reload());
    this.#ready = run.catch(() => false);
    return run;
  }

  async #reload(): Promise<boolean> {
    const editorSettings = await this.#editorSettings(this.root);
    if (this.root === undefined) {
      return this.#adopt(resolveSettings('', undefined, editorSettings), false);
    }
    this.#config = await loadWorkspaceConfig(configFileOf(this.root), this.#configOverlay);
    const settings = resolveSettings(this.root, this.#config.settings, editorSettings);
    const confined = editorSettings?.allowClaimsOutsideWorkspace !== true;
    const found = await findClaimFiles(this.root, settings.claims, confined);
    const bibliographies = await findBibliographies(this.root, settings.bibliography, confined);
    const refused = { claims: found.refused, bibliography: bibliographies.refused };
    const { problems, notes } = placeRefusals(this.#config, refused, WORKSPACE);
    this.#refusals = problems;
    this.#logNotes(this.root, notes);
    const claimsChanged = await this.store.load([...found.files, ...bibliographies.files]);
    return this.#adopt(settings, claimsChanged);
  }

  #adopt(settings: ResolvedSettings, claimsChanged: boolean): boolean {
    const key = JSON.stringify([settings, this.#config?.problems, this.#refusals]);
    const changed = claimsChanged || key !== this.#settingsKey;
    this.#settings = settings;
    this.#settingsKey = key;
    if (changed) this.#version += 1;
    return changed;
  }

  /** Refused editor-setting paths have no line to show a problem at: one log line each, once. */
  #logNotes(root: string, notes: readonly string[]): void {
    const key = notes.join('\n');
    if (key === this.#loggedNotes) return;
    this.#loggedNotes = key;
    for (const note of notes) this.#log(`${root}: ${note}`);
  }
}
