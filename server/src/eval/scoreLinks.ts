import type { CheckedFigure } from '../engine/findingModel';
import { UNMATCHED } from './goldModel';
import type { GoldLink } from './goldModel';
import type { ResolvedSpan, SpanLocator } from './spanLocator';
import { overlapLength, overlaps } from './spanOverlap';

/** One gold link and what the engine made of the figure there. */
export interface LinkOutcome {
  readonly gold: GoldLink;
  readonly span: ResolvedSpan;
  /** The claim id the engine linked, `unmatched`, or undefined when it found no figure there. */
  readonly actual?: string;
  readonly correct: boolean;
}

export interface LinkScore {
  readonly outcomes: readonly LinkOutcome[];
  /** Figures the engine found where the gold lists none (a non-figure read as one, or a gold gap). */
  readonly unlisted: readonly CheckedFigure[];
}

/** Compares the engine's figure→claim links with the gold links of one article. */
export function scoreLinks(
  gold: readonly GoldLink[],
  figures: readonly CheckedFigure[],
  locator: SpanLocator,
  problems: string[],
): LinkScore {
  const outcomes: LinkOutcome[] = [];
  const spans: ResolvedSpan[] = [];
  for (const link of gold) {
    const span = locator.resolve(link);
    if (typeof span === 'string') {
      problems.push(`link ${link.text}: ${span}`);
      continue;
    }
    spans.push(span);
    const figure = closestFigure(span, figures);
    const actual = figure === undefined ? undefined : (figure.claimId ?? UNMATCHED);
    outcomes.push({
      gold: link,
      span,
      ...(actual === undefined ? {} : { actual }),
      correct: actual === link.claim,
    });
  }
  const unlisted = figures.filter((checked) => !spans.some((span) => overlaps(span, checked.figure)));
  return { outcomes, unlisted };
}

/** The figure sharing the most text with the gold span ("12" rather than "40" for a span "12"). */
function closestFigure(span: ResolvedSpan, figures: readonly CheckedFigure[]): CheckedFigure | undefined {
  let best: CheckedFigure | undefined;
  let bestLength = 0;
  for (const checked of figures) {
    const length = overlapLength(span, checked.figure);
    if (length > bestLength) {
      best = checked;
      bestLength = length;
    }
  }
  return best;
}
