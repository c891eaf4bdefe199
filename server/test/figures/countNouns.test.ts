import { describe, expect, it } from 'vitest';
import { onlyFigure } from './figureHelpers';

const nounOf = (sentence: string): [string | undefined, string | undefined] => {
  const figure = onlyFigure(sentence);
  return [figure.countNoun, figure.unit?.code];
};

describe('count nouns', () => {
  it('takes the head of the noun phrase after the number', () => {
    expect(nounOf('with 350 organized crime groups involved in production')).toEqual(['groups', 'group']);
    expect(nounOf('622 British Columbians died of overdoses')).toEqual(['Columbians', 'columbian']);
    expect(nounOf('There were 397 illicit drug deaths in the province')).toEqual(['deaths', 'death']);
    expect(nounOf('about 40 drug-related deaths last spring')).toEqual(['deaths', 'death']);
    expect(nounOf('1,200 people were arrested')).toEqual(['people', 'person']);
  });

  it('reads past a word that counts further things: "six more people", "12 fewer deaths"', () => {
    expect(nounOf('Six more people have died since Monday')).toEqual(['people', 'person']);
    expect(nounOf('There were 12 fewer deaths than in 2022')).toEqual(['deaths', 'death']);
    expect(nounOf('It cost 5 more than that')).toEqual([undefined, undefined]);
    expect(nounOf('The truck hit two other vehicles')).toEqual(['vehicles', 'vehicle']);
  });

  it('stops at function words, verbs, participles and punctuation', () => {
    expect(nounOf('350 groups are involved')).toEqual(['groups', 'group']);
    expect(nounOf('350 groups, officials said')).toEqual(['groups', 'group']);
    expect(nounOf('there were 350 labs operating nationwide')).toEqual(['labs', 'lab']);
    expect(nounOf('In 2023, six provinces saw reductions in their rates')).toEqual(['provinces', 'province']);
  });

  it('stops at a time that follows the noun: "1,314 aircraft last year"', () => {
    expect(nounOf('Boeing got orders for 1,314 aircraft last year')).toEqual(['aircraft', 'aircraft']);
    expect(nounOf('the rate rose to 1.6 last year')).toEqual([undefined, undefined]);
  });

  it('gives a bare number no unit and no noun', () => {
    const figure = onlyFigure('the count went to 3,313.');
    expect(figure.unit).toBeUndefined();
    expect(figure.countNoun).toBeUndefined();
  });

  it('gives a count unit of base 1', () => {
    expect(onlyFigure('350 groups').unit).toEqual({ dimension: 'count', code: 'group', toBase: 1 });
  });
});
