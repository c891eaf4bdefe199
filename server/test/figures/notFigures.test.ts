import { describe, expect, it } from 'vitest';
import { textsIn } from './figureHelpers';

describe('numbers that are not figures', () => {
  it.each([
    ['years', 'The law passed in 2016 and lapsed in 1999.'],
    ['decades', 'Since the 1990s and the \u201990s revival, nothing.'],
    ['fiscal years', 'In fiscal 2015-16 nothing changed.'],
    ['dates, month first', 'On October 10, police acted; on Nov. 3 they did again; June 17 was quiet.'],
    ['dates, day first', 'On 10 October police acted.'],
    ['ISO dates', 'The memo is dated 2024-11-23.'],
    ['numeric dates', 'The memo is dated 11/23/2024.'],
    ['clock times', 'They met at 3 p.m. and again at 10:30 and at 9am.'],
    ['ordinals', 'It was the 47th case, after the 1st and 2nd ones.'],
    ['versions', 'Install version 1.2.3 or v1.2 of the tool.'],
    ['phone numbers', 'Call 604-555-1234 or (604) 555-1234 or +1 604 555 1234.'],
    [
      'names and identifiers',
      'COVID-19, H1N1, Bill C-10, Section 56(1), Highway 1, Room 204, Chapter 3, Boeing 737 and the G7.',
    ],
    ['numbers glued to letters', 'A 3D printer, 5G towers and mp3 files.'],
    ['the object replacement placeholder', 'See the note\uFFFC and the code\uFFFC here.'],
    ['list markers at the start of a block', '1. Establish joint task forces'],
    ['reference markers', 'The first transfer was in 1893.[1] It was repeated in 1905,[2] and later.[12]'],
  ])('skips %s', (_kind, sentence) => {
    expect(textsIn(sentence)).toEqual([]);
  });

  it('keeps a placeholder out of a number', () => {
    expect(textsIn('It cost $5\uFFFC in total.')).toEqual(['$5']);
  });

  it('still finds figures next to dates and years', () => {
    expect(textsIn('On October 10, police seized 350 kg.')).toEqual(['350 kg']);
    expect(textsIn('In 2016, 622 people died.')).toEqual(['622']);
  });

  it('treats a year-like number with a measurement unit as a figure', () => {
    expect(textsIn('They seized 2000 kg of powder.')).toEqual(['2000 kg']);
  });

  it('reads a number after a name as an amount when a unit or scale follows it', () => {
    expect(textsIn('The US added 24.8 GW and Brazil 14.3 GW.')).toEqual(['24.8 GW', '14.3 GW']);
    expect(textsIn('Ontario 2.5 million, Quebec 1.8 million.')).toEqual(['2.5 million', '1.8 million']);
    expect(textsIn('Flight 752 and Highway 401 were closed.')).toEqual([]);
  });

  it('keeps list markers mid-sentence as figures', () => {
    expect(textsIn('They found 1. That was all.')).toEqual(['1']);
  });
});
