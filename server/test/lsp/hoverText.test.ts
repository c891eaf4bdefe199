import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSet, Source } from '../../src/claims/claimModel';
import type { CheckedFigure } from '../../src/engine/findingModel';
import type { Figure } from '../../src/figures/figureModel';
import { escapeMarkdown, markdownLink } from '../../src/lsp/escapeMarkdown';
import { hoverText } from '../../src/lsp/hoverText';
import { yearPeriod } from '../../src/time/period';

const origin = { file: '/claims/a.claims.yaml', span: { start: 0, end: 0 } };

function claimSet(source: Partial<Source>): ClaimSet {
  const claim: Claim = {
    id: 'c1',
    subject: 'groups <b>involved</b>',
    value: { min: 350, max: 350 },
    unit: 'groups',
    period: yearPeriod(2024),
    periodText: '2024',
    place: 'Canada',
    sources: ['s1'],
    keywords: [],
    approximate: false,
    origin,
  };
  const fullSource: Source = { id: 's1', aliases: [], origin, ...source };
  return { sources: new Map([['s1', fullSource]]), entities: [], claims: [claim], quotes: [], problems: [] };
}

const figure: Figure = {
  start: 0,
  end: 3,
  numberStart: 0,
  numberEnd: 3,
  text: '530',
  value: 530,
  low: 529.5,
  high: 530.5,
  blockIndex: 0,
  sentenceIndex: 0,
  inQuote: false,
};
const conflict: CheckedFigure = { figure, status: 'conflict', claimId: 'c1' };

describe('hover text', () => {
  it('gives the status, value, period, place and the citation with date and URL', () => {
    const text = hoverText(
      conflict,
      claimSet({ title: 'Memo', author: 'PCO', date: '2024-06', url: 'https://example.org/memo' }),
    );
    expect(text).toContain('Conflicts with the reference');
    expect(text).toContain('**350 groups**');
    expect(text).toContain('Period: 2024');
    expect(text).toContain('Place: Canada');
    expect(text).toContain('PCO, Memo, 2024');
    expect(text).toContain('published 2024\\-06');
    expect(text).toContain('](https://example.org/memo)');
  });

  it('renders claim-file text literally: no links, commands or HTML', () => {
    const text = hoverText(
      conflict,
      claimSet({ title: '[x](command:foo)', url: 'command:workbench.action.quit' }),
    );
    expect(text).toContain('\\[x\\]\\(command\\:foo\\)');
    expect(text).not.toMatch(/\]\(command:/);
    expect(text).toContain('groups \\<b\\>involved\\</b\\>');
  });

  it('says when a figure matches no claim', () => {
    expect(hoverText({ figure, status: 'unmatched' }, claimSet({}))).toContain('Unmatched');
  });
});

describe('escaping', () => {
  it('escapes Markdown punctuation and flattens line breaks', () => {
    expect(escapeMarkdown('a *b*\n# c')).toBe('a \\*b\\* \\# c');
  });

  it('links only http(s) URLs, with parentheses encoded', () => {
    expect(markdownLink('javascript:alert(1)')).toBeUndefined();
    expect(markdownLink('https://e.org/a_(b)')).toBe(
      '[https\\://e\\.org/a\\_\\(b\\)](https://e.org/a_%28b%29)',
    );
  });
});
