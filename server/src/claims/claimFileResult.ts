import type { Claim, ClaimFileProblem, Entity, Quote, Source, TextSpan } from './claimModel';

/** A source id as written in a claim or quote, kept with its span so that merge can report an unknown id there. */
export interface SourceRef {
  readonly id: string;
  readonly span: TextSpan;
}

/** A valid source of one file, with the span of its id (the map key) for cross-file duplicate reports. */
export interface FileSource {
  readonly source: Source;
  readonly idSpan: TextSpan;
}

/**
 * A valid claim of one file. `claim.sources` still lists every id as written: whether an id names a known
 * source can only be decided once all files are loaded (the source may live in another file).
 */
export interface FileClaim {
  readonly claim: Claim;
  readonly idSpan: TextSpan;
  readonly sourceRefs: readonly SourceRef[];
}

/** A valid quote of one file; `quote.source` is still unchecked (see FileClaim). */
export interface FileQuote {
  readonly quote: Quote;
  readonly sourceRef?: SourceRef;
}

/** What one claim file contributes to the claim set: its valid items and every problem found in it. */
export interface ClaimFileResult {
  /** The claim file, as an absolute path. */
  readonly file: string;
  readonly sources: readonly FileSource[];
  readonly entities: readonly Entity[];
  readonly claims: readonly FileClaim[];
  readonly quotes: readonly FileQuote[];
  readonly problems: readonly ClaimFileProblem[];
}
