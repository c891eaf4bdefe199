import { describe, expect, it } from 'vitest';
import { findingsOf } from './findingsOf';

const arithmetic = (text: string) => findingsOf('arithmetic', text);

describe('arithmetic: a share beside its part and whole', () => {
  it.each([
    ['Police solved 12 of 40 cases, or SHARE per cent.'],
    ['Police solved SHARE% (12 of 40) of the cases.'],
    ['Police solved 12 out of 40 cases (SHARE%) last year.'],
    ['Police solved 12 of the 40 cases — about SHARE per cent.'],
  ])('reads %s: 30 agrees, 50 does not', (pattern) => {
    expect(arithmetic(pattern.replace('SHARE', '30'))).toEqual([]);
    expect(arithmetic(pattern.replace('SHARE', '50'))).toHaveLength(1);
  });

  it('reads the whole after the share, "17, or 40% of the 59", and before the part, "Of 61 people …, 60, or 98 per cent"', () => {
    expect(arithmetic('Of the sick, 17, or 29% of the 59, were hospitalized.')).toEqual([]);
    expect(arithmetic('Of the sick, 17, or 40% of the 59, were hospitalized.')).toEqual([
      { text: '40%', message: '40% does not follow from 17 of 59, which is 29%' },
    ]);
    expect(
      arithmetic('Of 61 people with information available, 60, or 98 per cent, were hospitalized.'),
    ).toEqual([]);
    expect(
      arithmetic('Of 61 people with information available, 60, or 88 per cent, were hospitalized.'),
    ).toHaveLength(1);
  });

  it('finds a share that does not follow and gives the computed one', () => {
    expect(arithmetic('Police solved 12 of 40, or 40 per cent.')).toEqual([
      { text: '40 per cent', message: '40 per cent does not follow from 12 of 40, which is 30%' },
    ]);
    expect(arithmetic('Police solved 25% of the cases (12 of 40).')).toEqual([
      { text: '25%', message: '25% does not follow from 12 of 40, which is 30%' },
    ]);
  });

  it('reads a whole named by a few words before the restated share', () => {
    expect(arithmetic('Police traced 12 of 40 seized shipments, or 40 per cent, to China.')).toEqual([
      { text: '40 per cent', message: '40 per cent does not follow from 12 of 40, which is 30%' },
    ]);
    expect(arithmetic('Police traced 12 of 40 seized shipments, or 30 per cent, to China.')).toEqual([]);
  });

  it('reads a part named by a few words and a whole of another noun or of money: "217,438 trips, or 85 per cent of the 256,509 arrivals"', () => {
    const trips = 'Visitors made 217,438 inbound tourist trips, or SHARE per cent of the 256,509 arrivals.';
    expect(arithmetic(trips.replace('SHARE', '85'))).toEqual([]);
    expect(arithmetic(trips.replace('SHARE', '92'))).toEqual([
      { text: '92 per cent', message: '92 per cent does not follow from 217,438 of 256,509, which is 85%' },
    ]);
    const money = 'Receipts were Rs 25.83 lakh crore, or SHARE per cent of the Rs 32.07 lakh crore budgeted.';
    expect(arithmetic(money.replace('SHARE', '81'))).toEqual([]);
    expect(arithmetic(money.replace('SHARE', '95'))).toHaveLength(1);
    expect(arithmetic('Exports were $5 billion, or 95 per cent of the 32 shipments.')).toEqual([]);
  });

  it('does not read a percentage of something else as the share', () => {
    // A bare comma: the percentage may be a share of another thing.
    expect(arithmetic('Police solved 12 of 40 cases, 80 per cent of them involving fentanyl.')).toEqual([]);
    expect(arithmetic('Police solved 12 of 40 cases, and fentanyl was found in 80 per cent.')).toEqual([]);
  });

  it('says nothing when the roles are ambiguous', () => {
    expect(arithmetic('Police solved 12 of 40 cases and 8 of 20 appeals, or 30 per cent.')).toEqual([]);
    expect(arithmetic('Police solved 12 of 40 cases (30%, up from 25%).')).toEqual([]);
  });

  it('says nothing without a part and whole', () => {
    expect(
      arithmetic(
        'From January 1 to the end of October, 622 British Columbians died of illicit drug overdoses, with fentanyl being detected in about 60 per cent of those cases.',
      ),
    ).toEqual([]);
  });
});

describe('arithmetic: "N times as many" with both numbers', () => {
  it.each([
    ['There were three times as many deaths in 2016 as in 2015: LARGER against 100.'],
    ['There were LARGER deaths in 2016, three times the 100 of 2015.'],
    ['Police seized LARGER kg, three times the amount of the year before, when they seized 100 kg.'],
  ])('reads %s: 300 agrees, 200 does not', (pattern) => {
    expect(arithmetic(pattern.replace('LARGER', '300'))).toEqual([]);
    expect(arithmetic(pattern.replace('LARGER', '200'))).toHaveLength(1);
  });

  it('accepts either reading of "times more": 3 or 4 times', () => {
    expect(arithmetic('There were 400 deaths, three times more than the 100 in 2015.')).toEqual([]);
    expect(arithmetic('There were 300 deaths, three times more than the 100 in 2015.')).toEqual([]);
  });

  it('finds a factor the numbers do not give', () => {
    expect(arithmetic('There were 300 deaths in 2016, three times the 150 of 2015.')).toEqual([
      { text: 'three times', message: 'three times does not follow from 300 and 150, which is a ratio of 2' },
    ]);
  });

  it('says nothing without both numbers, or with numbers of different kinds', () => {
    expect(arithmetic('Fentanyl is 50 to 100 times more potent than morphine.')).toEqual([]);
    expect(arithmetic('Fentanyl is 50 times more potent than heroin, and 2 mg can kill 1 person.')).toEqual(
      [],
    );
    expect(arithmetic('Police raided the lab three times the same week, seizing 40 kg and 2 kg.')).toEqual(
      [],
    );
  });

  it('says nothing with a third quantity in the sentence', () => {
    expect(arithmetic('There were three times as many deaths in 2016 as in 2015: 300, 100 and 80.')).toEqual(
      [],
    );
  });
});
