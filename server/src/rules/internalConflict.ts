import type { CheckedFigure, Finding } from '../engine/findingModel';
import type { Figure } from '../figures/figureModel';
import { figuresAgree, sameTime } from './figuresAgree';
import type { RuleInput } from './ruleInput';

const WHITESPACE_RUN = /\s+/gu;

/** The figure as the writer stated it, hedge included ("more than 530"), on one line. */
function statedText(text: string, figure: Figure): string {
  return text.slice(figure.hedgeStart ?? figure.start, figure.end).replace(WHITESPACE_RUN, ' ');
}

/**
 * The statements of claims the writer makes in their own voice. Quotations are the speaker's
 * words, and an unmatched figure is about no claim the rule can name.
 */
function ownStatements(figures: readonly CheckedFigure[]): Map<string, CheckedFigure[]> {
  const byClaim = new Map<string, CheckedFigure[]>();
  for (const checked of figures) {
    const { figure, status, claimId } = checked;
    if (status === 'unmatched' || claimId === undefined || figure.inQuote) continue;
    const statements = byClaim.get(claimId);
    if (statements) statements.push(checked);
    else byClaim.set(claimId, [checked]);
  }
  return byClaim;
}

/**
 * Two statements can contradict each other only from two sentences (two values in one sentence are
 * two things: "from 6.2 to 5.7", "70 to 80 aircraft"), and only if one of them conflicts with the
 * claim: two figures that both agree with it, through hedges or a range, state it consistently.
 */
function canContradict(earlier: CheckedFigure, later: CheckedFigure): boolean {
  const a = earlier.figure;
  const b = later.figure;
  const sameSentence = a.blockIndex === b.blockIndex && a.sentenceIndex === b.sentenceIndex;
  return !sameSentence && (earlier.status === 'conflict' || later.status === 'conflict');
}

/**
 * Rule `internal-conflict` (SPEC "Rules"): one claim stated with two values in one document. A
 * figure is reported when it agrees with none of the earlier statements of its claim for the
 * same time that it can contradict (canContradict), against the first of them: a figure that repeats any earlier value adds no new
 * contradiction, and this holds whichever of the two is the one the claim set gives.
 */
export function internalConflictFindings(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const [claimId, statements] of ownStatements(input.figures)) {
    // Quadratic only in how often one claim is stated, which is a handful of times in an article.
    statements.forEach((laterStatement, index) => {
      const later = laterStatement.figure;
      const earlier = statements.slice(0, index).filter((statement) => sameTime(statement.figure, later));
      const first = earlier.find((statement) => canContradict(statement, laterStatement))?.figure;
      if (!first || earlier.some((statement) => figuresAgree(statement.figure, later))) return;
      // Looked up per finding: a map of every claim's subject would cost a large set's size per check.
      const subject = input.index.claimById.get(claimId)?.claim.subject;
      const firstText = statedText(input.article.text, first);
      findings.push({
        rule: 'internal-conflict',
        message:
          `${statedText(input.article.text, later)} here, but ${firstText} earlier in this article ` +
          `for the same claim${subject ? ` (${subject})` : ''}`,
        start: later.start,
        end: later.end,
        claimId,
        related: [{ start: first.start, end: first.end, message: `${firstText}: the earlier statement` }],
      });
    });
  }
  return findings;
}
