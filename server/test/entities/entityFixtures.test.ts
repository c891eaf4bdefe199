import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/engine/checkArticle';
import { checkFixture, exampleContext } from '../engine/exampleClaimSet';

function entityMismatches(path: string): { texts: string[]; messages: string[]; severities: string[] } {
  const result = checkFixture(path);
  const findings = result.findings.filter((finding) => finding.rule === 'entity-mismatch');
  return {
    texts: findings.map((finding) => result.text.slice(finding.start, finding.end)),
    messages: findings.map((finding) => finding.message),
    severities: findings.map((finding) => finding.severity),
  };
}

describe('entity-mismatch on whole articles, through the engine', () => {
  for (const name of ['memo-exporter-2024.txt', 'rcmp-china-mou-2016.txt', 'fentanyl-czar-china.txt']) {
    it(`finds nothing in ${name} as published`, () => {
      expect(entityMismatches(`examples/articles/${name}`).texts).toEqual([]);
    });
  }

  it('finds the wrong titles planted in a dated copy of the RCMP article, as warnings', () => {
    const { texts, messages, severities } = entityMismatches('entities/rcmp-wrong-titles-2016.txt');
    expect(texts).toEqual(['RCMP Commissioner', 'RCMP commissioner', 'Premier']);
    expect(messages[0]).toContain(
      "Terry Lake's title at the article's date is British Columbia Minister of Health",
    );
    expect(messages[2]).toBe(
      "David Eby was not Premier of British Columbia at the article's date (2016-11-20); Premier of British Columbia from 2022-11",
    );
    expect(severities).toEqual(['warning', 'warning', 'warning']);
  });

  it('finds both wrong expansions of CISC planted in the memo article', () => {
    const { texts, messages } = entityMismatches('entities/memo-wrong-acronyms.txt');
    expect(texts).toEqual([
      'Canadian Integrated Response to Organized Crime',
      'Canadian Integrated Response to Organized Crime',
    ]);
    for (const message of messages) {
      expect(message).toContain(
        'CISC stands for Criminal Intelligence Service Canada, not Canadian Integrated Response to Organized Crime',
      );
    }
  });

  it('finds nothing in a rewrite full of right expansions, unknown acronyms and people, and a former premier', () => {
    expect(entityMismatches('entities/memo-right-entities-2024.txt').texts).toEqual([]);
  });

  it('is silenced by a directive and turned off by its setting', () => {
    const text =
      '---\ndate: 2016-11-20\n---\n\n<!-- claimlint-disable-next-line entity-mismatch -->\nPremier David Eby spoke.\n\nPremier David Eby left.\n';
    const rules = (settings?: Parameters<typeof exampleContext>[0]): string[] =>
      checkArticle({ text, format: 'markdown' }, exampleContext(settings))
        .findings.filter((finding) => finding.rule === 'entity-mismatch')
        .map((finding) => text.slice(finding.start, text.indexOf('\n', finding.start)));
    expect(rules()).toEqual(['Premier David Eby left.']);
    const context = exampleContext();
    expect(rules({ rules: { ...context.settings.rules, 'entity-mismatch': 'off' } })).toEqual([]);
  });
});
