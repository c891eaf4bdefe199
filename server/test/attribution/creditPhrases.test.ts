import { describe, expect, it } from 'vitest';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';
import { creditPhrasesOf } from './creditHelpers';

describe('credit phrases: what the finder reads as an attribution', () => {
  it.each([
    ['350 groups operate, according to a confidential federal memo.', ['a confidential federal memo']],
    ['The Canada Border Services Agency has reported 350 seizures.', ['The Canada Border Services Agency']],
    ['The coroners service also said 622 people died.', ['The coroners service']],
    ['Blacklock’s Reporter says the document is new.', ['Blacklock’s Reporter']],
    ['Canada has 350 groups, said Lake.', ['Lake']],
    ['Lake told reporters that 350 groups exist.', ['Lake']],
    ['Officials noted that the CBSA reported 350 groups.', ['Officials', 'the CBSA']],
    ['A report by the CBSA found 350 groups.', ['A report by the CBSA']],
    ['The memo from the PCO says 350 groups operate.', ['The memo from the PCO']],
    ['According to a report by Health Canada, 350 groups operate.', ['a report by Health Canada']],
    ['The CBSA’s report put the number at 350.', ['The CBSA’s']],
    ['The CBSA’s latest annual report counts 350 groups.', ['The CBSA’s latest annual report']],
    ['350 groups operate, as reported by Blacklock’s Reporter.', ['Blacklock’s Reporter']],
    ['There are 350 groups, reads a June 17 memo.', ['a June 17 memo']],
    ['350 groups, a recent federal drug memo says.', ['a recent federal drug memo']],
    ['350 groups, according to the CBSA and a think tank.', ['the CBSA', 'a think tank']],
    ['The CBSA and a think tank said 350 groups operate.', ['The CBSA', 'a think tank']],
    ['The Kansas City Fed expects expenses to rise $18.2 billion.', ['The Kansas City Fed']],
    ['The agency forecasts 350 groups by June.', ['The agency']],
    ['Murders fell 11.6%, according to statistics released by the FBI.', ['statistics released by the FBI']],
    ['Murders fell 11.6%, in figures issued by the FBI on Monday.', ['the FBI']],
    ['Expenses are expected to rise $18.2 billion.', []],
    ['The forecast puts expenses at $459.5 billion.', []],
    ['Its forecasts show 350 groups.', []],
  ])('%s', (sentence, expected) => {
    expect(creditPhrasesOf(sentence)).toEqual(expected);
  });

  it('keeps names with connectors whole and stops at the prepositional phrase after them', () => {
    expect(
      creditPhrasesOf('“Drugs come from China,” stated the Memorandum for the Prime Minister in June.'),
    ).toEqual(['the Memorandum for the Prime Minister (quote)']);
    expect(creditPhrasesOf('“It is a threat,” said RCMP Commissioner Bob Paulson in a statement.')).toEqual([
      'RCMP Commissioner Bob Paulson (quote)',
    ]);
    expect(creditPhrasesOf('“It is a threat,” said B.C. Health minister Terry Lake.')).toEqual([
      'B.C. Health minister Terry Lake (quote)',
    ]);
  });

  it('ties a speaker to the quotation beside them, and only then', () => {
    expect(creditPhrasesOf('Lake said: “We need 100 per cent.”')).toEqual(['Lake (quote)']);
    expect(creditPhrasesOf('“We need 100 per cent,” Lake said.')).toEqual(['Lake (quote)']);
    expect(creditPhrasesOf('Lake said the province needs “more officers” now.')).toEqual(['Lake']);
  });

  it('reads a pronoun speaker as a phrase, so that it can be known to credit nobody we know', () => {
    expect(creditPhrasesOf('“China is the largest source,” it said.')).toEqual(['it (quote)']);
  });

  it.each([
    'In June, one kilogram of carfentanil was seized by the Canada Border Services Agency in Vancouver.',
    'This June 2016 photo provided by the RCMP shows printer ink bottles.',
    'Officials, however, said Canada has 350 groups.',
    'In the United States reports of fentanyl seizures rose.',
    'The reports describe 350 groups.',
    'The memo also detailed how precursor chemicals fuel the market.',
    'Canada’s illegal fentanyl market grew, with 350 organized crime groups involved.',
    'British Columbia’s pilot decriminalization policy allowed possession of up to 2.5 grams.',
  ])('finds no attribution in: %s', (sentence) => {
    expect(creditPhrasesOf(sentence)).toEqual([]);
  });

  it('reads the published articles’ credits, with NBSP and glued sentences', () => {
    expect(
      creditPhrasesOf(
        'Officials noted that demand is met.A June memo from the Department of Foreign Affairs corroborated the findings.' +
          '\u201cDrugs are produced in Canada,\u201d stated the Memorandum For The\u00a0Prime Minister.',
      ),
    ).toEqual([
      'Officials',
      'the Department of Foreign Affairs',
      'the Memorandum For The\u00a0Prime Minister (quote)',
    ]);
  });

  it('has no quadratic slowdown on a long run of capitalised words and connectors', () => {
    // 300,000 words in one run: a finder quadratic in them would take minutes.
    const sentence = `${'Of The Board '.repeat(100_000)}said 350 groups.`;
    expect(millisecondsFor(() => creditPhrasesOf(sentence))).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});
