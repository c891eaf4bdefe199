import type { Period } from '../time/period';

/** A span in a file's text, as UTF-16 offsets: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Where a claim-set item was written: the claim file (absolute path) and its span there. */
export interface Origin {
  readonly file: string;
  readonly span: TextSpan;
}

export interface Source {
  readonly id: string;
  readonly title?: string;
  readonly author?: string;
  /** The date as written (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly date?: string;
  readonly url?: string;
  readonly aliases: readonly string[];
  readonly origin: Origin;
}

export interface Role {
  readonly title: string;
  readonly aliases: readonly string[];
  readonly from?: Period;
  readonly to?: Period;
}

export interface Entity {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  readonly origin: Origin;
}

/** A reference value: exact as written, or a `{min, max}` range. */
export interface ClaimValue {
  readonly min: number;
  readonly max: number;
}

export interface Claim {
  readonly id: string;
  readonly subject: string;
  readonly value: ClaimValue;
  /** The unit as written in the claim file ("groups", "kg", "%", "USD"); absent for a bare number. */
  readonly unit?: string;
  readonly period?: Period;
  /** The period as written ("2024", "2021-11..2023-01"). */
  readonly periodText?: string;
  readonly place?: string;
  /** Source ids, each known to the set (unknown ones are reported and dropped). */
  readonly sources: readonly string[];
  readonly keywords: readonly string[];
  readonly approximate: boolean;
  readonly tolerance?: number;
  readonly origin: Origin;
}

export interface Quote {
  readonly speaker: string;
  readonly text: string;
  readonly date?: string;
  readonly source?: string;
  readonly origin: Origin;
}

/** A problem in a claim file, reported there under rule `claimset`. */
export interface ClaimFileProblem {
  readonly file: string;
  readonly span: TextSpan;
  readonly message: string;
}

/** The valid content of one or more claim files, and every problem found in them. */
export interface ClaimSet {
  readonly sources: ReadonlyMap<string, Source>;
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quote[];
  readonly problems: readonly ClaimFileProblem[];
}
