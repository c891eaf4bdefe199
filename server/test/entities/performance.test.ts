import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import type { ClaimSet, Entity } from '../../src/claims/claimModel';
import { entityFindings } from '../../src/entities/entityFindings';
import { entityIndexFor } from '../../src/entities/entityIndex';
import { claimIndexFor } from '../../src/matching/claimIndex';
import { parseDate } from '../../src/time/period';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';

const ORIGIN = { file: '/claims/big.claims.yaml', span: { start: 0, end: 1 } };

/** A claim set with thousands of people (each with a dated role) and organisations with acronyms. */
function bigClaimSet(count: number): ClaimSet {
  const entities: Entity[] = [];
  for (let at = 0; at < count; at++) {
    entities.push({
      name: `Person${at} Surname${at}`,
      aliases: [`Surname${at}`],
      roles: [
        {
          title: `Minister of Portfolio${at}`,
          aliases: [`Portfolio${at} Minister`],
          from: parseDate('2015-01'),
          to: parseDate('2019-12'),
        },
      ],
      origin: ORIGIN,
    });
    entities.push({ name: `Agency Number ${at} Office`, aliases: [`AGY${at}`], roles: [], origin: ORIGIN });
  }
  return { sources: new Map(), entities, claims: [], quotes: [], problems: [] };
}

/** The rule's input for `text`, parsed and indexed up front so that timing covers the rule alone. */
function ruleInput(text: string, claimSet: ClaimSet): Parameters<typeof entityFindings>[0] {
  const article = parseArticle(text, 'text');
  return {
    article,
    claimSet,
    index: claimIndexFor(claimSet),
    figures: [],
    articleDate: parseDate('2017-06-01'),
  };
}

function repeatedTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length));
}

describe('entity-mismatch performance', () => {
  const claimSet = bigClaimSet(5000);

  it('builds the lookup tables once per claim set', () => {
    expect(entityIndexFor(claimSet)).toBe(entityIndexFor(claimSet));
  });

  it('checks 2 MB dense with titles, names and acronyms against 10,000 entities without quadratic slowdown', () => {
    const piece =
      'Portfolio12 Minister Person12 Surname12 met Portfolio7 Minister Person9 Surname9, the Portfolio3 minister, ' +
      'and the Agency Number 4 Office (AGY5) and AGY6 (Agency Number 6 Office) of B.C. on Tuesday.\n\n';
    // 2 MB holds about 90,000 titles, names and acronyms: a rule quadratic in them would take minutes.
    const input = ruleInput(repeatedTo(piece, 2_000_000), claimSet);
    let findings = 0;
    const elapsed = millisecondsFor(() => {
      findings = entityFindings(input).length;
    });
    expect(findings).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });

  it.each([
    ['capitalised runs', 'Premier Minister Of The '],
    ['open parentheses', '( '],
    ['acronym parentheses', 'AGY1 (AGY2 (Agency '],
    ['commas after names', 'Person1 Surname1, '],
    ['dotted letters', 'A.B.C.D.'],
  ])('does not slow down pathologically on 250 KB of repeated %s', (_kind, piece) => {
    const input = ruleInput(repeatedTo(piece, 250_000), claimSet);
    expect(millisecondsFor(() => entityFindings(input))).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});
