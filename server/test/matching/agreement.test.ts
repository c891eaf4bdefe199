import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/claimModel';
import type { Figure, Hedge, UnitRef } from '../../src/figures/figureModel';
import { figureAgrees } from '../../src/matching/agreement';
import { conversionFactor } from '../../src/matching/unitConversion';

function figure(value: number, low: number, high: number, hedge?: Hedge, unit?: UnitRef): Figure {
  return {
    start: 0,
    end: 1,
    numberStart: 0,
    numberEnd: 1,
    text: String(value),
    value,
    low,
    high,
    ...(unit ? { unit } : {}),
    ...(hedge ? { hedge } : {}),
    blockIndex: 0,
    sentenceIndex: 0,
    inQuote: false,
  };
}

function claim(min: number, max = min, extra: Partial<Claim> = {}): Claim {
  return {
    id: 'c',
    subject: 's',
    value: { min, max },
    sources: [],
    keywords: [],
    approximate: false,
    origin: { file: '/x.claims.yaml', span: { start: 0, end: 0 } },
    ...extra,
  };
}

const KG: UnitRef = { dimension: 'mass', code: 'kg', toBase: 1000 };
const G: UnitRef = { dimension: 'mass', code: 'g', toBase: 1 };
const TONNE: UnitRef = { dimension: 'mass', code: 't', toBase: 1_000_000 };
const PERCENT: UnitRef = { dimension: 'percent', code: '%', toBase: 1 };
const POINTS: UnitRef = { dimension: 'percent', code: 'pp', toBase: 1 };
const DOLLAR: UnitRef = { dimension: 'currency', code: '$', toBase: 1 };
const USD: UnitRef = { dimension: 'currency', code: 'USD', toBase: 1 };
const CAD: UnitRef = { dimension: 'currency', code: 'CAD', toBase: 1 };
const EUR: UnitRef = { dimension: 'currency', code: 'EUR', toBase: 1 };

describe('rounding intervals', () => {
  it('"80,000" covers 75,000–85,000', () => {
    const round = figure(80_000, 75_000, 85_000);
    expect(figureAgrees(round, claim(84_000), 1)).toBe(true);
    expect(figureAgrees(round, claim(75_000), 1)).toBe(true);
    expect(figureAgrees(round, claim(86_000), 1)).toBe(false);
    expect(figureAgrees(round, claim(74_000), 1)).toBe(false);
  });
  it('"95 million" covers 94.5–95.5 million', () => {
    const scaled = figure(95e6, 94.5e6, 95.5e6);
    expect(figureAgrees(scaled, claim(95.4e6), 1)).toBe(true);
    expect(figureAgrees(scaled, claim(96e6), 1)).toBe(false);
  });
  it('"60 per cent" covers 59.5–60.5, not 62', () => {
    const percent = figure(60, 59.5, 60.5, undefined, PERCENT);
    expect(figureAgrees(percent, claim(60.4), 1)).toBe(true);
    expect(figureAgrees(percent, claim(62), 1)).toBe(false);
  });
  it('an exact figure disagrees with a different exact reference', () => {
    expect(figureAgrees(figure(350, 349.5, 350.5), claim(99), 1)).toBe(false);
    expect(figureAgrees(figure(350, 349.5, 350.5), claim(350), 1)).toBe(true);
  });
});

