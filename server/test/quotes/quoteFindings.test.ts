import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/engine/checkArticle';
import { checkFixture, EXAMPLE_CLAIMS, exampleContext } from '../engine/exampleClaimSet';

const QUOTE_RULES = new Set(['misquote', 'quote-misattribution']);

function quoteFindingsOf(result: ReturnType<typeof checkFixture>) {
  return result.findings
    .filter((finding) => QUOTE_RULES.has(finding.rule))
    .map((finding) => ({ ...finding, text: result.text.slice(finding.start, finding.end) }));
}

function check(text: string, format: 'text' | 'markdown' = 'text') {
  return quoteFindingsOf({ ...checkArticle({ text, format }, exampleContext()), text });
}

const PAULSON = 'Fentanyl and other opioids pose a grave threat to the safety of Canadian communities.';

describe('the example articles as published', () => {
  it.each(['memo-exporter-2024.txt', 'rcmp-china-mou-2016.txt', 'fentanyl-czar-china.txt'])(
    '%s quotes nobody wrongly',
    (name) => {
      expect(quoteFindingsOf(checkFixture(`examples/articles/${name}`))).toEqual([]);
    },
  );
});

describe('misquote', () => {
  it('finds a changed word, with a word diff, the source and the recorded quote in the claim file', () => {
    const [finding, ...rest] = quoteFindingsOf(checkFixture('quotes/memo-changed-word.txt'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'misquote',
      severity: 'warning',
      text: 'Decriminalization is now the cause of the overdose deaths we are seeing',
      message:
        "Quote differs from the recorded words of Ya'ara Saks (Blacklock's Reporter, Canada a fentanyl exporter, memo says, 2024): “Decriminalization is [-not-] {+now+} the cause …”",
      sourceId: 'blacklocks-2024',
      expected: 'Decriminalization is not the cause of the overdose deaths we are seeing',
    });
    expect(finding?.related?.[0]?.file).toBe(EXAMPLE_CLAIMS);
    expect(finding?.related?.[0]?.message).toBe("Recorded quote of Ya'ara Saks");
  });

  it('finds a dropped "not" in one part of a split quote, and leaves the other part alone', () => {
    const findings = quoteFindingsOf(checkFixture('quotes/memo-dropped-not.txt'));
    expect(findings.map((finding) => [finding.rule, finding.text])).toEqual([
      ['misquote', 'Decriminalization is the cause of the overdose deaths we are seeing'],
    ]);
    expect(findings[0]?.message).toContain('“Decriminalization is [-not-] the cause …”');
  });

  it('matches each sentence of a quotation to its own recorded quote and underlines the one that differs', () => {
    const findings = check(
      '“Fentanyl and other opioids pose a grave threat to the safety of Canadian communities. We will work with ' +
        'our partners. In China, compounds like fentanyl and their analogs are not banned substances like they ' +
        'are here in Canada,” Paulson said.',
    );
    expect(findings.map((finding) => [finding.rule, finding.text])).toContainEqual([
      'misquote',
      'In China, compounds like fentanyl and their analogs are not banned substances like they are here in Canada',
    ]);
    expect(findings.map((finding) => finding.text)).not.toContain(PAULSON.replace('.', ''));
  });

  it('reports a statement put in the wrong mouth once, however many recorded quotes it strings together', () => {
    const findings = check(
      '“Fentanyl and other opioids pose a grave threat to the safety of Canadian communities. In China, compounds ' +
        'like fentanyl and their analogs are not controlled substances like they are here in Canada,” said Ya’ara Saks.',
    );
    expect(findings.filter((finding) => finding.rule === 'quote-misattribution')).toHaveLength(1);
  });

  it('judges a short part of a split quote with the rest of its statement', () => {
    const findings = check(
      '“Decriminalization is the cause,” said Saks. “It is the illegal toxic drug supply that is killing people.”',
    );
    expect(findings.map((finding) => [finding.rule, finding.text])).toEqual([
      ['misquote', 'Decriminalization is the cause'],
    ]);
  });

  it('finds a changed word in a Markdown article, the range in document offsets', () => {
    const findings = quoteFindingsOf(checkFixture('quotes/rcmp-quotes.md'));
    expect(findings.map((finding) => [finding.rule, finding.text])).toEqual([
      [
        'misquote',
        'Fentanyl and other opioids pose a *serious* threat to the safety of Canadian communities',
      ],
    ]);
    expect(findings[0]?.message).toContain('“… pose a [-grave-] {+serious+} threat to …”');
  });

  it('does not flag a quoted fragment of a longer recorded quote', () => {
    expect(check('Saks said “the illegal toxic drug supply that is killing people” was to blame.')).toEqual(
      [],
    );
    expect(check('Paulson called fentanyl “a grave threat to the safety of Canadian communities”.')).toEqual(
      [],
    );
  });

  it('does not flag a quote that leaves words out with an ellipsis or a bracketed insertion', () => {
    expect(
      check('“Decriminalization is not the cause … [it] is the illegal toxic drug supply,” said Saks.'),
    ).toEqual([]);
  });

  it('does not flag typography: curly or straight quotes, NBSP, dashes, case', () => {
    expect(
      check(
        '"FENTANYL\u00a0and other opioids pose a grave threat — to the safety of Canadian communities," said Paulson.',
      ),
    ).toEqual([]);
  });

  it('does not flag an unrelated quote, nor scare quotes', () => {
    expect(check('“We think this will go a long way in stemming the flow of fentanyl,” said Saks.')).toEqual(
      [],
    );
    expect(check('Canada’s fentanyl “czar” met Chinese officials. Lake called it a “grave threat”.')).toEqual(
      [],
    );
  });

  it('does not flag a short quote that differs from a recorded one', () => {
    expect(check('Saks said decriminalization is “the real cause”.')).toEqual([]);
  });

  it('does not flag a quote that shares only common words with a recorded one', () => {
    expect(check('“It is the people that we are seeing in the streets,” said Jane Doe.')).toEqual([]);
  });
});

