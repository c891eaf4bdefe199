import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/claimModel';
import { parseUnit } from '../../src/figures/units';
import { claimMeasure, directionsClash, figureMeasure, measuresFit } from '../../src/matching/measureFrame';
import { matchesAgainst } from './inlineClaims';

function claim(subject: string, unit?: string): Claim {
  return {
    id: 'c',
    subject,
    value: { min: 1, max: 1 },
    ...(unit ? { unit } : {}),
    sources: [],
    keywords: [],
    approximate: false,
    origin: { file: 'c.yaml', line: 1 },
  } as unknown as Claim;
}

function measure(subject: string, unit?: string): ReturnType<typeof claimMeasure> {
  return claimMeasure(claim(subject, unit), unit ? parseUnit(unit) : undefined);
}

describe('what a claim measures', () => {
  it('reads a change from the words of its subject', () => {
    expect(measure('decrease in robberies in the United States from the previous year', '%').change).toBe(
      true,
    );
    expect(measure('year-on-year growth of international airline passenger traffic', '%').change).toBe(true);
    expect(measure('total global airline passenger traffic as a share of its 2019 level', '%').change).toBe(
      false,
    );
  });

  it('reads a difference from a named base as a change, and without one as a level', () => {
    expect(measure('margin by which domestic traffic exceeded its 2019 level', '%').change).toBe(true);
    expect(measure('shortfall of traffic in the month below the same month of 2019', '%').change).toBe(true);
    expect(measure('shortfall of RCMP drug enforcement capacity in B.C.', '%').change).toBe(false);
  });

  it('reads a change in a relative clause as describing what is counted, not as a change', () => {
    expect(
      measure('Canadian provinces whose homicide rate fell from the previous year', 'provinces').change,
    ).toBe(false);
    expect(measure('companies that cut jobs in 2023', 'companies').change).toBe(false);
    expect(measure('margin by which worldwide domestic traffic exceeded its 2019 level', '%').change).toBe(
      true,
    );
  });

  it('reads a share of a change as a level, and a change in a share as a change', () => {
    expect(measure("China's share of the growth in global solar generation", '%').change).toBe(false);
    expect(measure('increase in the share of wind and solar in global electricity', 'pp').change).toBe(true);
  });

  it('reads a count rate from "rate" or "per 100,000", never a percentage', () => {
    expect(measure('murder rate in the United States, murders per 100,000 inhabitants', 'murders').rate).toBe(
      true,
    );
    expect(measure('fatal work injuries recorded in the United States', 'deaths').rate).toBe(false);
    expect(measure('unemployment rate in Canada', '%').rate).toBe(false);
  });

  it('names the measured thing without places, organisations, measure words and times', () => {
    expect([
      ...measure('decrease in robberies in the United States from the previous year').measuredStems,
    ]).toEqual(['robberi']);
    expect([
      ...measure("Heathrow's overall loss for the first nine months of the year").measuredStems,
    ]).toEqual(['loss']);
    expect([
      ...measure('murder rate in the United States, murders per 100,000 inhabitants').measuredStems,
    ]).toEqual(['murder']);
  });
});

