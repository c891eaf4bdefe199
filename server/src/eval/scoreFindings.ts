import type { ReportedFinding } from '../engine/checkArticle';
import { isEvaluatedRule } from './evaluatedRules';
import type { GoldFinding } from './goldModel';
import type { ResolvedSpan, SpanLocator } from './spanLocator';
import { overlaps } from './spanOverlap';

/** A gold finding with the places it points at, main span first. */
export interface LocatedGoldFinding {
  readonly gold: GoldFinding;
  readonly spans: readonly ResolvedSpan[];
}

export interface FindingScore {
  readonly truePositives: readonly { gold: LocatedGoldFinding; finding: ReportedFinding }[];
  /** Gold findings the engine did not report. */
  readonly falseNegatives: readonly LocatedGoldFinding[];
  /** Engine findings no gold finding of their rule expects. */
  readonly falsePositives: readonly ReportedFinding[];
  /** Further reports of a problem already found (both statements of one internal conflict): neither hit nor false alarm. */
  readonly duplicates: readonly ReportedFinding[];
}

/**
 * Matches an article's warning-level findings with its gold findings by rule and overlapping range,
 * one to one, in document order; message wording never matters.
 */
export function scoreFindings(
  gold: readonly GoldFinding[],
  findings: readonly ReportedFinding[],
  locator: SpanLocator,
  problems: string[],
): FindingScore {
  const located = locateAll(gold, locator, problems);
  const evaluated = findings.filter((finding) => isEvaluatedRule(finding.rule));
  const used = new Set<ReportedFinding>();
  const truePositives: { gold: LocatedGoldFinding; finding: ReportedFinding }[] = [];
  const falseNegatives: LocatedGoldFinding[] = [];
  for (const expected of located) {
    const hit = evaluated.find((finding) => !used.has(finding) && meets(expected, finding));
    if (hit) {
      used.add(hit);
      truePositives.push({ gold: expected, finding: hit });
    } else {
      falseNegatives.push(expected);
    }
  }
  const rest = evaluated.filter((finding) => !used.has(finding));
  const isDuplicate = (finding: ReportedFinding): boolean =>
    truePositives.some((pair) => meets(pair.gold, finding));
  return {
    truePositives,
    falseNegatives,
    falsePositives: rest.filter((finding) => !isDuplicate(finding)),
    duplicates: rest.filter(isDuplicate),
  };
}

function meets(expected: LocatedGoldFinding, finding: ReportedFinding): boolean {
  return expected.gold.rule === finding.rule && expected.spans.some((span) => overlaps(span, finding));
}

/** Gold findings whose text cannot be found are reported as problems and left out of the score. */
function locateAll(
  gold: readonly GoldFinding[],
  locator: SpanLocator,
  problems: string[],
): LocatedGoldFinding[] {
  const located: LocatedGoldFinding[] = [];
  for (const expected of gold) {
    const spans: ResolvedSpan[] = [];
    for (const ref of [expected, ...expected.related]) {
      const span = locator.resolve(ref);
      if (typeof span === 'string') problems.push(`${expected.rule}: ${span}`);
      else spans.push(span);
    }
    if (spans.length === 1 + expected.related.length) located.push({ gold: expected, spans });
  }
  return located.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}
