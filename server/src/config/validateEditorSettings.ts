import { ALLOW_OUTSIDE_SETTING, type ClaimlintSettings } from '../../../shared/src/settings';
import { readSettings } from './readSettings';

/** The editor's settings: the config file's, plus those only the user may set. */
export interface EditorSettings extends ClaimlintSettings {
  /** Claim and bibliography paths may leave the workspace (see ALLOW_OUTSIDE_SETTING). */
  readonly allowClaimsOutsideWorkspace?: boolean;
}

/**
 * The `claimlint` settings the editor sends (`workspace/configuration`), of untrusted shape: every
 * malformed value is dropped without a word (the editor shows its own settings errors), and empty values
 * (`claims: []`, `date: ""`) count as not set.
 */
export function validateEditorSettings(raw: unknown): EditorSettings {
  const settings = readSettings(raw, 'ignore', () => undefined);
  const allowsOutside =
    typeof raw === 'object' &&
    raw !== null &&
    ALLOW_OUTSIDE_SETTING in raw &&
    raw[ALLOW_OUTSIDE_SETTING] === true;
  return allowsOutside ? { ...settings, allowClaimsOutsideWorkspace: true } : settings;
}
