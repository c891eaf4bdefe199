import type { RuleId } from '../../../shared/src/rules';
import type { ArticleEvaluation } from './evaluateCorpus';
import { EVALUATED_RULES } from './evaluatedRules';
import { UNMATCHED } from './goldModel';

export interface Tally {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

export interface CorpusTally {
  readonly byRule: ReadonlyMap<RuleId, Tally>;
  readonly overall: Tally;
  readonly correctLinks: number;
  readonly goldLinks: number;
  /** Links an editor expects to a claim, and how many of them the engine got right. */
  readonly goldClaimLinks: number;
  readonly correctClaimLinks: number;
}

/** Adds up the per-article scores, rule by rule and overall. */
export function tallyScores(evaluations: readonly ArticleEvaluation[]): CorpusTally {
  const byRule = new Map<RuleId, Tally>();
  for (const rule of EVALUATED_RULES) {
    const count = (list: (evaluation: ArticleEvaluation) => readonly { rule: RuleId }[]): number =>
      evaluations.reduce(
        (sum, evaluation) => sum + list(evaluation).filter((item) => item.rule === rule).length,
        0,
      );
    byRule.set(rule, {
      truePositives: count((evaluation) => evaluation.findings.truePositives.map((pair) => pair.gold.gold)),
      falsePositives: count((evaluation) => evaluation.findings.falsePositives),
      falseNegatives: count((evaluation) => evaluation.findings.falseNegatives.map((missed) => missed.gold)),
    });
  }
  const tallies = [...byRule.values()];
  const sum = (key: keyof Tally): number => tallies.reduce((total, tally) => total + tally[key], 0);
  const outcomes = evaluations.flatMap((evaluation) => evaluation.links.outcomes);
  const claimOutcomes = outcomes.filter((outcome) => outcome.gold.claim !== UNMATCHED);
  return {
    byRule,
    overall: {
      truePositives: sum('truePositives'),
      falsePositives: sum('falsePositives'),
      falseNegatives: sum('falseNegatives'),
    },
    goldLinks: outcomes.length,
    correctLinks: outcomes.filter((outcome) => outcome.correct).length,
    goldClaimLinks: claimOutcomes.length,
    correctClaimLinks: claimOutcomes.filter((outcome) => outcome.correct).length,
  };
}

/** Precision, or undefined when nothing was reported (no evidence either way). */
export function precision(tally: Tally): number | undefined {
  const reported = tally.truePositives + tally.falsePositives;
  return reported === 0 ? undefined : tally.truePositives / reported;
}

/** Recall, or undefined when nothing was expected. */
export function recall(tally: Tally): number | undefined {
  const expected = tally.truePositives + tally.falseNegatives;
  return expected === 0 ? undefined : tally.truePositives / expected;
}
