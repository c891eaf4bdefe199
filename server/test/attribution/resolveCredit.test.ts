import { describe, expect, it } from 'vitest';
import { resolveCredit } from '../../src/attribution/resolveCredit';
import { buildSourceNameTable, sourceNameTableFor } from '../../src/attribution/sourceNames';
import type { ClaimSet, Source } from '../../src/claims/claimModel';
import { exampleContext } from '../engine/exampleClaimSet';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';

const claimSet = exampleContext().claimSet;
const table = sourceNameTableFor(claimSet);

function resolve(phrase: string): { name: string; sources: string[] } | undefined {
  const credit = resolveCredit(phrase, 0, phrase.length, table);
  return credit && { name: credit.name, sources: [...credit.sourceIds].sort() };
}

describe('resolving a credited name to sources', () => {
  it('resolves a source alias, allowing extra adjectives, and prefers the longest name', () => {
    expect(resolve('a recent federal memo')).toEqual({ name: 'federal memo', sources: ['pco-memo-2024'] });
    expect(resolve('a confidential federal memo')).toEqual({
      name: 'confidential federal memo',
      sources: ['pco-memo-2024'],
    });
    expect(resolve('a federal drug policy memo')?.sources).toEqual(['pco-memo-2024']);
  });

  it('resolves a title written whole, in any case and with NBSP', () => {
    expect(resolve('the Memorandum For The\u00a0Prime Minister')?.sources).toEqual(['pco-memo-2024']);
  });

  it('resolves an author to every source it wrote, however its name is written', () => {
    const both = ['bc-coroners-2016', 'bc-coroners-decrim-2024'];
    expect(resolve('the BC Coroners Service')?.sources).toEqual(both);
    expect(resolve('the B.C. Coroners Service')?.sources).toEqual(both);
    expect(resolve('the coroners service')?.sources).toEqual(['bc-coroners-2016']);
  });

  it('resolves an entity, by name or alias, to the sources it authored', () => {
    expect(resolve('The Canada Border Services Agency')).toEqual({
      name: 'Canada Border Services Agency',
      sources: ['cbsa-carfentanil-2016'],
    });
    expect(resolve('CBSA')?.sources).toEqual(['cbsa-carfentanil-2016']);
    expect(resolve('the CBSA’s latest annual report')?.sources).toEqual(['cbsa-carfentanil-2016']);
    expect(resolve('the Mounties')?.sources).toEqual(['rcmp-mps-mou-2016']);
  });

  it('resolves a known person who wrote no source to no sources, before an organisation in the phrase', () => {
    expect(resolve('RCMP Commissioner Bob Paulson')).toEqual({ name: 'Bob Paulson', sources: [] });
    expect(resolve('Addictions Minister Ya’ara Saks')).toEqual({ name: 'Ya’ara Saks', sources: [] });
  });

  it('resolves nobody it does not know', () => {
    expect(resolve('a think tank')).toBeUndefined();
    expect(resolve('it')).toBeUndefined();
    expect(resolve('Officials')).toBeUndefined();
    expect(resolve('the Department of Foreign Affairs')).toBeUndefined();
  });

  it('does not join a name across function words ("Health Minister of Canada" is not Health Canada)', () => {
    expect(resolve('The Health Minister of Canada')).toBeUndefined();
    expect(resolve('the Health Canada statement')?.sources).toEqual(['health-canada-decrim-2023']);
  });

  it('credits each of several names joined by "and", and nobody when one of them is unknown', () => {
    expect(resolve('The CBSA and Health Canada')).toEqual({
      name: 'CBSA and Health Canada',
      sources: ['cbsa-carfentanil-2016', 'health-canada-decrim-2023'],
    });
    expect(resolve('The CBSA and Statistics Canada')).toBeUndefined();
  });

  it('builds the table once per claim set', () => {
    expect(sourceNameTableFor(claimSet)).toBe(table);
  });

  it('resolves against thousands of sources without pathological slowdown', () => {
    const origin = { file: '/claims.yaml', span: { start: 0, end: 0 } };
    const sources = new Map<string, Source>();
    for (let index = 0; index < 5_000; index++) {
      const id = `source-${index}`;
      sources.set(id, {
        id,
        title: `Annual report number ${index} on drug markets`,
        author: `Agency ${index} of Canada`,
        aliases: [`agency ${index} report`],
        origin,
      });
    }
    const large: ClaimSet = { sources, entities: [], claims: [], quotes: [], problems: [] };
    const phrase = 'a recent report by Agency 4321 of Canada';
    const elapsed = millisecondsFor(() => {
      const largeTable = buildSourceNameTable(large);
      for (let round = 0; round < 1_000; round++) resolveCredit(phrase, 0, phrase.length, largeTable);
      expect([...(resolveCredit(phrase, 0, phrase.length, largeTable)?.sourceIds ?? [])]).toEqual([
        'source-4321',
      ]);
    });
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});
