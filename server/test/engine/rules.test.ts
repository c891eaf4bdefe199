import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/engine/checkArticle';
import type { ResolvedSettings } from '../../src/config/resolvedSettings';
import { exampleContext } from './exampleClaimSet';

function check(text: string, format: 'markdown' | 'text' = 'markdown', settings?: Partial<ResolvedSettings>) {
  const result = checkArticle({ text, format }, exampleContext(settings));
  return {
    ...result,
    rules: result.findings.map((finding) => `${finding.rule}:${text.slice(finding.start, finding.end)}`),
  };
}

const MEMO_SENTENCE =
  'Canada has more than 350 organized crime groups involved in fentanyl production and distribution';

describe('figure-conflict', () => {
  it('finds a changed figure, its hedge kept out of the range', () => {
    const { rules } = check(`${MEMO_SENTENCE.replace('350', '530')}, according to a federal memo.`);
    expect(rules).toContain('figure-conflict:530');
  });

  it('does not flag a hedged figure the reference satisfies ("more than 99" when it is 350)', () => {
    const { rules } = check(`${MEMO_SENTENCE.replace('350', '99')}, according to a federal memo.`);
    expect(rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
  });

  it('does not flag a figure about another countable thing in a similar sentence', () => {
    const { rules } = check(
      'Police say 12 fentanyl labs run by organized crime groups in Canada were dismantled last year.',
    );
    expect(rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
  });

  it('reads a count of people as fitting a claim that counts deaths', () => {
    const { rules } = check(
      'In 2016, 662 people died of illicit drug overdoses in British Columbia from January to October.',
    );
    expect(rules).toContain('figure-conflict:662');
  });

  it('does not flag a figure with too little in common with any claim', () => {
    const { rules } = check('The agency hired 45 new officers in Vancouver.');
    expect(rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
  });

  it('does not flag a figure inside a quotation', () => {
    const { rules } = check(
      '“We want RCMP drug enforcement in British Columbia brought up to 100 per cent of capacity,” said Lake.',
    );
    expect(rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
  });

  it('compares a hedged figure as SPEC says: "nearly 400" agrees with 397, "nearly 300" does not', () => {
    const agree = check(
      'There were nearly 400 illicit drug overdose deaths in British Columbia in the first 10 months of 2015.',
    );
    expect(agree.rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
    const conflict = check(
      'There were nearly 300 illicit drug overdose deaths in British Columbia in the first 10 months of 2015.',
    );
    expect(conflict.rules).toContain('figure-conflict:300');
  });
});

describe('missing-citation', () => {
  it('finds a verified figure with no citation and no credited source', () => {
    const { rules, findings } = check(
      'There were 397 illicit drug overdose deaths in British Columbia in the first 10 months of 2015.',
    );
    expect(rules).toContain('missing-citation:397');
    const finding = findings.find((candidate) => candidate.rule === 'missing-citation');
    expect(finding?.severity).toBe('information');
    expect(finding?.message).toContain('BC Coroners Service');
  });

  it('accepts a footnote, a citekey or a link in the sentence', () => {
    const sentence =
      'There were 397 illicit drug overdose deaths in British Columbia in the first 10 months of 2015';
    for (const cited of [
      `${sentence}.[^1]\n\n[^1]: BC Coroners Service, 2016.`,
      `${sentence} [@bc-coroners-2016].`,
      `${sentence}, according to [the coroner](https://example.org/report).`,
    ]) {
      expect(check(cited).rules.filter((rule) => rule.startsWith('missing-citation'))).toEqual([]);
    }
  });

  it('accepts the source credited by name in the sentence', () => {
    const { rules } = check(`${MEMO_SENTENCE}, according to a confidential federal memo.`);
    expect(rules.filter((rule) => rule.startsWith('missing-citation'))).toEqual([]);
  });
});

describe('unverified-figure', () => {
  it('is a hint on a figure that matches no claim, and never on years or dates', () => {
    const { findings, rules } = check('On October 10, 2016, police seized 45 kilograms of cocaine.');
    expect(rules).toEqual(['unverified-figure:45 kilograms']);
    expect(findings[0]?.severity).toBe('hint');
  });
});

describe('severities and silencing', () => {
  const conflicting = `${MEMO_SENTENCE.replace('350', '530')}, according to a federal memo.`;

  it('applies configured severities and turns rules off', () => {
    const base = exampleContext().settings.rules;
    const raised = check(conflicting, 'markdown', { rules: { ...base, 'figure-conflict': 'error' } });
    expect(raised.findings.find((finding) => finding.rule === 'figure-conflict')?.severity).toBe('error');
    const off = check(conflicting, 'markdown', { rules: { ...base, 'figure-conflict': 'off' } });
    expect(off.rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
  });

  it('honours disable-next-line in Markdown and %% directives in plain text', () => {
    const markdown = check(`<!-- claimlint-disable-next-line figure-conflict -->\n${conflicting}`);
    expect(markdown.rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
    const text = check(`%% claimlint-disable-next-line figure-conflict\n${conflicting}`, 'text');
    expect(text.rules.filter((rule) => rule.startsWith('figure-conflict'))).toEqual([]);
    const otherRule = check(`<!-- claimlint-disable-next-line missing-citation -->\n${conflicting}`);
    expect(otherRule.rules).toContain('figure-conflict:530');
  });
});
