import { DEFAULT_SEVERITIES } from '../../../shared/src/rules';
import { DEFAULT_CLAIM_GLOBS } from '../../../shared/src/settings';
import type { ClaimlintSettings } from '../../../shared/src/settings';
import { parseDate } from '../time/period';
import type { ResolvedSettings } from './resolvedSettings';

/**
 * Fills in every setting: the config file wins over the editor, key by key (for `rules`, rule by
 * rule), and the editor wins over the defaults (SPEC "Config": "the file wins").
 */
export function resolveSettings(
  root: string,
  fileSettings: ClaimlintSettings | undefined,
  editorSettings: ClaimlintSettings | undefined,
): ResolvedSettings {
  const claims = nonEmpty(fileSettings?.claims) ?? nonEmpty(editorSettings?.claims) ?? DEFAULT_CLAIM_GLOBS;
  const date = fileSettings?.date ?? editorSettings?.date;
  return {
    root,
    claims,
    citationStyle: fileSettings?.citationStyle ?? editorSettings?.citationStyle ?? 'auto',
    rules: { ...DEFAULT_SEVERITIES, ...editorSettings?.rules, ...fileSettings?.rules },
    date: date === undefined ? undefined : parseDate(date),
    bibliography: nonEmpty(fileSettings?.bibliography) ?? nonEmpty(editorSettings?.bibliography) ?? [],
  };
}

/** An empty list of paths means "not set", not "no files". */
function nonEmpty(list: readonly string[] | undefined): readonly string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

// Callers that resolve settings also validate what the editor sends; one import serves both.
export { validateEditorSettings } from './validateEditorSettings';
