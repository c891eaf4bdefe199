/**
 * Which of a sentence's time mentions a figure is about. Rule: a mention in the figure's own clause
 * wins (the nearest one, if several); otherwise the nearest mention before the figure (an opening
 * "In June, …" or "From January 1 to the end of October, …" governs the sentence); otherwise the
 * nearest after it. Clauses are split at commas, semicolons, colons, brackets and dashes between
 * spaces, and at words that open a clause ("after", "and", "while", "from"…). Deadlines ("until 2026") never count. The chosen mention may have no period (a relative
 * time with no article date): then the figure has no time rather than a guessed one.
 */
import { PASSIVE_REPORTING_VERBS } from '../attribution/creditWords';
import type { Period } from '../time/period';
import type { TimeMention } from './timeMentions';
import { lowerBound } from '../text/lowerBound';
import { previousToken, wordText } from './tokenNavigation';
import type { Token } from './tokenize';

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '[', ']', '\u2014']);
const SPACED_DASHES = new Set(['-', '\u2013']);
/**
 * Words that start a new clause or phrase with a time of its own: "exports rose 4% in June after a
 * 2% fall in May" gives each figure its own month (SPEC: time is read per figure).
 */
const CLAUSE_WORDS = new Set([
  'after',
  'and',
  'but',
  'while',
  'whereas',
  'when',
  'compared',
  'versus',
  'than',
  'against',
  'from',
  // "from 6.2 in 2022 to 5.7 in 2023": each end of a change has its own time.
  'to',
]);

/**
 * Clause words that open the other side of a comparison or a change's base: "48 more than the 480
 * it handed over in 2022" and "rose from 13.651 billion in 2022 to 15.342 billion" name the base's
 * year, which is no time for the sentence's other figures.
 */
const COMPARING_WORDS = new Set(['than', 'compared', 'versus', 'against', 'from']);

function opensClause(token: Token | undefined): boolean {
  return token?.kind === 'word' && CLAUSE_WORDS.has(token.lower);
}

/**
 * Words that put a clause before the present without naming a time: "the CDC previously reported
 * three deaths", "16.4 billion a year earlier", "two years ago".
 */
const EARLIER_WORDS = new Set(['previously', 'earlier', 'ago', 'formerly', 'initially', 'originally']);
/** "that year", "the year before": a time named before, which is not the article's present. */
const TIME_NOUNS = new Set(['year', 'month', 'week', 'day', 'quarter', 'season']);

function saysEarlier(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'word') return false;
  if (EARLIER_WORDS.has(token.lower)) return true;
  const next = tokens[index + 2];
  const nextIsWord = tokens[index + 1]?.kind === 'space' && next?.kind === 'word';
  return (
    nextIsWord &&
    ((token.lower === 'that' && TIME_NOUNS.has(next.lower)) ||
      (TIME_NOUNS.has(token.lower) && next.lower === 'before'))
  );
}

/**
 * The sentence's clauses: the clause number of every token, which clauses are a comparison's
 * base, and which speak of an earlier time.
 */
export interface Clauses {
  readonly numbers: readonly number[];
  readonly comparing: ReadonlySet<number>;
  readonly earlier: ReadonlySet<number>;
  /** The clause that begins each part of the sentence between semicolons, in order. */
  readonly partStarts: readonly number[];
}

export function findClauses(tokens: readonly Token[]): Clauses {
  const numbers: number[] = [];
  const comparing = new Set<number>();
  const earlier = new Set<number>();
  const partStarts = [0];
  let clause = 0;
  tokens.forEach((token, index) => {
    const isMark =
      (token.kind === 'punct' &&
        (CLAUSE_MARKS.has(token.text) ||
          (SPACED_DASHES.has(token.text) && tokens[index - 1]?.kind === 'space'))) ||
      (opensClause(token) &&
        !(token.lower === 'to' && wordText(previousToken(tokens, index)?.token) === 'compared'));
    if (isMark) clause++;
    if (token.kind === 'punct' && token.text === ';') partStarts.push(clause);
    if (token.kind === 'word' && COMPARING_WORDS.has(token.lower)) comparing.add(clause);
    if (saysEarlier(tokens, index)) earlier.add(clause);
    numbers.push(clause);
  });
  return { numbers, comparing, earlier, partStarts };
}

/** Whether a semicolon stands between two clauses: each part of the sentence is a statement of its own. */
function sameSentencePart(clauses: Clauses, first: number, second: number): boolean {
  // Clauses are whole numbers: the parts starting at or before a clause are those before clause + 1.
  const partOf = (clause: number): number => lowerBound(clauses.partStarts, clause + 1);
  return partOf(first) === partOf(second);
}

/**
 * Owners skipped when looking back for a time to lend: a sentence names a few months' figures at
 * most, and the bound keeps a hostile run of "November's" from making the search quadratic.
 */
const MAX_OWNERS_SKIPPED = 4;

/** At most this many words may lead a fronted time: "As of", "Back in", "In". */
const MAX_WORDS_BEFORE_FRONTED = 3;

/**
 * A time that opens the sentence and is set off by a comma ("As of November 19, …", "In June, …",
 * "Last year, …") scopes over the whole sentence: it is the time of every figure whose own clause
 * names none, whatever times subordinate clauses name in between ("… up from 57 in late August, …
 * were reported from 19 states").
 */
function frontedBefore(
  tokens: readonly Token[],
  describing: readonly TimeMention[],
  figureToken: number,
): TimeMention | undefined {
  const first = describing[0];
  if (!first || first.possessive || first.endToken > figureToken) return undefined;
  let words = 0;
  for (let index = 0; index < first.firstToken; index++) {
    const token = tokens[index];
    if (token?.kind === 'word') words++;
    else if (token?.kind !== 'space') return undefined;
  }
  let next = first.endToken;
  while (tokens[next]?.kind === 'space') next++;
  return words <= MAX_WORDS_BEFORE_FRONTED && tokens[next]?.text === ',' ? first : undefined;
}

