import type { Figure } from '../figures/figureModel';
import type { FigureMatch } from './matchFigure';

/**
 * One sentence rarely states one quantity twice with two values: when two figures of a sentence
 * meet one claim, they are almost always two different things the claim set knows only one of
 * ("from 6.2 in 2022 to 5.7 in 2023", "24.8 GW in the US, 14.3 GW in Brazil"). So a conflict
 * stands only if no other figure of its sentence is matched to the same claim: a sentence that
 * verifies the claim with one figure says the others are about something else, and two conflicts
 * with one claim cannot both be it, unless none verifies it and only one names in its own clause
 * all that the claim measures. Such figures become unmatched, never a false conflict.
 */
export function exclusiveInSentence(
  matches: readonly { readonly figure: Figure; readonly match: FigureMatch }[],
): FigureMatch[] {
  const claimsPerSentence = new Map<string, number>();
  const namedInClausePerSentence = new Map<string, number>();
  const verifiedPerSentence = new Set<string>();
  const keyOf = (figure: Figure, claimId: string): string => `${figure.sentenceIndex}\u0000${claimId}`;
  const add = (counts: Map<string, number>, key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const { figure, match } of matches) {
    if (match.kind === 'unmatched') continue;
    const key = keyOf(figure, match.candidate.indexed.claim.id);
    add(claimsPerSentence, key);
    if (match.candidate.measuredInClause) add(namedInClausePerSentence, key);
    if (match.kind === 'verified') verifiedPerSentence.add(key);
  }
  return matches.map(({ figure, match }) => {
    if (match.kind !== 'conflict') return match;
    const key = keyOf(figure, match.candidate.indexed.claim.id);
    if ((claimsPerSentence.get(key) ?? 0) <= 1) return match;
    // "Rape offenses fell by 9.4 percent, … and robbery rates were down by 3 percent": when no
    // figure verifies the claim, the one whose own clause names what the claim measures is the
    // claim's; the others are not.
    const onlyOneNamed =
      !verifiedPerSentence.has(key) &&
      match.candidate.measuredInClause &&
      namedInClausePerSentence.get(key) === 1;
    return onlyOneNamed ? match : { kind: 'unmatched' };
  });
}
