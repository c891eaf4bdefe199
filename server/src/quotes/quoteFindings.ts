import type { ClaimSet } from '../claims/claimModel';
import { describeSource } from '../claims/describeClaims';
import type { Finding } from '../engine/findingModel';
import type { RuleInput } from '../rules/ruleInput';
import type { AlignmentStep } from './alignQuote';
import { judgeStatement, type QuoteVerdict } from './judgeStatement';
import { describeWordDiff } from './quoteDiff';
import { quotedStatements } from './quotedStatements';
import { recordedQuotesFor, type RecordedQuote } from './recordedQuotes';
import { speakerDirectoryFor } from './speakerDirectory';

/**
 * Rules `misquote` and `quote-misattribution`: every quoted statement of the article against the
 * claim set's recorded quotes. A finding spans the words of one quotation, first to last (quote
 * marks and trailing punctuation left out): for a misquote the quotation whose words differ, for a
 * misattribution the statement's first quotation that matches the recorded quote.
 */
export function quoteFindings(input: RuleInput): Finding[] {
  const index = recordedQuotesFor(input.claimSet);
  if (index.quotes.length === 0) return [];
  const reader = {
    directory: speakerDirectoryFor(input.claimSet),
    ...(input.articleDate ? { date: input.articleDate } : {}),
  };
  return quotedStatements(input.article, reader)
    .flatMap((statement) => judgeStatement(statement, index))
    .map((verdict) => toFinding(verdict, input.claimSet));
}

function speakerName(recorded: RecordedQuote): string {
  return recorded.speaker?.name ?? recorded.quote.speaker;
}

/** " (Blacklock's Reporter, Canada a fentanyl exporter, memo says, 2024)", or "" with no known source. */
function citation(recorded: RecordedQuote, claimSet: ClaimSet): string {
  const source = recorded.quote.source ? claimSet.sources.get(recorded.quote.source) : undefined;
  return source ? ` (${describeSource(source)})` : '';
}

/** The recorded words the steps cover, as the claim file writes them. */
function recordedWords(steps: readonly AlignmentStep[], recorded: RecordedQuote): string {
  const indices = steps.flatMap((step) =>
    step.kind === 'insert'
      ? []
      : step.kind === 'skip'
        ? [step.recorded, step.recorded + step.count - 1]
        : [step.recorded],
  );
  const first = recorded.words[Math.min(...indices)];
  const last = recorded.words[Math.max(...indices)];
  return first && last ? recorded.quote.text.slice(first.start, last.end) : '';
}

function toFinding(verdict: QuoteVerdict, claimSet: ClaimSet): Finding {
  const { part, recorded } = verdict;
  const speaker = speakerName(recorded);
  const { origin, source } = recorded.quote;
  const common = {
    start: part.start,
    end: part.end,
    ...(source ? { sourceId: source } : {}),
    related: [
      {
        file: origin.file,
        start: origin.span.start,
        end: origin.span.end,
        message: `Recorded quote of ${speaker}`,
      },
    ],
  };
  if (verdict.kind === 'misattribution') {
    return {
      rule: 'quote-misattribution',
      message: `Quote is recorded as said by ${speaker}, not ${verdict.credited.name}${citation(recorded, claimSet)}`,
      expected: speaker,
      ...common,
    };
  }
  const diff = describeWordDiff(verdict.steps, verdict.words, recorded.words);
  const expected = recordedWords(verdict.steps, recorded);
  return {
    rule: 'misquote',
    message: `Quote differs from the recorded words of ${speaker}${citation(recorded, claimSet)}: “${diff}”`,
    ...(expected ? { expected } : {}),
    ...common,
  };
}