describe('what a figure measures', () => {
  it('is a change after a change verb or noun, hedges and "by" between', () => {
    expect(figureMeasure('Rape offenses fell by ', ' percent.', false).change).toBe(true);
    expect(figureMeasure('traffic climbed more than ', ' per cent', false).change).toBe(true);
    expect(figureMeasure('murders recorded a ', ' decline', false).change).toBe(true);
    expect(figureMeasure('the figure was ', ' higher than in 2022', false).change).toBe(true);
    expect(figureMeasure('production was ', ' larger than 2022', false).change).toBe(true);
  });

  it('shares the measure of the figure it restates', () => {
    expect(figureMeasure('income is expected to decrease $30.5 billion (', ').', false).change).toBe(true);
    expect(figureMeasure('an increase of 2% or ', ' persons from yearend 2021', false).change).toBe(true);
    expect(figureMeasure('the count reached 1,230,100 (', ' in federal prisons)', false).change).toBe(false);
    expect(figureMeasure('deaths (the ', ' recorded)', false).change).toBe(false);
  });

  it('is a level when a comma ends it before the change of the next figure', () => {
    expect(figureMeasure('income is forecast at $', ' billion, down 15.9% from 2022', false).change).toBe(
      false,
    );
    expect(figureMeasure('Wind power is making up ', ' of the total', false).change).toBe(false);
  });

  it('is a level after "rose to" or "from", or with no change word', () => {
    expect(figureMeasure('The murder rate dropped from ', ' per 100,000', false).change).toBe(false);
    expect(figureMeasure('exports rose to ', ' billion', false).change).toBe(false);
    expect(figureMeasure('traffic reached ', ' of 2019 levels', false).change).toBe(false);
  });

  it('marks an expectation named right before a figure, and a forecast claim', () => {
    expect(figureMeasure('This has surpassed market predictions of ', ', with exports', false).expected).toBe(
      true,
    );
    expect(figureMeasure('higher than the expected growth of ', '.', false).expected).toBe(true);
    expect(figureMeasure('against market expectations of a ', ' increase', false).expected).toBe(true);
    expect(figureMeasure('the surplus grew to ', ' in 2023', false).expected).toBeUndefined();
    expect(measure('U.S. net farm income, February forecast for the year', 'USD').expected).toBe(true);
    expect(measure("China's merchandise trade surplus in US dollars", 'USD').expected).toBeUndefined();
    const outcome = measure("China's merchandise trade surplus in US dollars", 'USD');
    expect(measuresFit({ change: false, rate: false, expected: true }, outcome, undefined)).toBe(false);
  });

  it('gives a figure joined by "and" the change of the figure before it', () => {
    expect(
      figureMeasure('with imports and exports up 1.1 percent and ', ' to USD2.59 trillion', false),
    ).toEqual({
      change: true,
      rate: false,
      direction: 1,
    });
    expect(figureMeasure('exports fell 4.6% and ', ' of the total', false).change).toBe(true);
    expect(figureMeasure('there were 12 deaths and ', ' injuries', false).change).toBe(false);
  });

  it('is a rate when "per" a base follows it or its clause says "rate"', () => {
    expect(figureMeasure('a rate of ', ' violent crimes per 100,000 inhabitants', false).rate).toBe(true);
    expect(figureMeasure('the rate was ', '.', true).rate).toBe(true);
    expect(figureMeasure('There were ', ' homicides in 2023', false).rate).toBe(false);
    expect(
      figureMeasure('the rate decreased by 14%, from ', ' to 1.94 homicides per 100,000', false).rate,
    ).toBe(true);
  });

  it('is a rate when "a" or "an" and a base follow it, but not an annual total', () => {
    expect(figureMeasure('The average yield came in at ', ' an acre, and production rose', false).rate).toBe(
      true,
    );
    expect(figureMeasure('output averaged ', ' a day in 2023', false).rate).toBe(true);
    expect(figureMeasure('prices reached ', ' a gallon', false).rate).toBe(true);
    expect(figureMeasure('the park drew ', ' a year, the most since 2019', false).rate).toBe(false);
    expect(figureMeasure('it employs ', ' across a day shift', false).rate).toBe(false);
  });
});

