import type { RuleId } from '../../../shared/src/rules';
import type { Figure } from '../figures/figureModel';

/** A place elsewhere that explains a finding: the claim in its claim file, an earlier statement. */
export interface RelatedPlace {
  /** An absolute file path, or undefined for a place in the same document. */
  readonly file?: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** One finding in an article, before severities and silencing are applied. */
export interface Finding {
  readonly rule: RuleId;
  readonly message: string;
  /** Document offsets (UTF-16). */
  readonly start: number;
  readonly end: number;
  readonly claimId?: string;
  readonly sourceId?: string;
  /** The reference value with its unit, as the message states it ("99 groups"). */
  readonly expected?: string;
  readonly related?: readonly RelatedPlace[];
}

export type FigureStatus = 'verified' | 'conflict' | 'unmatched';

/** Every figure of an article with the claim it was matched to, if any. */
export interface CheckedFigure {
  readonly figure: Figure;
  readonly status: FigureStatus;
  readonly claimId?: string;
}
