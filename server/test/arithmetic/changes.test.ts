import { describe, expect, it } from 'vitest';
import { findingsOf } from './findingsOf';

const arithmetic = (text: string) => findingsOf('arithmetic', text);

const MEMO =
  'Overdose deaths in the province rose 16.5% during the 15-month trial period, from 2,843 to 3,313.';

describe('arithmetic: a stated percentage change', () => {
  it('accepts the memo as published: 16.53% rounds to the stated 16.5%', () => {
    expect(arithmetic(MEMO)).toEqual([]);
  });

  it('finds a wrong percentage and gives the computed one', () => {
    expect(arithmetic(MEMO.replace('16.5%', '61.5%'))).toEqual([
      { text: '61.5%', message: '61.5% does not follow from 2,843 to 3,313, which is a rise of 16.5%' },
    ]);
  });

  it('finds a change stated the wrong way', () => {
    expect(arithmetic(MEMO.replace('rose', 'fell'))).toEqual([
      {
        text: '16.5%',
        message: '16.5% does not follow from 2,843 to 3,313, which is a rise of 16.5%, not a fall',
      },
    ]);
  });

  it('respects the precision the writer used: 17% covers 16.5–17.5', () => {
    expect(arithmetic(MEMO.replace('16.5%', '17%'))).toEqual([]);
    // 2,843 and 3,313 each stand for ± 0.5, so the change is 16.49–16.57%: 16.6% is within reach.
    expect(arithmetic(MEMO.replace('16.5%', '16.6%'))).toEqual([]);
    expect(arithmetic(MEMO.replace('16.5%', '16.7%'))).toEqual([
      { text: '16.7%', message: '16.7% does not follow from 2,843 to 3,313, which is a rise of 16.5%' },
    ]);
  });

  it('shows enough decimals that a small change does not read as none', () => {
    expect(arithmetic('Deaths rose 1% from 2,843 to 2,844.')).toEqual([
      { text: '1%', message: '1% does not follow from 2,843 to 2,844, which is a rise of 0.04%' },
    ]);
  });

  it('reads "from A to B, a rise of X%", "up X%" and "a X% drop"', () => {
    expect(arithmetic('Deaths went from 2,843 to 3,313, a rise of 16.5%.')).toEqual([]);
    expect(arithmetic('Deaths went from 2,843 to 3,313, a rise of 26.5%.')).toHaveLength(1);
    expect(arithmetic('Seizures were up 20% from 100 to 120.')).toEqual([]);
    expect(arithmetic('Seizures were down 20% from 100 to 120.')).toHaveLength(1);
    expect(arithmetic('Seizures saw a 25 per cent drop from 400 to 300.')).toEqual([]);
    expect(arithmetic('Seizures saw a 35 per cent drop from 400 to 300.')).toEqual([
      { text: '35 per cent', message: '35 per cent does not follow from 400 to 300, which is a fall of 25%' },
    ]);
  });

  it('reads a time between the two numbers: "from A in 2015 to B in 2016"', () => {
    expect(arithmetic('Deaths rose 56.7% from 397 in 2015 to 622 in 2016.')).toEqual([]);
    expect(arithmetic('Deaths fell from 400 in 2015 to 300 in 2016, a drop of 25 per cent.')).toEqual([]);
    expect(arithmetic('Deaths fell from 400 in 2015 to 300 in 2016, a drop of 20 per cent.')).toHaveLength(1);
  });

  it('reads news order "to B from A" and converts units', () => {
    expect(arithmetic('Seizures rose 50 per cent to 1,500 kg from 1,000 kg.')).toEqual([]);
    expect(arithmetic('Seizures rose to 1.5 tonnes from 900 kg, up 66.7%.')).toEqual([]);
    expect(arithmetic('Seizures rose to 1.5 tonnes from 900 kg, up 76.7%.')).toHaveLength(1);
  });

  it('uses the hedges of the numbers: "more than 20%" agrees with 25%', () => {
    expect(arithmetic('Seizures rose more than 20% from 100 to 125.')).toEqual([]);
    expect(arithmetic('Seizures rose by about 20% from 100 to 121.')).toEqual([]);
    expect(arithmetic('Seizures rose less than 20% from 100 to 125.')).toHaveLength(1);
  });

  it('accepts percentage points or a relative change between two percentages', () => {
    expect(arithmetic('The share rose 2 percentage points from 10% to 12%.')).toEqual([]);
    expect(arithmetic('The share rose 20% from 10% to 12%.')).toEqual([]);
    expect(arithmetic('The share rose 2% from 10% to 12%.')).toEqual([]);
    expect(arithmetic('The share rose 5 percentage points from 10% to 12%.')).toEqual([
      {
        text: '5 percentage points',
        message:
          '5 percentage points does not follow from 10% to 12%, which is a rise of 2 percentage points',
      },
    ]);
  });
});

