import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadClaimFile } from '../../../server/src/claims/loadClaimFile';
import { STARTER_CLAIM_SET, starterFileName } from '../../src/starterClaimSet';

describe('the starter claim set', () => {
  it('is valid against the claim-file schema', () => {
    const schema: unknown = JSON.parse(readFileSync('shared/schema/claims.schema.json', 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema as object);
    expect(validate(parse(STARTER_CLAIM_SET)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('loads without a problem and adds no claims until the writer uncomments one', () => {
    const result = loadClaimFile('/ws/reference.claims.yaml', STARTER_CLAIM_SET);
    expect(result).toMatchObject({ problems: [] });
    expect(result).toMatchObject({ claims: [], quotes: [], entities: [] });
  });

  it('takes a free name', () => {
    expect(starterFileName(new Set())).toBe('reference.claims.yaml');
    expect(starterFileName(new Set(['reference.claims.yaml', 'reference-2.claims.yaml']))).toBe(
      'reference-3.claims.yaml',
    );
  });
});
