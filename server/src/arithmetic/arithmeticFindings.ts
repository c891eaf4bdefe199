import type { Finding } from '../engine/findingModel';
import type { RuleInput } from '../rules/ruleInput';
import { baseTargetPairs, bracketedPair, pairAroundChange, type BaseTargetPair } from './baseTargetPairs';
import { isChangeWord } from './changeWords';
import { checkChange } from './checkChange';
import { checkShares } from './checkShares';
import { checkTimes } from './checkTimes';
import { sentenceViews, significantTokens, type SentenceView } from './sentenceView';
import { statedChanges, type StatedChange } from './statedChanges';
import { words } from './wordList';

/**
 * How far a stated change may stand from its "from A to B" ("rose 16.5% during the 15-month trial
 * period, from 2,843 to 3,313"), in words and marks.
 */
const MAX_TOKENS_BETWEEN = 12;

/** Words that open another clause: "rose 20%, while overdoses went from 100 to 300" relates two things. */
const CLAUSE_OPENERS = new Set(
  words(
    'and but or nor yet so',
    'while whilst whereas as although though',
    'after before when because meanwhile',
    'which who that where',
  ),
);

/**
 * Whether the change and the pair read as one statement: close together, with no other change
 * word, clause opener or semicolon between them.
 */
function belongTogether(view: SentenceView, change: StatedChange, pair: BaseTargetPair): boolean {
  const inPair =
    (change.kind === 'percent' || change.kind === 'amount') &&
    (change.placed === pair.base || change.placed === pair.target);
  if (inPair) return false;
  let from: number;
  let to: number;
  if (change.after <= pair.first) [from, to] = [change.after, pair.first];
  else if (pair.after <= change.first) [from, to] = [pair.after, change.first];
  else return false;
  const between = significantTokens(view.tokens, from, to);
  // "a 12.2% decrease …, with the count dropping to 659 from 734": the verb right before the pair
  // is the pair's own, not a second change.
  const pairVerb = change.after <= pair.first ? between[between.length - 1] : undefined;
  return (
    between.length <= MAX_TOKENS_BETWEEN &&
    between.every((index) => {
      const token = view.tokens[index];
      return (
        token !== undefined &&
        token.text !== ';' &&
        (index === pairVerb || !isChangeWord(token.lower)) &&
        !CLAUSE_OPENERS.has(token.lower)
      );
    })
  );
}

/**
 * Each stated change against the values it joins. A "from A to B" is read only when the sentence
 * has one such pair and exactly one change reads with it. Without any, a change is read against its neighbours,
 * the new value before it and the base after it ("$136.9 billion, down 19.5% from $162.7 billion"),
 * whose roles the pattern itself makes plain however many changes the sentence has.
 */
function changeFindings(view: SentenceView): Finding[] {
  const changes = statedChanges(view);
  const pairs = baseTargetPairs(view);
  if (pairs.length > 0) {
    const [pair] = pairs;
    if (pairs.length !== 1 || !pair) return [];
    // A change with its own values in brackets ("seven more homicides in 2023 (8) than in 2022
    // (3), … increased 63%, from 0.56 to 1.49") is checked against those; of the others, exactly
    // one must read with the pair.
    const bracketed: Finding[] = [];
    const others = changes.filter((change) => {
      const own =
        change.kind === 'percent' || change.kind === 'amount' ? bracketedPair(view, change) : undefined;
      if (!own) return true;
      const finding = checkChange(view, change, own);
      if (finding) bracketed.push(finding);
      return false;
    });
    const [change] = others;
    const paired =
      others.length === 1 && change && belongTogether(view, change, pair)
        ? checkChange(view, change, pair)
        : undefined;
    return paired ? [paired, ...bracketed] : bracketed;
  }
  return changes.flatMap((change) => {
    if (change.kind !== 'percent' && change.kind !== 'amount') return [];
    const pair = pairAroundChange(view, change) ?? bracketedPair(view, change);
    const finding = pair && checkChange(view, change, pair);
    return finding ? [finding] : [];
  });
}

/**
 * Rule `arithmetic` (SPEC "Rules"): a stated change, share or ratio that the numbers beside it in
 * the same sentence do not give. Each pattern is checked only where the roles of the numbers are
 * unambiguous; anything else is left alone, since a false alarm costs more than a missed error.
 */
export function arithmeticFindings(input: RuleInput): Finding[] {
  const figures = input.figures.map((checked) => checked.figure);
  return sentenceViews(input.article, figures).flatMap((view) => [
    ...changeFindings(view),
    ...checkShares(view),
    ...checkTimes(view),
  ]);
}