describe('arithmetic: fractions and factors', () => {
  it('accepts "rose by a third" within two points and flags a wrong fraction', () => {
    expect(arithmetic('Deaths rose by a third from 300 to 400.')).toEqual([]);
    expect(arithmetic('Deaths rose by one-third, from 300 to 405.')).toEqual([]);
    expect(arithmetic('Deaths rose by one-third, from 300 to 410.')).toHaveLength(1);
    expect(arithmetic('Deaths rose by a third from 300 to 500.')).toEqual([
      { text: 'a third', message: 'a third does not follow from 300 to 500, which is a rise of 66.7%' },
    ]);
    expect(arithmetic('Deaths fell by half to 200 from 400.')).toEqual([]);
    expect(arithmetic('Deaths fell by a quarter to 200 from 400.')).toHaveLength(1);
  });

  it('accepts "doubled" within 5% and flags a wrong factor', () => {
    expect(arithmetic('Deaths doubled from 200 to 400.')).toEqual([]);
    expect(arithmetic('Deaths doubled from 200 to 410.')).toEqual([]);
    expect(arithmetic('Deaths doubled from 200 to 500.')).toEqual([
      { text: 'doubled', message: 'doubled does not follow from 200 to 500, which is a factor of 2.5' },
    ]);
    expect(arithmetic('Seizures tripled from 100 to 300.')).toEqual([]);
    expect(arithmetic('Seizures halved from 400 to 300.')).toHaveLength(1);
  });

  it('says nothing about a hedged factor or a fraction of a unit', () => {
    expect(arithmetic('Deaths more than doubled from 200 to 500.')).toEqual([]);
    expect(arithmetic('Deaths nearly doubled from 200 to 500.')).toEqual([]);
    expect(arithmetic('The rate rose by half a percentage point from 3.1% to 3.9%.')).toEqual([]);
  });
});

