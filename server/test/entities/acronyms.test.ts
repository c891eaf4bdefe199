import { describe, expect, it } from 'vitest';
import { checkEntities } from './checkEntities';

const WRONG_CISC =
  'CISC stands for Criminal Intelligence Service Canada, not Canadian Integrated Response to Organized Crime, whose acronym is CIROC';

describe('entity-mismatch: acronym expansions that are wrong', () => {
  it('finds "Name (ACR)" where the name is another organisation’s, at the written name', () => {
    const result = checkEntities('The Canadian Integrated Response to Organized Crime (CISC) warned of it.');
    expect(result.texts).toEqual(['Canadian Integrated Response to Organized Crime']);
    expect(result.findings[0]?.message).toBe(WRONG_CISC);
    expect(result.findings[0]?.rule).toBe('entity-mismatch');
  });

  it('finds "ACR (Name)" the other way round', () => {
    const result = checkEntities('The CISC (Canadian Integrated Response to Organized Crime) warned of it.');
    expect(result.texts).toEqual(['Canadian Integrated Response to Organized Crime']);
    expect(result.findings[0]?.message).toBe(WRONG_CISC);
  });

  it('finds "the Name, or ACR," with a swapped organisation', () => {
    const result = checkEntities('The Royal Canadian Mounted Police, or CBSA, seized it.');
    expect(result.found).toEqual([
      'Royal Canadian Mounted Police → CBSA stands for Canada Border Services Agency, not Royal Canadian Mounted Police, whose acronym is RCMP',
    ]);
  });

  it('finds a misspelt expansion that is no other entity’s name', () => {
    const result = checkEntities('Criminal Intelligence Services Canada (CISC) said so.');
    expect(result.found).toEqual([
      'Criminal Intelligence Services Canada → CISC stands for Criminal Intelligence Service Canada, not Criminal Intelligence Services Canada',
    ]);
  });

  it('relates the finding to both entities in the claim file', () => {
    const [finding] = checkEntities(
      'The Canadian Integrated Response to Organized Crime (CISC) said so.',
    ).findings;
    expect(finding?.related?.map((place) => place.message)).toEqual([
      'CISC: Criminal Intelligence Service Canada',
      'Canadian Integrated Response to Organized Crime (CIROC)',
    ]);
    expect(finding?.related?.[0]?.file).toMatch(/fentanyl-canada\.claims\.yaml$/);
  });

  it('maps the range exactly through Markdown emphasis and non-breaking spaces', () => {
    const text =
      '---\ntitle: x\n---\n\nThe *Canadian\u00a0Integrated* Response to Organized Crime (CISC) said so.';
    const result = checkEntities(text);
    expect(result.texts).toEqual(['Canadian\u00a0Integrated* Response to Organized Crime']);
  });
});

describe('entity-mismatch: acronym expansions that are right or unknowable', () => {
  it('accepts the right expansion in both orders, whatever the case, periods or a leading "the"', () => {
    const result = checkEntities(
      [
        'The Royal Canadian Mounted Police (R.C.M.P.) and the CBSA (the Canada Border Services Agency) met.',
        'The Criminal Intelligence Service Canada (CISC) and the Mounties (RCMP) met.',
        'The R.C.M.P. (Royal Canadian Mounted Police) and the Privy Council Office, or PCO, met.',
        'The ROYAL CANADIAN MOUNTED POLICE (RCMP) met.',
      ].join('\n\n'),
    );
    expect(result.found).toEqual([]);
  });

  it('accepts an expansion that differs only in connectors ("Service of Canada")', () => {
    expect(checkEntities('The Criminal Intelligence Service of Canada (CISC) said so.').found).toEqual([]);
  });

  it('accepts an expansion whose start runs into the sentence ("Canada’s Border Services Agency")', () => {
    expect(checkEntities('Canada’s Border Services Agency (CBSA) seized it.').found).toEqual([]);
  });

  it('accepts an acronym set inside its name, the name going on after it ("Border Services (CBSA) Agency")', () => {
    expect(checkEntities('The Canada Border Services (CBSA) Agency seized it.').found).toEqual([]);
    expect(checkEntities('The Royal Canadian Mounted (RCMP) Police said so.').found).toEqual([]);
    expect(checkEntities('The Canada Border Patrol (CBSA) Service seized it.').found).toHaveLength(1);
  });

  it('says nothing about an acronym the claim set does not know', () => {
    expect(
      checkEntities('The Canadian Drug Policy Coalition (CDPC) and the CDA (Royal Mint) spoke.').found,
    ).toEqual([]);
  });

  it('does not read a party, province or credit in parentheses as an expansion', () => {
    const result = checkEntities(
      [
        'Vancouver Island RCMP (CBSA) seized a kilogram.',
        'Jenny Kwan (CISC) asked a question.',
        'This photo provided by the RCMP (RCMP via AP) shows bottles.',
        'The RCMP (E Division) and the RCMP (Richmond Detachment) took part.',
      ].join('\n\n'),
    );
    expect(result.found).toEqual([]);
  });

  it('ignores a parenthesis that is not a name ("RCMP (which polices B.C.)")', () => {
    expect(
      checkEntities('The RCMP (which polices most of B.C.) and federal police (RCMP) met.').found,
    ).toEqual([]);
  });
});