describe('hedges', () => {
  it('"about" adds ±10 %', () => {
    const about = figure(60, 59.5, 60.5, 'approximately');
    expect(figureAgrees(about, claim(66), 1)).toBe(true);
    expect(figureAgrees(about, claim(54), 1)).toBe(true);
    expect(figureAgrees(about, claim(67), 1)).toBe(false);
    expect(figureAgrees(about, claim(53), 1)).toBe(false);
  });
  it('"nearly" accepts the figure or up to 10 % below, never above', () => {
    const nearly = figure(100, 99.5, 100.5, 'nearly');
    expect(figureAgrees(nearly, claim(95), 1)).toBe(true);
    expect(figureAgrees(nearly, claim(100), 1)).toBe(true);
    expect(figureAgrees(nearly, claim(89), 1)).toBe(false);
    expect(figureAgrees(nearly, claim(105), 1)).toBe(false);
  });
  it('"more than" accepts a reference at or above the figure', () => {
    const moreThan = figure(350, 349.5, 350.5, 'atLeast');
    expect(figureAgrees(moreThan, claim(350), 1)).toBe(true);
    expect(figureAgrees(moreThan, claim(10_000), 1)).toBe(true);
    expect(figureAgrees(moreThan, claim(99), 1)).toBe(false);
  });
  it('a bound is the figure itself, not its rounding: "more than US$1 trillion" fails 992.1 billion', () => {
    const trillion = figure(1e12, 0.5e12, 1.5e12, 'atLeast');
    expect(figureAgrees(trillion, claim(992.1e9), 1)).toBe(false);
    expect(figureAgrees(trillion, claim(1e12), 1)).toBe(true);
    const underSixty = figure(60, 55, 65, 'atMost');
    expect(figureAgrees(underSixty, claim(62), 1)).toBe(false);
    expect(figureAgrees(underSixty, claim(57), 1)).toBe(true);
    const nearlyFiveHundred = figure(500, 450, 550, 'nearly');
    expect(figureAgrees(nearlyFiveHundred, claim(473), 1)).toBe(true);
    expect(figureAgrees(nearlyFiveHundred, claim(520), 1)).toBe(false);
  });
  it('"less than" accepts a reference at or below the figure', () => {
    const lessThan = figure(100, 99.5, 100.5, 'atMost');
    expect(figureAgrees(lessThan, claim(100), 1)).toBe(true);
    expect(figureAgrees(lessThan, claim(3), 1)).toBe(true);
    expect(figureAgrees(lessThan, claim(120), 1)).toBe(false);
  });
  it('"up to" is a limit compared as the figure itself', () => {
    const upTo = figure(2.5, 2.45, 2.55, 'upTo', G);
    expect(figureAgrees(upTo, claim(2.5), 1)).toBe(true);
    expect(figureAgrees(upTo, claim(1), 1)).toBe(false);
    expect(figureAgrees(upTo, claim(3), 1)).toBe(false);
  });
});

describe('{min, max} references', () => {
  it('agree with any figure whose interval overlaps them', () => {
    expect(figureAgrees(figure(100, 99.5, 100.5), claim(90, 110), 1)).toBe(true);
    expect(figureAgrees(figure(110, 109.5, 110.5), claim(90, 110), 1)).toBe(true);
    expect(figureAgrees(figure(111, 110.5, 111.5), claim(90, 110), 1)).toBe(false);
    expect(figureAgrees(figure(120, 119.5, 120.5), claim(90, 110), 1)).toBe(false);
    expect(figureAgrees(figure(80, 79.5, 80.5, 'approximately'), claim(90, 110), 1)).toBe(false);
    expect(figureAgrees(figure(85, 84.5, 85.5, 'approximately'), claim(90, 110), 1)).toBe(true);
  });
});

describe('approximate references and tolerance', () => {
  it('an approximate reference is read as ±10 %', () => {
    expect(figureAgrees(figure(64, 63.5, 64.5), claim(60, 60, { approximate: true }), 1)).toBe(true);
    expect(figureAgrees(figure(70, 69.5, 70.5), claim(60, 60, { approximate: true }), 1)).toBe(false);
  });
  it('a tolerance widens the reference by that share', () => {
    expect(figureAgrees(figure(102, 101.5, 102.5), claim(100, 100, { tolerance: 0.02 }), 1)).toBe(true);
    expect(figureAgrees(figure(103, 102.5, 103.5), claim(100, 100, { tolerance: 0.02 }), 1)).toBe(false);
  });
});

describe('units', () => {
  it('convert mass before comparing, both directions', () => {
    const kilograms = figure(2.5, 2.45, 2.55, undefined, KG);
    const factor = conversionFactor(KG, G);
    expect(factor).toBeCloseTo(0.001);
    expect(figureAgrees(kilograms, claim(2500), factor ?? 0)).toBe(true);
    expect(figureAgrees(kilograms, claim(25), factor ?? 0)).toBe(false);
    const tonnes = figure(15.5, 15.45, 15.55, undefined, TONNE);
    expect(figureAgrees(tonnes, claim(15.5), conversionFactor(TONNE, KG) ?? 0)).toBe(false);
  });
  it('never compare a percentage with percentage points or a mass', () => {
    expect(conversionFactor(PERCENT, POINTS)).toBeUndefined();
    expect(conversionFactor(PERCENT, KG)).toBeUndefined();
    expect(conversionFactor(PERCENT, PERCENT)).toBe(1);
  });
  it('let a bare dollar meet any dollar currency but not the euro', () => {
    expect(conversionFactor(DOLLAR, USD)).toBe(1);
    expect(conversionFactor(DOLLAR, CAD)).toBe(1);
    expect(conversionFactor(USD, CAD)).toBeUndefined();
    expect(conversionFactor(DOLLAR, EUR)).toBeUndefined();
  });
});