describe('arithmetic: what it must not flag', () => {
  it('says nothing without a base and a target', () => {
    expect(
      arithmetic(
        'From January 1 to the end of October, 622 British Columbians died of illicit drug overdoses, with fentanyl being detected in about 60 per cent of those cases.',
      ),
    ).toEqual([]);
    expect(arithmetic('Seizures rose 50 per cent to 1.5 million doses.')).toEqual([]);
  });

  it('says nothing when the roles are ambiguous', () => {
    // Two stated changes, one pair: which change the numbers give is a guess.
    expect(arithmetic('Deaths rose 20% and overdoses rose 30%, from 100 to 120.')).toEqual([]);
    // One change, two pairs.
    expect(
      arithmetic('Deaths rose 20%, from 100 to 120 in Vancouver and from 50 to 70 in Victoria.'),
    ).toEqual([]);
    // The pair belongs to another clause.
    expect(arithmetic('Deaths rose 20% in 2016, while overdoses went from 100 to 300.')).toEqual([]);
    expect(arithmetic('Deaths rose 20% in 2016; seizures went from 100 to 300.')).toEqual([]);
  });

  it('says nothing when the two numbers are not quantities of one kind', () => {
    expect(arithmetic('Deaths rose 20% after doses went to 300 people from 40 clinics.')).toEqual([]);
    expect(arithmetic('Seizures rose 20% from 5 kg to 300 people.')).toEqual([]);
  });

  it('reads "made up 30% of" as a share, not a change', () => {
    expect(arithmetic('Fentanyl made up 30% of deaths, which went from 100 to 300.')).toEqual([]);
  });

  it('reads the new value, its change and the base after it: "$136.9 billion, down 15.9% from $162.7 billion"', () => {
    const sentence = 'Net farm income was $136.9 billion in 2023, down CHANGE% from 2022’s $162.7 billion.';
    expect(arithmetic(sentence.replace('CHANGE', '15.9'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '19.5'))).toEqual([
      {
        text: '19.5%',
        message: '19.5% does not follow from $162.7 billion to $136.9 billion, which is a fall of 15.9%',
      },
    ]);
  });

  it('reads each change against its own neighbours when a sentence states two', () => {
    const sentence =
      'The index averaged 118.5 points in December, down CHANGE% from November’s 121.8 points and down 10.1% from December 2022.';
    expect(arithmetic(sentence.replace('CHANGE', '2.7'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '1.5'))).toHaveLength(1);
  });

  it('reads a base that follows "on <time>, when it was": "down 15 percent on December 2023, when it was 16.4 billion"', () => {
    const sentence =
      'The surplus was 15.5 billion, down CHANGE percent on December 2023, when it was 16.4 billion.';
    expect(arithmetic(sentence.replace('CHANGE', '5.5'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '15'))).toHaveLength(1);
  });

  it('checks a change by an amount: "528, up 48 from 483", "rose by 48 from 480 to 528"', () => {
    expect(arithmetic('Boeing delivered 528 aircraft, up 45 from 483 in 2022.')).toEqual([]);
    expect(arithmetic('Boeing delivered 528 aircraft, up 58 from 483 in 2022.')).toEqual([
      { text: '58', message: '58 does not follow from 483 to 528, which is a rise of 45' },
    ]);
    expect(arithmetic('Deliveries rose by 58 from 483 to 528 aircraft.')).toHaveLength(1);
    expect(arithmetic('Deliveries rose by 45 from 483 to 528 aircraft.')).toEqual([]);
  });

  it('says nothing when the value before the change belongs to another statement', () => {
    expect(
      arithmetic('Imports were 211 billion and exports rose, up 8.3 percent from 203.3 billion.'),
    ).toEqual([]);
    expect(arithmetic('Exports were 211 billion; imports rose 8.3 percent from 203.3 billion.')).toEqual([]);
  });

  it('says nothing when a value is named by a long clause or a second statement before its change', () => {
    expect(
      arithmetic(
        'In 2023 some 251,674 people were staying in the relief camps that the state government opened along the coast, up 12 per cent from 249,083.',
      ),
    ).toEqual([]);
    expect(
      arithmetic(
        'By Monday 251,674 people were in camps and schools stayed shut, up 12 per cent from 249,083.',
      ),
    ).toEqual([]);
  });
});

