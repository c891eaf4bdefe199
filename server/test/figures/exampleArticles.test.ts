import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { extractFigures } from '../../src/figures/extractFigures';
import type { Figure } from '../../src/figures/figureModel';
import { formatPeriod } from '../../src/time/period';

function figuresOf(name: string): { text: string; figures: Figure[] } {
  const path = fileURLToPath(new URL(`../../../test-fixtures/examples/articles/${name}`, import.meta.url));
  const text = readFileSync(path, 'utf8');
  return { text, figures: extractFigures(parseArticle(text, 'text')) };
}

/** A figure as the tests compare it: its text and what it says. */
function summary(figure: Figure): Record<string, unknown> {
  return {
    text: figure.text,
    value: figure.value,
    unit: figure.unit?.code,
    noun: figure.countNoun,
    hedge: figure.hedge,
    time: figure.time ? formatPeriod(figure.time) : undefined,
    inQuote: figure.inQuote,
  };
}

describe('memo-exporter-2024.txt (dated 2024-11-23)', () => {
  const { text, figures } = figuresOf('memo-exporter-2024.txt');

  it('finds every figure with value, unit, hedge and time', () => {
    expect(figures.map(summary)).toEqual([
      {
        text: '350',
        value: 350,
        unit: 'group',
        noun: 'groups',
        hedge: 'atLeast',
        time: undefined,
        inQuote: false,
      },
      {
        text: '16.5%',
        value: 16.5,
        unit: '%',
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: '15-month',
        value: 15,
        unit: 'month',
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: '2,843',
        value: 2843,
        unit: undefined,
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: '3,313',
        value: 3313,
        unit: undefined,
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: '2.5 grams',
        value: 2.5,
        unit: 'g',
        noun: undefined,
        hedge: 'upTo',
        time: undefined,
        inQuote: false,
      },
      {
        text: '15 months',
        value: 15,
        unit: 'month',
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
    ]);
  });

  it('places figures and hedges at their document offsets', () => {
    for (const figure of figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    const groups = figures[0];
    expect(groups && text.slice(groups.hedgeStart, groups.hedgeEnd)).toBe('more than');
    expect(groups && text.slice(groups.numberStart, groups.numberEnd)).toBe('350');
  });

  it('takes no year, date or month for a figure', () => {
    const texts = figures.map((figure) => figure.text);
    for (const notFigure of ['2024', '2026', '2015', 'January', 'June']) {
      expect(texts.some((found) => found.includes(notFigure))).toBe(false);
    }
  });
});

describe('rcmp-china-mou-2016.txt (undated)', () => {
  const { figures } = figuresOf('rcmp-china-mou-2016.txt');

  it('finds every figure with value, unit, hedge and time', () => {
    expect(figures.map(summary)).toEqual([
      {
        text: 'two',
        value: 2,
        unit: 'government',
        noun: 'governments',
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: 'two',
        value: 2,
        unit: 'organization',
        noun: 'organizations',
        hedge: undefined,
        time: undefined,
        inQuote: true,
      },
      {
        text: '622',
        value: 622,
        unit: 'columbian',
        noun: 'Columbians',
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: '60 per cent',
        value: 60,
        unit: '%',
        noun: undefined,
        hedge: 'approximately',
        time: undefined,
        inQuote: false,
      },
      {
        text: '397',
        value: 397,
        unit: 'death',
        noun: 'deaths',
        hedge: undefined,
        time: '2015-01..2015-10',
        inQuote: false,
      },
      {
        text: '10 months',
        value: 10,
        unit: 'month',
        noun: undefined,
        hedge: undefined,
        time: '2015-01..2015-10',
        inQuote: false,
      },
      {
        text: 'one kilogram',
        value: 1,
        unit: 'kg',
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: 'a kilogram',
        value: 1,
        unit: 'kg',
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: '30 per cent',
        value: 30,
        unit: '%',
        noun: undefined,
        hedge: undefined,
        time: undefined,
        inQuote: false,
      },
      {
        text: '100 per cent',
        value: 100,
        unit: '%',
        noun: undefined,
        hedge: 'upTo',
        time: undefined,
        inQuote: true,
      },
    ]);
  });

  it('takes no date for a figure', () => {
    const texts = figures.map((figure) => figure.text).join(' | ');
    for (const notFigure of ['June 2016', 'January 1', 'October 10', 'November 3']) {
      expect(texts).not.toContain(notFigure);
    }
  });

  it('reads relative times once the article has a date', () => {
    const path = fileURLToPath(
      new URL('../../../test-fixtures/examples/articles/rcmp-china-mou-2016.txt', import.meta.url),
    );
    const dated = extractFigures(parseArticle(readFileSync(path, 'utf8'), 'text'), {
      start: Date.UTC(2016, 10, 20) / 86_400_000,
      end: Date.UTC(2016, 10, 21) / 86_400_000,
    });
    const times = new Map(
      dated.map((figure) => [figure.text, figure.time ? formatPeriod(figure.time) : undefined]),
    );
    expect(times.get('622')).toBe('2016-01..2016-10');
    expect(times.get('one kilogram')).toBe('2016-06');
  });
});

describe('fentanyl-czar-china.txt', () => {
  it('has no figures at all', () => {
    expect(figuresOf('fentanyl-czar-china.txt').figures).toEqual([]);
  });
});
