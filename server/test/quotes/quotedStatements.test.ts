import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { quotedStatements } from '../../src/quotes/quotedStatements';
import { speakerDirectoryFor } from '../../src/quotes/speakerDirectory';
import { parseDate } from '../../src/time/period';
import { exampleContext } from '../engine/exampleClaimSet';

const directory = speakerDirectoryFor(exampleContext().claimSet);

function statements(text: string, format: 'text' | 'markdown' = 'text', date?: string) {
  const reader = date ? { directory, date: parseDate(date) } : { directory };
  return quotedStatements(parseArticle(text, format), reader).map((statement) => ({
    speaker: statement.speaker?.text,
    entity: statement.speaker?.entity?.name,
    parts: statement.parts.map((part) => text.slice(part.start, part.end)),
  }));
}

describe('attribution after the quote', () => {
  it('reads “…,” said X and “…,” X said, with a title before the name', () => {
    expect(statements('“We will act now,” said Addictions Minister Ya’ara Saks in May.')).toEqual([
      { speaker: 'Addictions Minister Ya’ara Saks', entity: "Ya'ara Saks", parts: ['We will act now'] },
    ]);
    expect(statements('“We will act now,” Lake said.')[0]).toMatchObject({ entity: 'Terry Lake' });
    expect(statements('"We will act now," the B.C. health minister said.')[0]).toMatchObject({
      entity: 'Terry Lake',
    });
  });

  it('reads “…,” X told reporters, “…,” X wrote and “…,” according to X', () => {
    expect(statements('“We will act now,” Lake told reporters.')[0]?.entity).toBe('Terry Lake');
    expect(statements('“We will act now,” Paulson wrote.')[0]?.entity).toBe('Bob Paulson');
    expect(statements('“We will act now,” according to the RCMP.')[0]?.entity).toBe(
      'Royal Canadian Mounted Police',
    );
  });

  it('does not take the subject of the next sentence as the speaker of a quote that ended its own', () => {
    expect(statements('“We will act now.” Lake said the province would wait.')[0]?.speaker).toBeUndefined();
    expect(statements('“We will act now.” Lake said.')[0]?.entity).toBe('Terry Lake');
  });

  it('keeps a speaker the claim set cannot name, unresolved', () => {
    expect(statements('“We will act now,” analysts wrote.')[0]).toMatchObject({
      speaker: 'analysts',
      entity: undefined,
    });
    expect(statements('“We will act now,” it said.')[0]).toMatchObject({ speaker: 'it', entity: undefined });
    expect(statements('“We will act now,” said Jane Doe.')[0]).toMatchObject({
      speaker: 'Jane Doe',
      entity: undefined,
    });
  });
});

describe('attribution before the quote', () => {
  it('reads X said: “…”, X told reporters: “…”, X said in a statement, “…” and According to X, “…”', () => {
    expect(statements('Lake said: “We will act now.”')[0]?.entity).toBe('Terry Lake');
    expect(statements('Terry Lake told reporters: “We will act now.”')[0]?.entity).toBe('Terry Lake');
    expect(statements('Paulson said in a statement, “We will act now.”')[0]?.entity).toBe('Bob Paulson');
    expect(statements('According to Saks, “we will act now.”')[0]?.entity).toBe("Ya'ara Saks");
    expect(statements('According to the RCMP, “we will act now.”')[0]?.entity).toBe(
      'Royal Canadian Mounted Police',
    );
  });

  it('does not credit a quote that merely follows a speaker in the sentence', () => {
    expect(statements('Lake said the “czar” would act.')[0]?.speaker).toBeUndefined();
    expect(statements('Lake repeated Paulson’s words: “We will act now.”')[0]?.speaker).toBeUndefined();
  });
});

describe('statements', () => {
  it('joins a quote split around its attribution, its range the words without marks', () => {
    const text =
      '“Decriminalization is not the cause of the overdose deaths we are seeing,” said Addictions Minister Ya’ara Saks in May. “It is the illegal toxic drug supply that is killing people.”Next sentence.';
    expect(statements(text, 'text', '2024-11-23')).toEqual([
      {
        speaker: 'Addictions Minister Ya’ara Saks',
        entity: "Ya'ara Saks",
        parts: [
          'Decriminalization is not the cause of the overdose deaths we are seeing',
          'It is the illegal toxic drug supply that is killing people',
        ],
      },
    ]);
  });

  it('does not join quotes of two speakers, nor quotes with narrative between them', () => {
    expect(statements('“We act,” said Lake. “We wait,” said Paulson.').map((s) => s.entity)).toEqual([
      'Terry Lake',
      'Bob Paulson',
    ]);
    const narrative = statements(
      '“We act,” said Lake. The minister then left the room before the vote was taken on Monday. “We wait.”',
    );
    expect(narrative.map((s) => s.entity)).toEqual(['Terry Lake', undefined]);
  });

  it('credits a continuing quote paragraph to the speaker of the paragraph before', () => {
    const text =
      '"We act now," said RCMP Commissioner Bob Paulson in a statement.\n\n"Our meeting was a step forward."';
    expect(statements(text).map((s) => s.entity)).toEqual(['Bob Paulson', 'Bob Paulson']);
  });

  it('joins a quote left open at the end of its paragraph with the next paragraph', () => {
    const text = '“We act now,” said Lake. “We will not wait\n\n“for Ottawa to act.”';
    const [statement] = statements(text);
    expect(statement).toMatchObject({
      entity: 'Terry Lake',
      parts: ['We act now', 'We will not wait', 'for Ottawa to act'],
    });
  });

  it('carries no speaker when the paragraph before is ambiguous or credits no one', () => {
    const two = '“We act,” said Lake. “We wait,” said Paulson.\n\n“Nobody knows.”';
    expect(statements(two).map((s) => s.entity)).toEqual(['Terry Lake', 'Bob Paulson', undefined]);
    const none = 'The report was released on Monday.\n\n“Nobody knows.”';
    expect(statements(none).map((s) => s.entity)).toEqual([undefined]);
    const notOpening = '“We act,” said Lake.\n\nMeanwhile, “nobody knows.”';
    expect(statements(notOpening).map((s) => s.entity)).toEqual(['Terry Lake', undefined]);
  });

  it('reads Markdown prose: emphasis, footnotes and block quotes', () => {
    const text = '> “We *will* act now,” said Lake.[^1]\n\n[^1]: A note.\n';
    expect(statements(text, 'markdown')).toEqual([
      { speaker: 'Lake', entity: 'Terry Lake', parts: ['We *will* act now'] },
    ]);
  });
});
