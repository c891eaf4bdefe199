import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimSetOf, type GeneratedClaim } from '../../../bench/src/claimSetText';
import { pick, seededRandom } from '../../../bench/src/random';
import type { ClaimSet } from '../../src/claims/claimModel';
import { contentStems } from '../../src/matching/contentWords';

const ROOT = join(__dirname, '../../..');
/** How claim subjects are phrased in any claim set: shared words that tie no claim to a subject. */
const FRAMES = ['number of', 'share of', 'rise in', 'fall in', 'total', 'average', 'rate of'];
const UNITS = ['%', 'USD', 'EUR', 'kg', 'deaths', 'people', 'cases', 'months', 'times', ''];

/**
 * Claims about subjects the corpus never mentions: their topic words and place names are English
 * words (the word-list package) whose stems occur in none of `text`, framed and unitted as real
 * claims are ("share of …", "%", "deaths", a year). Adding them to a claim set must change no
 * finding of an article about something else.
 */
export function unrelatedClaims(count: number, text: string, seed = 5): GeneratedClaim[] {
  const used = contentStems(text);
  const words = readFileSync(join(ROOT, 'node_modules/word-list/words.txt'), 'utf8')
    .split('\n')
    .filter((word) => /^[a-z]{6,}$/u.test(word))
    .filter((word) => ![...contentStems(word)].some((stem) => used.has(stem)));
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const place = pick(random, words);
    const unit = pick(random, UNITS);
    return {
      id: `unrelated-${i}`,
      subject: `${pick(random, FRAMES)} ${pick(random, words)} ${pick(random, words)} in ${place[0]?.toUpperCase()}${place.slice(1)}`,
      value: Math.round(random() * 100_000) / 10,
      ...(unit ? { unit } : {}),
      period: String(2000 + Math.floor(random() * 26)),
      place,
      source: `source-${Math.floor(random() * 500)}`,
      keywords: [],
    };
  });
}

/** The claim set with the generated claims (and their sources) added after its own. */
export function withClaims(claimSet: ClaimSet, claims: readonly GeneratedClaim[]): ClaimSet {
  const generated = claimSetOf(claims);
  return {
    ...claimSet,
    sources: new Map([...generated.sources, ...claimSet.sources]),
    claims: [...claimSet.claims, ...generated.claims],
  };
}