describe('whether a figure can be about a claim', () => {
  const level = { change: false, rate: false };
  const change = { change: true, rate: false };
  const rate = { change: false, rate: true };
  it('never judges a change by a level, or a level by a change', () => {
    expect(measuresFit(change, level, parseUnit('%'))).toBe(false);
    expect(measuresFit(level, change, parseUnit('%'))).toBe(false);
    expect(measuresFit(change, change, parseUnit('%'))).toBe(true);
  });

  it('never judges a count rate by a count, or a count by a rate', () => {
    expect(measuresFit(level, rate, parseUnit('murders'))).toBe(false);
    expect(measuresFit(rate, level, parseUnit('murders'))).toBe(false);
    expect(measuresFit(rate, rate, parseUnit('murders'))).toBe(true);
  });

  it('leaves percentages to the other parts of the frame ("5 % of workers" needs no "rate")', () => {
    expect(measuresFit(level, { change: false, rate: false }, parseUnit('%'))).toBe(true);
  });
});

describe('which way a change goes', () => {
  it('reads a claim’s direction from its subject, and none from a neutral or mixed one', () => {
    expect(measure('fall in Australian summer crop production from the previous season', '%').direction).toBe(
      -1,
    );
    expect(measure('year-on-year growth of domestic airline passenger traffic', '%').direction).toBe(1);
    expect(measure('margin by which domestic traffic exceeded its 2019 level', '%').direction).toBe(1);
    expect(measure('shortfall of total traffic below the same month of 2019', '%').direction).toBe(-1);
    expect(measure('change in net farm income from the previous year', '%').direction).toBeUndefined();
    expect(measure('rise or fall in exports', '%').direction).toBeUndefined();
    expect(measure('shortfall of capacity', '%').direction).toBeUndefined();
  });

  it('reads a figure’s direction from its change word before or after it', () => {
    expect(figureMeasure('Exports fell ', ' per cent', false).direction).toBe(-1);
    expect(figureMeasure('Exports rose by more than ', ' per cent', false).direction).toBe(1);
    expect(figureMeasure('traffic was ', ' below the 2019 level', false).direction).toBe(-1);
    expect(figureMeasure('traffic was ', ' above the 2019 level', false).direction).toBe(1);
    expect(figureMeasure('a ', ' decline in murders', false).direction).toBe(-1);
    expect(figureMeasure('the share was ', ' of the total', false).direction).toBeUndefined();
  });

  it('clashes only when both say and they differ', () => {
    const fall = measure('fall in crop production', '%');
    expect(directionsClash(figureMeasure('production rose ', ' per cent', false), fall)).toBe(true);
    expect(directionsClash(figureMeasure('production fell ', ' per cent', false), fall)).toBe(false);
    expect(directionsClash(figureMeasure('production changed by ', ' per cent', false), fall)).toBe(false);
  });
});

const TRAFFIC = `
sources:
  iata-2024:
    title: Air passenger market analysis, December 2023
    author: IATA
    date: 2024-02
claims:
  - id: dom-above-2019
    subject: margin by which domestic airline passenger traffic exceeded its 2019 level
    value: 3.9
    unit: "%"
    period: 2023
    source: iata-2024
  - id: crop-fall
    subject: fall in summer crop production from the previous season
    value: 17
    unit: "%"
    period: 2023
    source: iata-2024
`;

describe('a change stated the other way', () => {
  it('is a conflict at the claim’s size, and verified the right way', () => {
    const article = (way: string): string[] =>
      matchesAgainst(
        TRAFFIC,
        `date 2024-02-17\n\nDomestic airline passenger traffic in 2023 was 3.9 per cent ${way} its 2019 level.`,
      );
    expect(article('below')).toEqual(['3.9 per cent:conflict:dom-above-2019']);
    expect(article('above')).toEqual(['3.9 per cent:verified:dom-above-2019']);
  });

  it('is some other change at another size, never a conflict', () => {
    expect(
      matchesAgainst(
        TRAFFIC,
        'date 2024-03-05\n\nSummer crop production in 2023 has been revised up by 14% since December.',
      ),
    ).toEqual(['14%:unmatched:-']);
    expect(
      matchesAgainst(
        TRAFFIC,
        'date 2024-03-05\n\nSummer crop production in 2023 rose 17% from the previous season.',
      ),
    ).toEqual(['17%:conflict:crop-fall']);
  });
});
