import type { ClaimlintSettings } from '../../../shared/src/settings';
import { readSettings } from './readSettings';

/**
 * The `claimlint` settings the editor sends (`workspace/configuration`), of untrusted shape: every
 * malformed value is dropped without a word (the editor shows its own settings errors), and empty values
 * (`claims: []`, `date: ""`) count as not set.
 */
export function validateEditorSettings(raw: unknown): ClaimlintSettings {
  return readSettings(raw, 'ignore', () => undefined);
}
