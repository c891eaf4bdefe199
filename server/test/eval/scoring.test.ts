import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/engine/checkArticle';
import type { GoldFinding } from '../../src/eval/goldModel';
import { scoreFindings } from '../../src/eval/scoreFindings';
import { createSpanLocator } from '../../src/eval/spanLocator';

const TEXT = 'The lead says 350 groups.\nLater the memo counts 530 groups and 530 again.';

function finding(rule: ReportedFinding['rule'], text: string, occurrence = 1): ReportedFinding {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) start = TEXT.indexOf(text, start + 1);
  return { rule, severity: 'warning', message: 'm', start, end: start + text.length };
}

function gold(rule: GoldFinding['rule'], text: string, related: GoldFinding['related'] = []): GoldFinding {
  return { rule, text, why: 'w', related };
}

describe('scoreFindings', () => {
  it('matches by rule and overlapping range, whatever the message says', () => {
    const score = scoreFindings(
      [gold('figure-conflict', 'counts 530 groups')],
      [finding('figure-conflict', '530'), finding('arithmetic', '530')],
      createSpanLocator(TEXT),
      [],
    );
    expect(score.truePositives).toHaveLength(1);
    expect(score.falsePositives.map((found) => found.rule)).toEqual(['arithmetic']);
    expect(score.falseNegatives).toEqual([]);
  });

  it('accepts a report at a related place and counts a second report of the same problem as a duplicate', () => {
    const score = scoreFindings(
      [gold('internal-conflict', '530', [{ text: '350' }])],
      [finding('internal-conflict', '350'), finding('internal-conflict', '530')],
      createSpanLocator(TEXT),
      [],
    );
    expect(score.truePositives).toHaveLength(1);
    expect(score.duplicates).toHaveLength(1);
    expect(score.falsePositives).toEqual([]);
  });

  it('counts a missed gold finding and leaves out, with a problem, gold that points nowhere', () => {
    const problems: string[] = [];
    const score = scoreFindings(
      [gold('misquote', '530', []), gold('misquote', 'not in the text')],
      [],
      createSpanLocator(TEXT),
      problems,
    );
    expect(score.falseNegatives).toHaveLength(1);
    expect(problems).toHaveLength(1);
  });

  it('ignores findings of information and hint rules', () => {
    const score = scoreFindings(
      [],
      [finding('missing-citation', '350'), finding('unverified-figure', '530')],
      createSpanLocator(TEXT),
      [],
    );
    expect(score.falsePositives).toEqual([]);
  });
});

describe('createSpanLocator', () => {
  it('finds the nth occurrence in the file or on a line, and gives its line', () => {
    const locator = createSpanLocator(TEXT);
    expect(locator.resolve({ text: '530', occurrence: 2 })).toMatchObject({
      start: TEXT.lastIndexOf('530'),
      line: 2,
    });
    expect(locator.resolve({ text: 'groups', line: 2 })).toMatchObject({
      start: TEXT.indexOf('530 groups') + 4,
    });
    expect(locator.resolve({ text: '350', line: 2 })).toBeTypeOf('string');
  });

  it('lets a plain space in the gold match a non-breaking space or a line break in the article', () => {
    const locator = createSpanLocator('one\u00a0kilogram of\ncarfentanil');
    expect(locator.resolve({ text: 'one kilogram of carfentanil' })).toMatchObject({ start: 0, end: 27 });
  });
});
