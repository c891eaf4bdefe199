import type { Period } from '../time/period';

/** The kinds of quantity claimlint compares; figures of different kinds never agree. */
export type Dimension =
  | 'mass'
  | 'percent'
  | 'currency'
  | 'times'
  | 'duration'
  | 'count'
  | 'length'
  | 'area'
  | 'volume'
  | 'temperature'
  | 'energy'
  | 'power'
  | 'speed';

/** A normalised unit: what kind of quantity, its canonical code, and its factor to the kind's base unit. */
export interface UnitRef {
  readonly dimension: Dimension;
  /** Canonical code: "kg", "%", "USD", "times", "month", or a count noun's singular ("group", "death"). */
  readonly code: string;
  /**
   * Multiply a value in this unit by `toBase` to get the dimension's base unit (g, %, day, m², °C,
   * Wh, W, km/h, 1…); currencies: 1. Temperatures convert as differences ("warmer by 1.8 °F" is 1 °C).
   */
  readonly toBase: number;
}

/** How a hedge word directs the comparison (SPEC "When a figure agrees with a claim"). */
export type Hedge =
  | 'approximately' // about, around, roughly, some, an estimated, approximately, close to: ±10 %
  | 'nearly' // nearly, almost, just under: reference at the figure or up to 10 % below
  | 'atLeast' // more than, over, at least, in excess of: reference at or above
  | 'atMost' // less than, under, fewer than, at most: reference at or below
  | 'upTo'; // up to: a limit, compared as the figure itself

export interface Figure {
  /** Document offsets (UTF-16) of the figure: the number with its scale word and unit ("15.5 tonnes"). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the number itself ("15.5"), for replacing the figure in the writer's own form. */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** The document text in [start, end). */
  readonly text: string;
  /** The value as stated, with its scale applied ("95 million" → 95 000 000), in `unit`. */
  readonly value: number;
  /** The interval the written precision implies, before hedges ("80,000" → 75 000..85 000). */
  readonly low: number;
  readonly high: number;
  readonly unit?: UnitRef;
  /** The noun a count is of, as written ("organized crime groups" → "groups"). */
  readonly countNoun?: string;
  readonly hedge?: Hedge;
  /** Document offsets of the hedge words ("more than"), when there is one. */
  readonly hedgeStart?: number;
  readonly hedgeEnd?: number;
  /** The time the figure is about, when its sentence names one ("in 2016", "last year"). */
  readonly time?: Period;
  /**
   * The figure names no time, but its clause says it is from before the article's present ("the
   * CDC previously reported three deaths", "down from 16.4 billion a year earlier").
   */
  readonly earlier?: boolean;
  /**
   * A duration inside a time expression ("over the past 12 months"): a figure, but it says when the
   * other figures are, so it is matched to no claim and never reported as unverified.
   */
  readonly saysWhen?: boolean;
  /** Which block and sentence of the article the figure is in. */
  readonly blockIndex: number;
  readonly sentenceIndex: number;
  /** Inside a direct quotation. */
  readonly inQuote: boolean;
}
