/**
 * Finds the figures in one sentence of prose: each number with its scale, unit or count noun,
 * hedge, precision interval and the time it is about.
 *
 * The scanner is hand-written over a linear token stream (see `tokenize.ts`): general recognisers
 * such as Recognizers-Text were measured quadratic (a 36 KB string took 502 s), and every
 * look-around here is bounded, so a sentence is read in time linear in its length.
 *
 * Decisions:
 * - Spelled-out numbers below ten with a mere count noun ("the two governments", "two
 *   organizations") are not figures — they are noise to an editor; with a unit ("one kilogram",
 *   "two years") they are. Larger spelled numbers ("twenty people") are figures.
 * - "a"/"an" is one only before a measurement unit ("a kilogram"): "a package", "a year ago" are not.
 * - A number with no unit and no noun after it ("from 2,843 to 3,313") is a figure with no unit.
 * - The figure's span covers its currency, number, scale and unit ("$5bn", "2.5 grams") but not a
 *   count noun (the noun is often several words away: "350 organized crime groups" → "350").
 */
import type { Figure } from './figureModel';
import type { Period } from '../time/period';
import { countNounAt } from './countNoun';
import type { CountNoun } from './countNoun';
import { findClauses, timeForFigure, type FigureTime } from './figureTime';
import { hedgeBefore } from './hedges';
import { readNumberLiteral } from './numberLiterals';
import type { NumberLiteral } from './numberLiterals';
import { intervalAround } from './precision';
import { joinRanges } from './ranges';
import type { RawFigure } from './rawFigure';
import { findTimeMentions, type TimeMention } from './timeMentions';
import { shareAt } from './shareWords';
import type { ShareLiteral } from './shareWords';
import { tokenize } from './tokenize';
import { nextToken, previousToken, wordText } from './tokenNavigation';
import { smallNumberWord, tensWord } from './numberWords';
import { CHANGE_VERBS } from '../arithmetic/changeWords';
import type { Token } from './tokenize';
import { currencyBefore, unitAfter } from './unitMatching';
import { PERCENT, isMeasurement, singular } from './units';

/** A figure found in one sentence: offsets are relative to the sentence, `text` is the sentence's. */
export type SentenceFigure = Omit<Figure, 'blockIndex' | 'sentenceIndex' | 'inQuote'>;

export interface SentenceContext {
  /** The article's date, against which relative times ("last year", "in June") are read. */
  readonly articleDate?: Period;
}

/**
 * "one day", "one way", "one thing": "one" in a set phrase counts nothing (SPEC: idioms are not
 * figures). Other small numbers in words count what follows them ("four workers died").
 */
const IDIOMS_AFTER_ONE = new Set(
  'day days time times point way thing side hand another other reason example problem question step more last'.split(
    ' ',
  ),
);

function isIdiom(tokens: readonly Token[], literal: NumberLiteral): boolean {
  if (!literal.spelled || literal.value > 1) return false;
  const after = tokens[literal.endToken]?.kind === 'space' ? tokens[literal.endToken + 1] : undefined;
  return after === undefined || IDIOMS_AFTER_ONE.has(after.lower);
}

/** Whether a change verb governs the token at `index` ("up eight", "rose by three"). */
function governedByChange(tokens: readonly Token[], index: number): boolean {
  let previous = previousToken(tokens, index);
  if (previous && wordText(previous.token) === 'by') previous = previousToken(tokens, previous.index);
  const word = wordText(previous?.token);
  return word !== undefined && CHANGE_VERBS.has(word);
}

/**
 * "up eight from three", "rose by three", "rose from two to nine": a spelled number that a change
 * verb governs, or that follows "from" or "to" right after a number or change verb ("from three"
 * after "up eight"), elides the noun the sentence already named ("Ten deaths were reported, up
 * eight from three") and is a figure without one. "from nine to five" governed by no change is
 * not. One step back only, so a long run of "one to two to three …" costs linear time.
 */
