import type { RuleId } from '../../../shared/src/rules';

/** Where a gold annotation points: an exact piece of the article's text, told apart from its repeats. */
export interface GoldSpanRef {
  /** The exact text, as it stands in the article file. */
  readonly text: string;
  /** 1-based line to look on; without it, the whole file. */
  readonly line?: number;
  /** 1-based occurrence of `text` (on `line` when given, else in the file); default 1. */
  readonly occurrence?: number;
}

/** A finding an editor expects at warning level. */
export interface GoldFinding extends GoldSpanRef {
  readonly rule: RuleId;
  /** What the editor would tell the writer; documentation for whoever reads a miss. */
  readonly why: string;
  /** Other places of the same problem (the first statement of an internal conflict): a finding there counts too. */
  readonly related: readonly GoldSpanRef[];
}

/** The claim an editor expects a figure to be checked against, or `unmatched` when none applies. */
export interface GoldLink extends GoldSpanRef {
  readonly claim: string;
}

export const UNMATCHED = 'unmatched';

/**
 * `control`: an article an editor would pass as it stands (no findings expected);
 * `planted`: an edited copy with errors put in on purpose.
 */
export type GoldKind = 'control' | 'planted';

export interface GoldFile {
  readonly kind: GoldKind;
  /** For a verbatim control: the published article it copies, relative to the gold file. */
  readonly copyOf?: string;
  /** Where the text (or the text a planted copy was edited from) was published. */
  readonly url?: string;
  /** Who published it. */
  readonly outlet?: string;
  readonly findings: readonly GoldFinding[];
  readonly links: readonly GoldLink[];
}
