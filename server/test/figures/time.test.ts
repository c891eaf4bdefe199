import { describe, expect, it } from 'vitest';
import { figuresIn, textsIn, timeOf } from './figureHelpers';

describe('the time a figure is about', () => {
  it('reads years and possessive years', () => {
    expect(timeOf('In 2016, 350 groups were active.', '350')).toBe('2016');
    expect(timeOf("2016's toll was 622 deaths.", '622')).toBe('2016');
    expect(timeOf('As of 2024, 350 groups were active.', '350')).toBe('2024');
  });

  it('does not take the base of a comparison for the figure\u2019s time', () => {
    expect(timeOf('Production was 12% larger than 2022.', '12%')).toBe('none');
    expect(timeOf('Traffic was at 94.5 per cent of 2019 levels.', '94.5 per cent')).toBe('none');
    expect(timeOf('Exports rose 4% in June after a 2% fall in May.', '2%', '2024-08-01')).toBe('2024-05');
    const lead =
      'Boeing delivered 528 jets last year, 48 more than the 480 in 2022, and booked 1,314 orders.';
    expect(timeOf(lead, '480', '2024-02-01')).toBe('2022');
    expect(timeOf(lead, '1,314', '2024-02-01')).toBe('2023');
  });

  it('reads a time named as a level or after above, below, over or on as the base, not the figure’s time', () => {
    const december =
      'December 2023 traffic rose 25.3 per cent compared to December 2022 and reached 97.5 per cent of the December 2019 level.';
    expect(timeOf(december, '97.5 per cent')).toBe('2023-12');
    expect(timeOf('Traffic in 2023 climbed back to 94 per cent of its 2019 level.', '94 per cent')).toBe(
      '2023',
    );
    expect(
      timeOf('In December 2023 traffic was 2.3 per cent above December 2019 traffic.', '2.3 per cent'),
    ).toBe('2023-12');
    expect(timeOf('Domestic traffic ended the year almost 4 per cent above 2019.', '4 per cent')).toBe(
      'none',
    );
    expect(timeOf('Traffic in 2023 rose nearly 37 per cent on 2022.', '37 per cent')).toBe('2023');
    // Not after a figure, "over" and "on" start a time; "the whole of 2022" is one.
    expect(timeOf('Over 2022, 350 groups formed.', '350')).toBe('2022');
    expect(
      timeOf('Heathrow had 62 million passengers after 61.6 million in the whole of 2022.', '61.6 million'),
    ).toBe('2022');
  });

  it('lends a base’s year to no month, and reads "below its 2022 average" as a base', () => {
    const sentence =
      'The index averaged 124 points in 2023, 13.7% below its 2022 average, and in December it stood at 118.5 points.';
    expect(timeOf(sentence, '13.7%', '2024-02-01')).toBe('2023');
    expect(timeOf(sentence, '118.5', '2024-02-01')).toBe('2023-12');
    expect(timeOf('The 2023 level was 5 per cent.', '5 per cent')).toBe('2023');
  });

  it('gives a figure in brackets right after a time that time, even a base’s', () => {
    const sentence = 'The count rose 2% or 25,100 persons from yearend 2021 (1,205,100 persons).';
    expect(timeOf(sentence, '1,205,100')).toBe('2021');
    expect(timeOf(sentence, '25,100')).toBe('none');
    expect(timeOf('Deliveries will rise until 2026 (5,000 more), the firm says.', '5,000')).toBe('none');
  });

  it('reads a dated dateline as when the story was filed, not when its figures are', () => {
    expect(
      timeOf('CHICAGO (August 29, 2024) \u2013 Nine deaths have now been linked to the outbreak.', 'Nine'),
    ).toBe('none');
  });

  it('keeps the time of an owner ("from November’s 121.8 points") to the figure it owns', () => {
    const sentence = "The index averaged 118.5 points in December, down 1.5% from November's 121.8 points.";
    expect(timeOf(sentence, '1.5%', '2024-01-05')).toBe('2023-12');
    expect(timeOf(sentence, '121.8', '2024-01-05')).toBe('2023-11');
  });

  it('lends no time from a change’s base, across a semicolon, or to a clause that says it is earlier', () => {
    expect(timeOf('The count of 778 killings was down by 104 from 882 in 2022.', '778')).toBe('none');
    expect(
      timeOf(
        'The yield was 177 bushels, and production rose from 13.6 billion in 2022 to 15.3 billion.',
        '15.3 billion',
      ),
    ).toBe('none');
    expect(timeOf('The rate was 666 per 100,000; ten years earlier, in 2012, it was 480.', '666')).toBe(
      'none',
    );
    expect(timeOf('The rate fell to 1.9 per 100,000 in 2023, from 2.27 the year before.', '2.27')).toBe(
      'none',
    );
    expect(timeOf('The rate fell to 1.9 per 100,000 in 2023, from 2.27 the year before.', '1.9')).toBe(
      '2023',
    );
  });

  it('gives each end of "from A in one year to B in another" its own year', () => {
    const sentence =
      'The rate dropped from 6.2 per 100,000 people in 2022 to 5.7 per 100,000 people in 2023.';
    expect(timeOf(sentence, '6.2')).toBe('2022');
    expect(timeOf(sentence, '5.7')).toBe('2023');
  });

  it('reads "the nine months to December 2024" as the months that end with December', () => {
    expect(
      timeOf('Borrowing in the nine months to December 2024 was £129.9 billion.', '£129.9 billion'),
    ).toBe('2024-04..2024-12');
    expect(timeOf('In the year to March, 350 groups were active.', '350', '2024-06-01')).toBe(
      '2023-04..2024-03',
    );
  });

  it('reads a change’s "from <time>" as its base and a month’s possessive as the time of what follows', () => {
    const sentence =
      'The index averaged 118.5 points in December, down 1.5% from November’s 121.8 points and down 13.1% from December 2022.';
    expect(timeOf(sentence, '13.1%', '2024-01-05')).toBe('2023-12');
    expect(timeOf(sentence, '121.8', '2024-01-05')).toBe('2023-11');
    expect(timeOf('From 2018 to 2021, 350 groups were active.', '350')).toBe('2018..2021');
  });

  it('keeps a time span opening with "from" in the clause of the figure before it', () => {
    expect(
      timeOf(
        'An emergency was declared in April; 662 people died from January to October.',
        '662',
        '2016-11-20',
      ),
    ).toBe('2016-01..2016-10');
  });

  it('reads quarters, with their year written, from the sentence, or from the article date', () => {
    expect(timeOf('Losses were £139 million in the first quarter.', '£139 million', '2023-10-25')).toBe(
      '2023-01..2023-03',
    );
    expect(timeOf('In the third quarter of 2022, 350 groups were active.', '350')).toBe('2022-07..2022-09');
    expect(timeOf('In Q4 2023, 350 groups were active.', '350')).toBe('2023-10..2023-12');
    // "of 2019" is a base of comparison, not the quarter's year.
    expect(
      timeOf('Fourth quarter traffic was at 98.2 per cent of 2019.', '98.2 per cent', '2024-02-17'),
    ).toBe('2023-10..2023-12');
    // "the same quarter in 2019" is what the figure is compared with: its year is no one's time.
    expect(
      timeOf(
        'Fourth quarter traffic was 4.4 per cent higher than the same quarter in 2019.',
        '4.4 per cent',
        '2024-02-17',
      ),
    ).toBe('2023-10..2023-12');
    expect(timeOf('Sales were 5% above the same month of 2022.', '5%', '2023-06-10')).toBe('none');
  });

  it('gives a time that opens the sentence to every figure whose clause names none', () => {
    const sentence =
      'As of November 19, a total of 61 people, up from 57 in late August, were reported from 19 states.';
    expect(timeOf(sentence, '19', '2024-11-20')).toBe('2024-11-19');
    expect(timeOf(sentence, '57', '2024-11-20')).toBe('2024-08');
  });

  it('reads seasons against the article date or their year', () => {
    const sentence = 'Heathrow welcomed 32 million passengers this summer.';
    expect(timeOf(sentence, '32 million', '2023-10-26')).toBe('2023-06..2023-08');
    expect(timeOf('Sales rose 4% last winter.', '4%', '2024-03-10')).toBe('2023-12..2024-02');
    expect(timeOf('Sales will rise 4% next spring.', '4%', '2024-03-10')).toBe('2025-03..2025-05');
    expect(timeOf('In the summer of 2022, 350 groups were active.', '350')).toBe('2022-06..2022-08');
    expect(timeOf('Prices fall 3% every spring.', '3%', '2024-03-10')).toBe('none');
  });

  it('reads "for December" as a month, like "in December"', () => {
    expect(timeOf('Exports for December were up 6.6% from a year earlier.', '6.6%', '2025-01-13')).toBe(
      '2024-12',
    );
  });

  it('reads year spans', () => {
    expect(timeOf('Between 2018 and 2021, 350 groups were active.', '350')).toBe('2018..2021');
    expect(timeOf('From 2018 to 2021, 350 groups were active.', '350')).toBe('2018..2021');
    expect(timeOf('In 2018-2021, 350 groups were active.', '350')).toBe('2018..2021');
    expect(timeOf('In 2015-16, 350 groups were active.', '350')).toBe('2015..2016');
  });

  it('reads months of a year and runs of months', () => {
    expect(timeOf('There were 397 deaths in the first 10 months of 2015.', '397')).toBe('2015-01..2015-10');
    expect(timeOf('From January to October 2016, 622 people died.', '622')).toBe('2016-01..2016-10');
    expect(timeOf('In June 2016, 622 people died.', '622')).toBe('2016-06');
  });

  it('reads relative times against the article date, and gives none without one', () => {
    expect(timeOf('Last year 350 groups were active.', '350', '2024-11-23')).toBe('2023');
    expect(timeOf('This year 350 groups were active.', '350', '2024-11-23')).toBe('2024');
    expect(timeOf('Last month 350 groups were active.', '350', '2024-11-23')).toBe('2024-10');
    expect(timeOf('Last year 350 groups were active.', '350')).toBe('none');
  });

  it('reads "in June" as the latest June not after the article date', () => {
    expect(timeOf('In June, one kilogram was seized.', 'one kilogram', '2016-11-20')).toBe('2016-06');
    expect(timeOf('In December, one kilogram was seized.', 'one kilogram', '2016-11-20')).toBe('2015-12');
    expect(timeOf('In June, one kilogram was seized.', 'one kilogram')).toBe('none');
  });

  it('takes the year of "from January 1 to the end of October" from the sentence or the article date', () => {
    const sentence = 'From January 1 to the end of October, 622 British Columbians died.';
    expect(timeOf(sentence, '622', '2016-11-20')).toBe('2016-01..2016-10');
    expect(timeOf(sentence, '622')).toBe('none');
    expect(timeOf('From January 1 to the end of October 2016, 622 British Columbians died.', '622')).toBe(
      '2016-01..2016-10',
    );
  });

  it('runs "since 2015" to the article date, and gives none without one', () => {
    expect(timeOf('Since 2015, 350 groups have formed.', '350', '2024-11-23')).toBe('2015-01-01..2024-11-23');
    expect(timeOf('Since 2015, 350 groups have formed.', '350')).toBe('none');
  });

  it('dates a figure by a participle clause right after it, but not by a report date', () => {
    const record =
      'Production averaged 12.9 million barrels per day in 2023, breaking the previous record of 12.3 million b/d, set in 2019.';
    expect(timeOf(record, '12.3 million b/d', '2024-03-01')).toBe('2019');
    expect(timeOf(record, '12.9 million barrels', '2024-03-01')).toBe('2023');
    expect(
      timeOf('Sales hit 5 million in 2023, up from 4 million, reported in March.', '4 million', '2024-06-01'),
    ).toBe('2023');
  });

  it('runs "since" a day from the day after it, also when the day ends the phrase "since"', () => {
    const sentence =
      'No deaths have been recorded since the last CDC notice on Aug. 28, bringing the total to 59 sick.';
    expect(timeOf(sentence, '59', '2024-09-26')).toBe('2024-08-29..2024-09-26');
    expect(timeOf('Since August 28, 59 people fell sick.', '59', '2024-09-26')).toBe(
      '2024-08-29..2024-09-26',
    );
    // "on" a day with no "since" before it is that day.
    expect(timeOf('The CDC reported on Aug. 28 that 57 people were sick.', '57', '2024-09-26')).toBe(
      '2024-08-28',
    );
  });

  it('lends no other clause’s time to a figure whose clause names a deadline', () => {
    const sentence = 'Sales are expected to reach 5 million units by 2030, and 7 million in 2035.';
    expect(timeOf(sentence, '5 million', '2024-01-01')).toBe('none');
    expect(timeOf(sentence, '7 million', '2024-01-01')).toBe('2035');
  });

  it('reads "the end of 2023" as a time, not a base', () => {
    expect(
      timeOf('Output reached 5 million tonnes at the end of 2023.', '5 million tonnes', '2024-03-01'),
    ).toBe('2023');
  });

  it('never takes a deadline as the figure time', () => {
    expect(timeOf('The policy allowed up to 2.5 grams and was set to last until 2026.', '2.5 grams')).toBe(
      'none',
    );
  });

  it('prefers the time in the figure\u2019s own clause', () => {
    const sentence = 'In 2016, 622 people died, up from 397 in 2015.';
    expect(timeOf(sentence, '622')).toBe('2016');
    expect(timeOf(sentence, '397')).toBe('2015');
  });

  it('reads durations inside time expressions as figures that say when, and years as no figure', () => {
    expect(textsIn('There were 397 deaths in the first 10 months of 2015.')).toEqual(['397', '10 months']);
    expect(textsIn('Over the past five years, 350 groups formed.', '2024-11-23')).toEqual([
      'five years',
      '350',
    ]);
    const durations = figuresIn('There were 397 deaths in the first 10 months of 2015.').filter(
      (figure) => figure.saysWhen,
    );
    expect(durations.map((figure) => figure.text)).toEqual(['10 months']);
    expect(textsIn('Two years ago 350 groups formed.')).toEqual(['350']);
  });

  it('reads "the past five years" against the article date', () => {
    expect(timeOf('Over the past five years, 350 groups formed.', '350', '2024-11-23')).toBe(
      '2019-11-23..2024-11-23',
    );
  });

  it('gives no time when the sentence names none', () => {
    expect(figuresIn('More than 350 groups are active.')[0]?.time).toBeUndefined();
  });
});