function amountInChange(tokens: readonly Token[], firstToken: number): boolean {
  if (governedByChange(tokens, firstToken)) return true;
  const previous = previousToken(tokens, firstToken);
  const word = wordText(previous?.token);
  if (!previous || (word !== 'from' && word !== 'to')) return false;
  const before = previousToken(tokens, previous.index);
  if (!before) return false;
  if (before.token.kind === 'number') return true;
  const beforeWord = wordText(before.token);
  if (beforeWord === undefined) return false;
  if (CHANGE_VERBS.has(beforeWord)) return true;
  // "rose from two to nine": the number before "to" is itself governed ("from" after a verb).
  const governing = previousToken(tokens, before.index);
  return (
    smallNumberWord(beforeWord) !== undefined &&
    (governedByChange(tokens, before.index) ||
      (wordText(governing?.token) === 'from' &&
        governing !== undefined &&
        governedByChange(tokens, governing.index)))
  );
}

/** Marks that close the phrase a number ends. */
const PHRASE_ENDS = new Set([',', '.', ';', ':', '—', '–', ')']);

/**
 * "bringing the death toll to seven.": a spelled number after "to" that closes its phrase is the
 * total the sentence names, unless "to" closes a span ("from nine to five").
 */
function totalAfterTo(tokens: readonly Token[], literal: NumberLiteral): boolean {
  const previous = previousToken(tokens, literal.firstToken);
  if (!previous || wordText(previous.token) !== 'to') return false;
  const after = nextToken(tokens, literal.endToken - 1);
  if (after && !(after.token.kind === 'punct' && PHRASE_ENDS.has(after.token.text))) return false;
  const before = wordText(previousToken(tokens, previous.index)?.token);
  return before !== undefined && smallNumberWord(before) === undefined && tensWord(before) === undefined;
}

/** A share in words as a figure: a percentage with its hedge ("nearly half"). */
function figureFromShare(tokens: readonly Token[], share: ShareLiteral): RawFigure {
  const hedge = hedgeBefore(tokens, share.firstToken);
  return {
    firstToken: share.firstToken,
    endToken: share.endToken,
    numberFirstToken: share.firstToken,
    numberEndToken: share.endToken,
    value: share.value,
    low: share.low,
    high: share.high,
    scale: 1,
    unit: PERCENT,
    hedge: hedge?.hedge,
    hedgeStart: hedge?.start,
    hedgeEnd: hedge?.end,
    leadToken: hedge?.firstToken ?? share.firstToken,
  };
}

/**
 * A duration inside a time expression ("over the past 12 months", "the first six months of
 * 2024"): a figure (SPEC counts durations), but one that says when, so it is compared with no claim.
 */
function durationInTime(tokens: readonly Token[], index: number, firstIndex: number): RawFigure | undefined {
  const read = readNumberLiteral(tokens, index, firstIndex);
  if (read?.kind !== 'literal' || read.literal.article) return undefined;
  const suffix = unitAfter(tokens, read.literal.endToken);
  if (suffix?.unit.dimension !== 'duration') return undefined;
  // "two years ago", "a decade earlier" name a point in time, not a stretch of it.
  const after = tokens[suffix.endToken]?.kind === 'space' ? tokens[suffix.endToken + 1]?.lower : undefined;
  if (after === 'ago' || after === 'earlier' || after === 'later') return undefined;
  const { low, high } = intervalAround(read.literal.value, read.literal.half);
  return {
    firstToken: index,
    endToken: suffix.endToken,
    numberFirstToken: index,
    numberEndToken: read.literal.endToken,
    value: read.literal.value,
    low,
    high,
    scale: 1,
    unit: suffix.unit,
    leadToken: index,
    saysWhen: true,
  };
}

/** Words after "of" that make a number a count of some of a group: "eight of these ports", "three of them". */
const PARTITIVE_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'them']);

/**
 * "Eighteen of the study protocols", "three of them": a number in words of two or more, then "of"
 * and a determiner, counts part of a group, and counts the group's noun. "one of the best" stays
 * an idiom; "two of three patients" is a share (see shareWords).
 */
