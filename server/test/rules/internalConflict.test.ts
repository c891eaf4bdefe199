import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import type { CheckedFigure } from '../../src/engine/findingModel';
import type { Figure, Hedge, UnitRef } from '../../src/figures/figureModel';
import { claimIndexFor } from '../../src/matching/claimIndex';
import { internalConflictFindings } from '../../src/rules/internalConflict';
import type { RuleInput } from '../../src/rules/ruleInput';
import { yearPeriod, type Period } from '../../src/time/period';
import { checkFixture, exampleContext } from '../engine/exampleClaimSet';
import { findingsOf } from '../arithmetic/findingsOf';

const GROUPS = 'ocg-fentanyl-canada-memo';
const GRAMS: UnitRef = { dimension: 'mass', code: 'g', toBase: 1 };
const MILLIGRAMS: UnitRef = { dimension: 'mass', code: 'mg', toBase: 0.001 };

interface Stated {
  readonly text: string;
  readonly value: number;
  readonly half?: number;
  readonly hedge?: Hedge;
  readonly unit?: UnitRef;
  readonly time?: Period;
  readonly inQuote?: boolean;
  readonly status?: CheckedFigure['status'];
  readonly claimId?: string;
  /** The sentence the figure is counted in (its own by default). */
  readonly sentence?: number;
}

/** An article that states each figure in a sentence of its own, matched as given. */
function ruleInput(...statements: Stated[]): { input: RuleInput; text: string } {
  let text = '';
  const figures: CheckedFigure[] = statements.map((stated, sentenceIndex) => {
    text += 'They say ';
    const start = text.length;
    text += `${stated.text}. `;
    const half = stated.half ?? 0.5;
    const figure: Figure = {
      start,
      end: start + stated.text.length,
      numberStart: start,
      numberEnd: start + stated.text.length,
      text: stated.text,
      value: stated.value,
      low: stated.value - half,
      high: stated.value + half,
      ...(stated.unit ? { unit: stated.unit } : {}),
      ...(stated.hedge ? { hedge: stated.hedge } : {}),
      ...(stated.time ? { time: stated.time } : {}),
      blockIndex: 0,
      sentenceIndex: stated.sentence ?? sentenceIndex,
      inQuote: stated.inQuote ?? false,
    };
    const status = stated.status ?? 'verified';
    return status === 'unmatched'
      ? { figure, status }
      : { figure, status, claimId: stated.claimId ?? GROUPS };
  });
  const { claimSet } = exampleContext();
  const article = parseArticle(text, 'text');
  return { input: { article, claimSet, index: claimIndexFor(claimSet), figures }, text };
}

function conflicts(...statements: Stated[]): string[] {
  const { input, text } = ruleInput(...statements);
  return internalConflictFindings(input).map(
    (finding) =>
      `${text.slice(finding.start, finding.end)} vs ${(finding.related ?? [])
        .map((place) => `${place.file ?? 'same file'}:${text.slice(place.start, place.end)}`)
        .join(', ')}`,
  );
}