describe('arithmetic: the new value named by a few words before its change', () => {
  it('reads "251,674 people were staying in relief camps, up 12 per cent from 249,083"', () => {
    const sentence =
      'By Monday, 251,674 people were staying in relief camps, up CHANGE per cent from 249,083.';
    expect(arithmetic(sentence.replace('CHANGE', '1'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '12'))).toEqual([
      {
        text: '12 per cent',
        message: '12 per cent does not follow from 249,083 to 251,674, which is a rise of 1%',
      },
    ]);
  });

  it('reads a time with a hyphen before the change: "26,955 entrants in 2023-24, down 12 per cent on 2022-23, when there were 28,463"', () => {
    const sentence =
      'There were 26,955 new entrants in 2023-24, down CHANGE per cent on 2022-23, when there were 28,463.';
    expect(arithmetic(sentence.replace('CHANGE', '5'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '12'))).toHaveLength(1);
  });

  it('reads the base after a change noun: "a 7.3-percent decrease from 5,486"', () => {
    const sentence =
      'There were 5,283 fatal work injuries in 2023, a CHANGE-percent decrease from 5,486 in 2022.';
    expect(arithmetic(sentence.replace('CHANGE', '3.7'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '7.3'))).toEqual([
      {
        text: '7.3-percent',
        message: '7.3-percent does not follow from 5,486 to 5,283, which is a fall of 3.7%',
      },
    ]);
  });

  it('reads a percentage and a comparative before "than": "64% more than in December 2023, when it was £4.5 billion"', () => {
    const sentence =
      'Interest was £8.3 billion, this was CHANGE% more than in December 2023, when it was £4.5 billion.';
    expect(arithmetic(sentence.replace('CHANGE', '84'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '64'))).toHaveLength(1);
    expect(arithmetic('Women earned $41,200, 20% less than men, who earned $51,500.')).toEqual([]);
    expect(arithmetic('Women earned $41,200, 30% less than men, who earned $51,500.')).toHaveLength(1);
  });

  it('reads a change with its values in brackets: "seven more homicides in 2023 (8) than in 2022 (3)"', () => {
    const sentence = 'Nova Scotia recorded CHANGE more homicides in 2023 (8) than in 2022 (3).';
    expect(arithmetic(sentence.replace('CHANGE', 'five'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', 'seven'))).toEqual([
      { text: 'seven', message: 'seven does not follow from 3 to 8, which is a rise of 5' },
    ]);
    expect(arithmetic('The province saw 20% more deaths in 2023 (336) than in 2022 (300).')).toHaveLength(1);
    expect(arithmetic('The province saw 12% more deaths in 2023 (336) than in 2022 (300).')).toEqual([]);
    // Values in brackets that are not the two times' values: no pair.
    expect(arithmetic('It had seven more beds (a record) than in 2022 (3).')).toEqual([]);
  });

  it('checks the change that reads with a "from A to B" though the sentence states another', () => {
    const sentence =
      'With seven more homicides in 2023 (8) than in 2022 (3), the rate increased CHANGE%, from 0.56 per 100,000 in 2022 to 1.49 in 2023.';
    expect(arithmetic(sentence.replace('CHANGE', '166'))).toHaveLength(1);
    expect(arithmetic(sentence.replace('CHANGE', '63'))).toHaveLength(2);
  });

  it('reads "61 people infected, up from 57 in late August, a 12 per cent rise"', () => {
    const sentence =
      'A total of 61 people infected with the outbreak strain, up from 57 in late August, a CHANGE per cent rise, were reported.';
    expect(arithmetic(sentence.replace('CHANGE', '7'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '12'))).toEqual([
      { text: '12 per cent', message: '12 per cent does not follow from 57 to 61, which is a rise of 7%' },
    ]);
  });

  it('reads the verb of "dropping to 659 from 734" as the pair’s own, not a second change', () => {
    const sentence =
      'There was a CHANGE% decrease in fatal injuries, with the count dropping to 659 in 2023 from 734 in 2022.';
    expect(arithmetic(sentence.replace('CHANGE', '10.2'))).toEqual([]);
    expect(arithmetic(sentence.replace('CHANGE', '12.2'))).toHaveLength(1);
    expect(
      arithmetic(
        'There was a 12.2% decrease in injuries, while deaths rose to 659 in 2023 from 734 in 2022.',
      ),
    ).toEqual([]);
  });
});

describe('arithmetic: a change by an amount in words', () => {
  it('reads "up eight from three" and compares whole counts exactly', () => {
    expect(arithmetic('Ten deaths were reported, up seven from three in early August.')).toEqual([]);
    expect(arithmetic('Ten deaths were reported, up eight from three in early August.')).toEqual([
      { text: 'eight', message: 'eight does not follow from three to Ten, which is a rise of 7' },
    ]);
    expect(arithmetic('Deaths have risen to 46, up three from 45 a week earlier.')).toEqual([
      { text: 'three', message: 'three does not follow from 45 to 46, which is a rise of 1' },
    ]);
  });

  it('keeps the margin of a hedged or rounded count', () => {
    expect(arithmetic('About 10 deaths were reported, up eight from three.')).toEqual([]);
    expect(arithmetic('Some 5,300 people were displaced, up 300 from 5,000.')).toEqual([]);
  });
});