function partitiveAt(
  tokens: readonly Token[],
  literal: NumberLiteral,
): { readonly noun: CountNoun | undefined } | undefined {
  if (literal.value < 2) return undefined;
  const of = nextToken(tokens, literal.endToken - 1);
  if (!of?.spaced || wordText(of.token) !== 'of') return undefined;
  const determiner = nextToken(tokens, of.index);
  if (!determiner?.spaced || !PARTITIVE_DETERMINERS.has(wordText(determiner.token) ?? '')) return undefined;
  return { noun: countNounAt(tokens, determiner.index + 1) };
}

/** "nine (17%) of the statements": a number in words that a share in brackets restates. */
function restatedAsShare(tokens: readonly Token[], literal: NumberLiteral): boolean {
  const bracket = nextToken(tokens, literal.endToken - 1);
  if (bracket?.token.text !== '(') return false;
  const number = tokens[bracket.index + 1];
  return number?.kind === 'number' && unitAfter(tokens, bracket.index + 2)?.unit.dimension === 'percent';
}

/** The figure the literal at hand makes with its unit, noun and hedge, or undefined when it is no figure. */
function figureFromLiteral(tokens: readonly Token[], literal: NumberLiteral): RawFigure | undefined {
  if (isIdiom(tokens, literal)) return undefined;
  const prefix = literal.spelled ? undefined : currencyBefore(tokens, literal.firstToken);
  const suffix = prefix ? undefined : unitAfter(tokens, literal.endToken);
  let unit = prefix?.unit ?? suffix?.unit;
  if (literal.article && !(unit && isMeasurement(unit))) return undefined;
  let countNounToken: number | undefined;
  if (!unit) {
    const partitive = literal.spelled ? partitiveAt(tokens, literal) : undefined;
    const noun = partitive?.noun ?? countNounAt(tokens, literal.endToken);
    if (
      literal.spelled &&
      noun === undefined &&
      partitive === undefined &&
      !restatedAsShare(tokens, literal) &&
      (wordText(nextToken(tokens, literal.endToken - 1)?.token) === 'of' ||
        !(amountInChange(tokens, literal.firstToken) || totalAfterTo(tokens, literal)))
    )
      return undefined;
    if (noun) {
      unit = { dimension: 'count', code: singular(noun.token.text), toBase: 1 };
      countNounToken = tokens.indexOf(noun.token, literal.endToken);
    }
  }
  const firstToken = prefix?.firstToken ?? literal.firstToken;
  const hedge = hedgeBefore(tokens, firstToken);
  const { low, high } = intervalAround(literal.value, literal.half);
  return {
    firstToken,
    endToken: suffix?.endToken ?? literal.endToken,
    numberFirstToken: literal.firstToken,
    numberEndToken: literal.endToken,
    value: literal.value,
    low,
    high,
    scale: literal.scale,
    unit,
    countNounToken,
    hedge: hedge?.hedge,
    hedgeStart: hedge?.start,
    hedgeEnd: hedge?.end,
    leadToken: hedge?.firstToken ?? firstToken,
  };
}

function toSentenceFigure(
  sentence: string,
  tokens: readonly Token[],
  raw: RawFigure,
  time: Period | undefined,
  earlier: boolean,
): SentenceFigure | undefined {
  const first = tokens[raw.firstToken];
  const last = tokens[raw.endToken - 1];
  const numberFirst = tokens[raw.numberFirstToken];
  const numberLast = tokens[raw.numberEndToken - 1];
  if (!first || !last || !numberFirst || !numberLast) return undefined;
  // Optional fields are left out, not set to undefined; built by assignment because object spreads
  // cost measurably when a sentence holds many figures.
  const figure: { -readonly [Key in keyof SentenceFigure]: SentenceFigure[Key] } = {
    start: first.start,
    end: last.end,
    numberStart: numberFirst.start,
    numberEnd: numberLast.end,
    text: sentence.slice(first.start, last.end),
    value: raw.value,
    low: raw.low,
    high: raw.high,
  };
  if (raw.unit) figure.unit = raw.unit;
  const countNoun = raw.countNounToken === undefined ? undefined : tokens[raw.countNounToken]?.text;
  if (countNoun) figure.countNoun = countNoun;
  if (raw.hedge) {
    figure.hedge = raw.hedge;
    figure.hedgeStart = raw.hedgeStart;
    figure.hedgeEnd = raw.hedgeEnd;
  }
  if (time) figure.time = time;
  else if (earlier) figure.earlier = true;
  if (raw.saysWhen) figure.saysWhen = true;
  return figure;
}

