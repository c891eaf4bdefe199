import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSet } from '../../src/claims/claimModel';
import { parseUnit } from '../../src/figures/units';
import { buildClaimIndex, FREQUENT_STEM_LIMIT, termWeight } from '../../src/matching/claimIndex';
import { contentStems } from '../../src/matching/contentWords';

const ORIGIN = { file: '/claims.claims.yaml', span: { start: 0, end: 0 } };

function claim(id: string, subject: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    subject,
    value: { min: 1, max: 1 },
    sources: [],
    keywords: [],
    approximate: false,
    origin: ORIGIN,
    ...extra,
  };
}

function claimSet(claims: readonly Claim[]): ClaimSet {
  return { sources: new Map(), entities: [], claims, quotes: [], problems: [] };
}

const CLAIMS = [
  claim('a', 'fentanyl deaths in British Columbia', {
    place: 'Canada',
    keywords: ['overdose', 'deaths'],
    unit: 'deaths',
  }),
  claim('b', 'carfentanil seizures at the border', { unit: 'kg' }),
  claim('c', 'overdose deaths among youth', { place: 'Canada', unit: 'g' }),
  claim('d', 'the and of', { keywords: ['labs'] }),
];

describe('the claim index', () => {
  const index = buildClaimIndex(claimSet(CLAIMS));

  it('makes candidates of the claims sharing a stem, subject, place or keyword, in order', () => {
    expect([...index.candidatesOf('death')]).toEqual([0, 2]);
    expect([...index.candidatesOf('canada')]).toEqual([0, 2]);
    expect([...index.candidatesOf('overdos')]).toEqual([0, 2]);
    expect([...index.candidatesOf('lab')]).toEqual([3]);
    expect([...index.candidatesOf('unknown')]).toEqual([]);
  });

  it('weighs a stem by how rare it is in the set, and an unknown stem as the rarest', () => {
    expect(index.weight('death')).toBeCloseTo(termWeight('death', 2), 12);
    expect(index.weight('carfentanil')).toBeCloseTo(termWeight('carfentanil', 1), 12);
    expect(index.weight('death')).toBeLessThan(index.weight('carfentanil'));
    expect(index.weight('unknown')).toBeCloseTo(termWeight('unknown', 1), 12);
  });

  it('gives each claim its subject and place stems, the keyword stems they lack, and the subject weight', () => {
    const first = index.claimAt(0);
    expect(first?.claim).toBe(CLAIMS[0]);
    expect([...(first?.subjectStems ?? [])]).toEqual([
      ...contentStems('fentanyl deaths in British Columbia Canada'),
    ]);
    expect([...(first?.keywordStems ?? [])]).toEqual(['overdos']);
    const sum = [...(first?.subjectStems ?? [])].reduce((total, stem) => total + index.weight(stem), 0);
    expect(first?.subjectWeight).toBe(sum);
    expect(first?.unit).toEqual(parseUnit('deaths'));
    expect(index.claimAt(3)?.subjectWeight).toBe(0);
    expect(index.claimAt(3)?.unit).toBeUndefined();
  });

  it('makes each claim’s entry once, and none past the last claim', () => {
    expect(index.claimAt(1)).toBe(index.claimAt(1));
    expect(index.claimById.get('b')).toBe(index.claimAt(1));
    expect(index.claimAt(4)).toBeUndefined();
    expect(index.claimAt(-1)).toBeUndefined();
    expect(index.claimById.get('z')).toBeUndefined();
  });

  it('weighs a word on a scale that does not grow with the set, and a measure word the same in any set', () => {
    expect(termWeight('carfentanil', 1)).toBeGreaterThan(termWeight('carfentanil', 20));
    expect(termWeight('share', 1)).toBe(termWeight('share', 5000));
  });

  it('makes no candidates of a stem more than FREQUENT_STEM_LIMIT claims share, but still weighs it', () => {
    const many = Array.from({ length: FREQUENT_STEM_LIMIT + 1 }, (_, i) =>
      claim(`c${i}`, `province figure ${i}`),
    );
    const big = buildClaimIndex(claimSet(many));
    expect([...big.candidatesOf('provinc')]).toEqual([]);
    expect(big.weight('provinc')).toBeCloseTo(termWeight('provinc', FREQUENT_STEM_LIMIT + 1), 12);
    expect([...big.candidatesOf('7')]).toEqual([7]);
    const atLimit = buildClaimIndex(claimSet(many.slice(1)));
    expect(atLimit.candidatesOf('provinc')).toHaveLength(FREQUENT_STEM_LIMIT);
  });

  it('indexes an empty claim set', () => {
    const empty = buildClaimIndex(claimSet([]));
    expect(empty.claimAt(0)).toBeUndefined();
    expect([...empty.candidatesOf('death')]).toEqual([]);
    expect(empty.weight('death')).toBeCloseTo(termWeight('death', 1), 12);
  });
});
