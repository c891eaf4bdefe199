import type { Figure } from '../figures/figureModel';
import type { FigureMatch } from './matchFigure';

/**
 * One sentence rarely states one quantity twice with two values: when two figures of a sentence
 * meet one claim, they are almost always two different things the claim set knows only one of
 * ("from 6.2 in 2022 to 5.7 in 2023", "24.8 GW in the US, 14.3 GW in Brazil"). So a conflict
 * stands only if no other figure of its sentence is matched to the same claim: a sentence that
 * verifies the claim with one figure says the others are about something else, and two conflicts
 * with one claim cannot both be it. Such figures become unmatched, never a false conflict.
 */
export function exclusiveInSentence(
  matches: readonly { readonly figure: Figure; readonly match: FigureMatch }[],
): FigureMatch[] {
  const claimsPerSentence = new Map<string, number>();
  const keyOf = (figure: Figure, claimId: string): string => `${figure.sentenceIndex}\u0000${claimId}`;
  for (const { figure, match } of matches) {
    if (match.kind === 'unmatched') continue;
    const key = keyOf(figure, match.candidate.indexed.claim.id);
    claimsPerSentence.set(key, (claimsPerSentence.get(key) ?? 0) + 1);
  }
  return matches.map(({ figure, match }) => {
    if (match.kind !== 'conflict') return match;
    const shared = claimsPerSentence.get(keyOf(figure, match.candidate.indexed.claim.id)) ?? 0;
    return shared > 1 ? { kind: 'unmatched' } : match;
  });
}