/**
 * "from yearend 2021 (1,205,100 persons)": a figure in brackets right after a time is that time's
 * figure, base or not.
 */
function glossedTime(
  tokens: readonly Token[],
  endingAt: ReadonlyMap<number, TimeMention>,
  figureToken: number,
): FigureTime | undefined {
  const opening = previousToken(tokens, figureToken);
  if (opening?.token.text !== '(') return undefined;
  const before = previousToken(tokens, opening.index);
  const mention = before && before.token.kind !== 'space' ? endingAt.get(before.index + 1) : undefined;
  if (!mention?.period || mention.possessive || (mention.role !== 'time' && mention.role !== 'base'))
    return undefined;
  return { period: mention.period, own: true };
}

export function extractSentenceFigures(sentence: string, context: SentenceContext): SentenceFigure[] {
  const tokens = tokenize(sentence);
  const mentions = findTimeMentions(tokens, context.articleDate);
  const inTime = new Uint8Array(tokens.length);
  for (const mention of mentions) inTime.fill(1, mention.firstToken, mention.endToken);
  const firstIndex = tokens[0]?.kind === 'space' ? 1 : 0;

  const raw: RawFigure[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (inTime[index]) {
      const span = durationInTime(tokens, index, firstIndex);
      if (span) raw.push(span);
      index = span ? span.endToken : index + 1;
      continue;
    }
    const share = shareAt(tokens, index, inTime);
    if (share) {
      raw.push(figureFromShare(tokens, share));
      index = share.endToken;
      continue;
    }
    const read = readNumberLiteral(tokens, index, firstIndex);
    if (!read) {
      index++;
      continue;
    }
    if (read.kind === 'skip') {
      index = Math.max(read.next, index + 1);
      continue;
    }
    const figure = figureFromLiteral(tokens, read.literal);
    if (figure) raw.push(figure);
    // Go on after the number; its unit's words cannot start another number.
    index = Math.max(read.literal.endToken, index + 1);
  }

  const clauses = findClauses(tokens);
  const describing = mentions.filter((mention) => mention.role === 'time');
  // "expected to surpass 12.9 million b/d by the end of 2023 and … in 2024": a clause with a
  // deadline names when, and takes no other clause's time.
  const deadlineClauses = new Set(
    mentions
      .filter((mention) => mention.role === 'deadline')
      .map((mention) => clauses.numbers[mention.firstToken]),
  );
  const figures: SentenceFigure[] = [];
  const endingAt = new Map(mentions.map((mention) => [mention.endToken, mention]));
  for (const figure of joinRanges(tokens, raw)) {
    const time =
      glossedTime(tokens, endingAt, figure.firstToken) ??
      timeForFigure(tokens, describing, clauses, figure.numberFirstToken);
    // The base of a change ("up from 52.3 per cent") is from before what it changed to.
    const saysEarlier = clauses.earlier.has(clauses.numbers[figure.numberFirstToken] ?? -1);
    const earlier = saysEarlier || wordText(previousToken(tokens, figure.firstToken)?.token) === 'from';
    // "fell to 1.9 in 2023, from 2.27 the year before": a clause that says it is earlier than the
    // time it would borrow is not at that time.
    const untilDeadline = deadlineClauses.has(clauses.numbers[figure.numberFirstToken]);
    const period = time.own || (!saysEarlier && !untilDeadline) ? time.period : undefined;
    const made = toSentenceFigure(sentence, tokens, figure, period, earlier);
    if (made) figures.push(made);
  }
  return figures;
}
