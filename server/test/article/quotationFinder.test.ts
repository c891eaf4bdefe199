import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/article/quotationFinder';

function quotes(text: string): string[] {
  return findQuotations(text).map((q) => text.slice(q.start, q.end));
}

describe('findQuotations', () => {
  it('finds curly and straight double quotations, across sentences', () => {
    expect(quotes('He said “It rose. Then it fell.” and left. She said "No way."')).toEqual([
      'It rose. Then it fell.',
      'No way.',
    ]);
  });

  it('runs an unclosed double quotation to the end of the block', () => {
    expect(quotes('“The first paragraph of a long quote goes on')).toEqual([
      'The first paragraph of a long quote goes on',
    ]);
    expect(quotes('“First,” he said. “Second goes on')).toEqual(['First,', 'Second goes on']);
  });

  it('ignores apostrophes and inch marks', () => {
    expect(quotes('Canada’s minister Ya’ara Saks said the ’90s and ‘90s were different.')).toEqual([]);
    expect(quotes("Canada's minister Ya'ara said the '90s rock 'n' roll era ended.")).toEqual([]);
    expect(quotes('A 5" screen and a 7" one.')).toEqual([]);
  });

  it('finds closed single quotations', () => {
    expect(quotes('She called it ‘a grave threat’ to Canada’s communities.')).toEqual(['a grave threat']);
    expect(quotes("She called it 'a grave threat' today.")).toEqual(['a grave threat']);
  });

  it('treats single quotes inside a double quotation as part of it', () => {
    expect(quotes('“He called it ‘grave’ today,” she said.')).toEqual(['He called it ‘grave’ today,']);
  });
});