describe('internal-conflict', () => {
  it('finds a claim restated with another value, on the later figure, related to the earlier', () => {
    expect(conflicts({ text: '350', value: 350 }, { text: '530', value: 530, status: 'conflict' })).toEqual([
      '530 vs same file:350',
    ]);
  });

  it('reports the later figure even when the earlier one is the one that conflicts with the claim', () => {
    expect(conflicts({ text: '530', value: 530, status: 'conflict' }, { text: '350', value: 350 })).toEqual([
      '350 vs same file:530',
    ]);
  });

  it('says nothing for the same value twice, or for values the hedges reconcile', () => {
    expect(conflicts({ text: '350', value: 350 }, { text: '350', value: 350 })).toEqual([]);
    expect(
      conflicts(
        { text: '350', value: 350, hedge: 'approximately' },
        { text: '350', value: 350, hedge: 'atLeast' },
      ),
    ).toEqual([]);
    expect(conflicts({ text: '300', value: 300, hedge: 'atLeast' }, { text: '350', value: 350 })).toEqual([]);
  });

  it('reads an open-ended hedge as reaching a quarter past its number within one article', () => {
    expect(
      conflicts(
        { text: '350', value: 350, hedge: 'atLeast' },
        { text: '530', value: 530, status: 'conflict' },
      ),
    ).toEqual(['530 vs same file:350']);
    expect(
      conflicts(
        { text: '350', value: 350, hedge: 'atMost' },
        { text: '200', value: 200, status: 'conflict' },
      ),
    ).toEqual(['200 vs same file:350']);
    expect(
      conflicts(
        { text: '300', value: 300, hedge: 'atLeast' },
        { text: '370', value: 370, status: 'conflict' },
      ),
    ).toEqual([]);
  });

  it('finds a hedged value that excludes the earlier one', () => {
    expect(
      conflicts(
        { text: '350', value: 350 },
        { text: '530', value: 530, hedge: 'atLeast', status: 'conflict' },
      ),
    ).toEqual(['530 vs same file:350']);
  });

  it('compares in one unit: 2.5 g and 2,500 mg agree, 2.5 g and 25 mg do not', () => {
    const grams = { text: '2.5 grams', value: 2.5, half: 0.05, unit: GRAMS, claimId: 'bc-decrim-threshold' };
    expect(conflicts(grams, { ...grams, text: '2,500 mg', value: 2500, half: 50, unit: MILLIGRAMS })).toEqual(
      [],
    );
    expect(
      conflicts(grams, {
        ...grams,
        text: '25 mg',
        value: 25,
        half: 0.5,
        unit: MILLIGRAMS,
        status: 'conflict',
      }),
    ).toEqual(['25 mg vs same file:2.5 grams']);
  });

  it('says nothing for figures about different times', () => {
    expect(
      conflicts(
        { text: '350', value: 350, time: yearPeriod(2023) },
        { text: '530', value: 530, time: yearPeriod(2024), status: 'conflict' },
      ),
    ).toEqual([]);
    expect(
      conflicts(
        { text: '350', value: 350, time: yearPeriod(2024) },
        { text: '530', value: 530, time: yearPeriod(2024), status: 'conflict' },
      ),
    ).toEqual(['530 vs same file:350']);
  });

  it('says nothing for a figure inside a quotation, unmatched figures or different claims', () => {
    expect(conflicts({ text: '350', value: 350 }, { text: '530', value: 530, inQuote: true })).toEqual([]);
    expect(conflicts({ text: '350', value: 350, inQuote: true }, { text: '530', value: 530 })).toEqual([]);
    expect(conflicts({ text: '350', value: 350 }, { text: '530', value: 530, status: 'unmatched' })).toEqual(
      [],
    );
    expect(
      conflicts(
        { text: '350', value: 350 },
        { text: '397', value: 397, claimId: 'bc-illicit-deaths-2015-jan-oct' },
      ),
    ).toEqual([]);
  });

  it('does not report a figure that repeats any earlier statement', () => {
    expect(
      conflicts(
        { text: '350', value: 350 },
        { text: '530', value: 530, status: 'conflict' },
        { text: '350', value: 350 },
      ),
    ).toEqual(['530 vs same file:350']);
  });

  it('says nothing for two values in one sentence: they are two things ("from 6.2 to 5.7")', () => {
    expect(
      conflicts(
        { text: '350', value: 350, sentence: 0 },
        { text: '530', value: 530, status: 'conflict', sentence: 0 },
      ),
    ).toEqual([]);
  });

  it('says nothing when both statements agree with the claim, however far apart their values', () => {
    expect(
      conflicts({ text: '300', value: 300, hedge: 'atLeast' }, { text: '530', value: 530, hedge: 'atMost' }),
    ).toEqual([]);
  });
});

describe('internal-conflict in whole articles', () => {
  it('finds "more than 530 organized crime groups" after 350 in the same article', () => {
    const result = checkFixture('arithmetic/memo-groups-restated.md');
    const findings = result.findings.filter((finding) => finding.rule === 'internal-conflict');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(result.text.slice(finding?.start, finding?.end)).toBe('530');
    expect(finding?.message).toBe(
      'more than 530 here, but 350 earlier in this article for the same claim ' +
        '(organized crime groups involved in fentanyl production and distribution in Canada)',
    );
    expect(finding?.claimId).toBe(GROUPS);
    const related = finding?.related?.[0];
    expect(related?.file).toBeUndefined();
    expect(result.text.slice(related?.start, related?.end)).toBe('350');
    // The later figure also conflicts with the claim set: both rules apply.
    expect(
      result.findings.some((other) => other.rule === 'figure-conflict' && other.start === finding?.start),
    ).toBe(true);
  });

  it('says nothing when an article repeats a claim in agreeing words ("about 350", "more than 350", "350")', () => {
    const result = checkFixture('arithmetic/memo-groups-repeated.md');
    expect(result.figures.filter((checked) => checked.claimId === GROUPS)).toHaveLength(3);
    expect(result.findings.filter((finding) => finding.rule === 'internal-conflict')).toEqual([]);
  });

  it('is silenced like every rule', () => {
    const first =
      'Canada has 350 organized crime groups involved in fentanyl production and distribution, according to a federal memo.\n\n';
    const later =
      'The memo counts 530 organized crime groups involved in fentanyl production and distribution in Canada.\n';
    expect(findingsOf('internal-conflict', first + later, 'markdown')).toHaveLength(1);
    const silenced = `${first}<!-- claimlint-disable-next-line internal-conflict -->\n${later}`;
    expect(findingsOf('internal-conflict', silenced, 'markdown')).toEqual([]);
  });
});