/**
 * The nearest mention at or before `position` that may govern figures outside its clause: not an
 * owner, and not the base of a comparison.
 */
function lentBefore(
  describing: readonly TimeMention[],
  clauses: Clauses,
  position: number,
): TimeMention | undefined {
  for (let at = position; at >= 0 && at >= position - MAX_OWNERS_SKIPPED; at--) {
    const mention = describing[at];
    if (!mention || mention.possessive) continue;
    if (!clauses.comparing.has(clauses.numbers[mention.firstToken] ?? -1)) return mention;
  }
  return undefined;
}

/**
 * The time of the figure at token `figureToken`. `describing` holds the mentions that describe
 * figures (no deadlines), in sentence order. Only the
 * nearest describing mention on each side can win (clauses are contiguous, so if any mention in the
 * figure's clause lies on one side, the nearest on that side does too): a binary search keeps this
 * linear in the sentence length overall.
 */
/** A figure's time, and whether it is named in the figure's own clause or lent by another. */
export interface FigureTime {
  readonly period: Period | undefined;
  readonly own: boolean;
}

export function timeForFigure(
  tokens: readonly Token[],
  describing: readonly TimeMention[],
  clauses: Clauses,
  figureToken: number,
): FigureTime {
  let low = 0;
  let high = describing.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((describing[middle]?.endToken ?? 0) <= figureToken) low = middle + 1;
    else high = middle;
  }
  const before = describing[low - 1];
  const after = describing[low];
  const numbers = clauses.numbers;
  const clause = numbers[figureToken];
  // A mention that opens with a clause word ("from January to October") belongs to the clause
  // before it: the word starts the time phrase, not another statement. An owner does not ("down
  // 1.5% from November's 121.8 points"): it is the time of the figure it owns.
  const firstClause = (mention: TimeMention): number =>
    (numbers[mention.firstToken] ?? -1) -
    (!mention.possessive && opensClause(tokens[mention.firstToken]) ? 1 : 0);
  const inClause = (mention: TimeMention | undefined): boolean =>
    mention !== undefined &&
    clause !== undefined &&
    firstClause(mention) <= clause &&
    clause <= (numbers[mention.endToken - 1] ?? -1);
  const beforeDistance = before ? figureToken - before.endToken : Infinity;
  const afterDistance = after ? after.firstToken - figureToken : Infinity;
  if (inClause(before) && inClause(after))
    return { period: (beforeDistance <= afterDistance ? before : after)?.period, own: true };
  if (inClause(before)) return { period: before?.period, own: true };
  if (inClause(after)) return { period: after?.period, own: true };
  if (after && participleClauseAfter(tokens, clauses, clause ?? 0, after))
    return { period: after.period, own: true };
  const lent =
    frontedBefore(tokens, describing, figureToken) ??
    lentBefore(describing, clauses, low - 1) ??
    lentAfter(after, clauses, clause ?? 0);
  return { period: lent?.period, own: false };
}

/**
 * A mention after the figure, outside its clause, that may still give it its time ("$1.8 trillion,
 * or 6.4% of GDP, in fiscal 2024"): not a base ("down by 104 from 882 in 2022") and not across a
 * semicolon ("666 per 100,000 …; ten years earlier, in 2012, it was 480").
 */
function lentAfter(
  after: TimeMention | undefined,
  clauses: Clauses,
  clause: number,
): TimeMention | undefined {
  if (!after || after.possessive) return undefined;
  const mentionClause = clauses.numbers[after.firstToken] ?? -1;
  if (clauses.comparing.has(mentionClause)) return undefined;
  return sameSentencePart(clauses, clause, mentionClause) ? after : undefined;
}

/** Participles that date a publication, besides the reporting verbs: "announced in July". */
const REPORT_UPDATE_VERBS = new Set(['announced', 'revised', 'updated', 'posted', 'confirmed', 'disclosed']);
/** Irregular participles that open a clause dating what it follows: "a record of 12.3 million b/d, set in 2019". */
const IRREGULAR_PARTICIPLES = new Set([
  'set',
  'hit',
  'seen',
  'held',
  'made',
  'won',
  'built',
  'sold',
  'paid',
  'spent',
]);

/**
 * Whether `after` sits in the clause right after the figure's, and that clause opens with a past
 * participle: "the previous record of 12.3 million b/d, set in 2019" dates the record, whatever
 * time the sentence named before it.
 */
function participleClauseAfter(
  tokens: readonly Token[],
  clauses: Clauses,
  clause: number,
  after: TimeMention,
): boolean {
  if (after.possessive || after.role !== 'time') return false;
  const numbers = clauses.numbers;
  if (numbers[after.firstToken] !== clause + 1) return false;
  // A clause's first token is the mark that opened it, here a comma; clause numbers only grow, so
  // a binary search finds it without walking a long clause once per figure.
  let index = lowerBound(numbers, clause + 1);
  if (tokens[index]?.text !== ',') return false;
  index++;
  while (tokens[index]?.kind === 'space') index++;
  const word = tokens[index];
  if (word?.kind !== 'word') return false;
  // "up from 4 million, reported in March": a reporting verb dates the report, not the figure.
  if (PASSIVE_REPORTING_VERBS.has(word.lower) || REPORT_UPDATE_VERBS.has(word.lower)) return false;
  return IRREGULAR_PARTICIPLES.has(word.lower) || (word.lower.length > 4 && word.lower.endsWith('ed'));
}
