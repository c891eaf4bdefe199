import type { Hedge, UnitRef } from './figureModel';

/** A figure while the sentence is being read: token indices, before offsets and time are settled. */
export interface RawFigure {
  /** Tokens of the whole figure (currency, number, scale, unit): [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
  /** Tokens of the number itself, with its sign and scale. */
  readonly numberFirstToken: number;
  readonly numberEndToken: number;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** The scale word's factor ("5 billion" → 1e9; 1 without one), for ranges that share a scale. */
  readonly scale: number;
  readonly unit?: UnitRef;
  /** The token of the count noun, for counts. */
  readonly countNounToken?: number;
  readonly hedge?: Hedge;
  readonly hedgeStart?: number;
  readonly hedgeEnd?: number;
  /** A duration inside a time expression: it says when, so it is matched to no claim. */
  readonly saysWhen?: boolean;
  /** The first token of the figure with its hedge ("more than 350" → "more"). */
  readonly leadToken: number;
}
