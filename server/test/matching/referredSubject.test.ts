import { describe, expect, it } from 'vitest';
import { matchesAgainst } from './inlineClaims';

const CLAIMS = `
sources:
  ember-2024:
    title: Global Electricity Review 2024
    author: Ember
    date: 2024-05
claims:
  - id: wind-solar-generation-2023
    subject: electricity generated worldwide by wind and solar combined
    value: 3935
    unit: TWh
    period: 2023
    source: ember-2024
`;

describe('a sentence that opens with a pronoun speaks of what the sentence before named', () => {
  it('reads the subject of "They reached …" from the sentence before, enough for a conflict', () => {
    expect(
      matchesAgainst(
        CLAIMS,
        'Electricity from wind and solar grew fastest worldwide. They reached 3,100 TWh in 2023.',
      ),
    ).toEqual(['3,100 TWh:conflict:wind-solar-generation-2023']);
  });

  it('does not lend that subject to a later clause with its own subject', () => {
    expect(
      matchesAgainst(
        CLAIMS,
        'Electricity from wind and solar grew fastest worldwide. It was a record, while coal plants reached 3,100 TWh in 2023.',
      ),
    ).toEqual(['3,100 TWh:unmatched:-']);
  });

  it('does not lend it to a sentence that names its own subject first', () => {
    expect(
      matchesAgainst(
        CLAIMS,
        'Electricity from wind and solar grew fastest worldwide. Coal plants reached 3,100 TWh in 2023.',
      ),
    ).toEqual(['3,100 TWh:unmatched:-']);
  });
});