describe('quote-misattribution', () => {
  it('finds the Paulson quote credited to Lake, naming the recorded speaker and source', () => {
    const findings = quoteFindingsOf(checkFixture('quotes/rcmp-paulson-credited-to-lake.txt'));
    // The article as published has NBSPs between some words of the quote.
    expect(findings.map((finding) => [finding.rule, finding.text.replace(/\u00a0/gu, ' ')])).toEqual([
      [
        'quote-misattribution',
        'Fentanyl and other opioids pose a grave threat to the safety of Canadian communities',
      ],
    ]);
    expect(findings[0]?.message).toBe(
      'Quote is recorded as said by Bob Paulson, not Terry Lake (Royal Canadian Mounted Police, RCMP and Chinese Ministry of Public Security sign memorandum of understanding on fentanyl, 2016)',
    );
  });

  it('finds a near quote in the wrong mouth, and its changed word too', () => {
    const findings = check(`"${PAULSON.replace('grave', 'serious')}" said Lake.`);
    expect(findings.map((finding) => finding.rule)).toEqual(['quote-misattribution', 'misquote']);
  });

  it('never flags a quote with no speaker, or a speaker the claim set does not know', () => {
    expect(
      quoteFindingsOf(checkFixture('quotes/rcmp-unattributed.txt')).map((finding) => finding.rule),
    ).toEqual(['misquote']);
    expect(check(`“${PAULSON}”`)).toEqual([]);
    expect(check(`“${PAULSON}” said Jane Doe.`)).toEqual([]);
    expect(check(`“${PAULSON}” he said.`)).toEqual([]);
  });

  it('does not flag an organisation credited with the words of the officer who speaks for it', () => {
    expect(check(`“${PAULSON}” the RCMP said in a statement.`)).toEqual([]);
  });

  it('does not flag a merely similar statement by another speaker', () => {
    expect(
      check(
        '“Fentanyl poses a grave threat to the safety of our rural communities and families,” said Lake.',
      ),
    ).toEqual([]);
  });

  it('credits a continuing quote paragraph to the previous speaker', () => {
    const text = `"We act now," said Lake.\n\n"${PAULSON}"`;
    expect(check(text).map((finding) => finding.rule)).toEqual(['quote-misattribution']);
  });
});

describe('quotes that go beyond the record', () => {
  it('does not flag a recorded sentence quoted together with an unrecorded next sentence', () => {
    expect(
      check(
        '"People are free to make it, sell it and distribute it. We think this will go a long way in stemming the flow," said Lake.',
      ),
    ).toEqual([]);
    expect(
      check(
        '“We are working hard on this. Fentanyl and other opioids pose a grave threat to the safety of Canadian communities,” Paulson said.',
      ),
    ).toEqual([]);
  });

  it('still flags a changed word inside the recorded sentence', () => {
    const findings = check(
      '"People are free to make it, sell it and export it. We think this will go a long way in stemming the flow," said Lake.',
    );
    expect(findings.map((finding) => finding.rule)).toEqual(['misquote']);
    expect(findings[0]?.message).toContain('“… it and [-distribute-] {+export+} it”');
  });
});
