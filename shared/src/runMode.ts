/** When articles are checked (`claimlint.run`): as the writer types, or only on open and save. */
export const RUN_MODES = ['onType', 'onSave'] as const;
export type RunMode = (typeof RUN_MODES)[number];

export const DEFAULT_RUN_MODE: RunMode = 'onType';

/** The setting as the editor sent it; anything unknown falls back to the default. */
export function parseRunMode(raw: unknown): RunMode {
  return RUN_MODES.find((mode) => mode === raw) ?? DEFAULT_RUN_MODE;
}
