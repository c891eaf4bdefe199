import type { RuleId, RuleLevel } from '../../../shared/src/rules';
import type { CitationStyle } from '../../../shared/src/settings';
import type { Period } from '../time/period';

/** Settings with every default filled in: what the engine, the server and the CLI work from. */
export interface ResolvedSettings {
  /** Globs or paths of claim files, relative to `root`. */
  readonly claims: readonly string[];
  readonly citationStyle: CitationStyle;
  readonly rules: Readonly<Record<RuleId, RuleLevel>>;
  /** The fallback article date, from the config's `date`. */
  readonly date?: Period;
  /** Bibliography files (BibTeX, CSL JSON) whose entries join the claim set's sources, relative to `root`. */
  readonly bibliography: readonly string[];
  /** The folder the config belongs to (the workspace root, or the CLI's working directory). */
  readonly root: string;
}
