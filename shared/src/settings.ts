import type { RuleId, RuleLevel } from './rules';

export const CITATION_STYLES = ['auto', 'footnote', 'pandoc', 'link', 'text'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The VS Code settings section and the `workspace/configuration` section the server asks for. */
export const SETTINGS_SECTION = 'claimlint';

/** The config file at the workspace root (SPEC "Config"). */
export const CONFIG_FILE_NAME = '.claimlint.yaml';

/**
 * The setting (under `claimlint.`) that lets claim and bibliography paths leave the workspace. Only the
 * user grants it: VS Code ignores it in workspace settings (machine scope), and `.claimlint.yaml` cannot
 * hold it, so an opened folder cannot make the server read files elsewhere on the machine.
 */
export const ALLOW_OUTSIDE_SETTING = 'allowClaimsOutsideWorkspace';

/** Claim files anywhere in the workspace, when no `claims` are configured. */
export const DEFAULT_CLAIM_GLOBS: readonly string[] = ['**/*.claims.{yaml,yml,json}'];

/** Settings as the user writes them, in `.claimlint.yaml` or under `claimlint.*`. Every field is optional. */
export interface ClaimlintSettings {
  /** Globs or paths of claim files, relative to the workspace root. */
  claims?: string[];
  citationStyle?: CitationStyle;
  rules?: Partial<Record<RuleId, RuleLevel>>;
  /** The article date (YYYY-MM-DD) for relative times, when an article names none. */
  date?: string;
  /** Bibliography files (BibTeX, CSL JSON, ...) the articles cite from, relative to the workspace root. */
  bibliography?: string[];
}
