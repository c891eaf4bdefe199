import { describe, expect, it } from 'vitest';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { checkEntities } from './checkEntities';

function dated(date: string, body: string): string {
  return `date ${date}\n\n${body}`;
}

describe('entity-mismatch: titles wrong for the article’s date', () => {
  it('finds a role the person held only later ("Premier David Eby" in 2016)', () => {
    const result = checkEntities(dated('2016-11-20', 'Lake and Premier David Eby were in Ottawa last week.'));
    expect(result.found).toEqual([
      "Premier → David Eby was not Premier of British Columbia at the article's date (2016-11-20); Premier of British Columbia from 2022-11",
    ]);
  });

  it('finds a role the person held only earlier ("Premier Christy Clark" in 2024)', () => {
    const result = checkEntities(dated('2024-11-23', 'He met British Columbia Premier Christy Clark.'));
    expect(result.texts).toEqual(['British Columbia Premier']);
    expect(result.findings[0]?.message).toContain('from 2011-03 to 2017-07');
  });

  it('finds another person’s title before the name ("RCMP Commissioner Terry Lake")', () => {
    const result = checkEntities(dated('2016-11-20', '“It matters,” said RCMP Commissioner Terry Lake.'));
    expect(result.found).toEqual([
      "RCMP Commissioner → Terry Lake's title at the article's date is British Columbia Minister of Health, not RCMP Commissioner (the title of Bob Paulson)",
    ]);
  });

  it('finds another person’s title in an appositive (", the RCMP commissioner,")', () => {
    const result = checkEntities(dated('2016-11-20', 'Terry Lake, the RCMP commissioner, spoke.'));
    expect(result.texts).toEqual(['RCMP commissioner']);
    expect(result.findings[0]?.message).toContain('not RCMP commissioner (the title of Bob Paulson)');
  });

  it('finds a title word the person never held ("Health Minister Bob Paulson")', () => {
    const result = checkEntities(dated('2016-11-20', 'Health Minister Bob Paulson spoke.'));
    expect(result.found).toEqual([
      "Health Minister → Bob Paulson's title at the article's date is Commissioner of the RCMP, not Health Minister (the title of Terry Lake)",
    ]);
  });

  it('finds another person’s exact title even when its last word fits ("Prime Minister Terry Lake")', () => {
    const result = checkEntities(
      dated('2016-11-20', 'Prime Minister Terry Lake met Addictions Minister Terry Lake.'),
    );
    expect(result.texts).toEqual(['Prime Minister', 'Addictions Minister']);
    expect(result.findings[0]?.message).toBe(
      "Terry Lake's title at the article's date is British Columbia Minister of Health, not Prime Minister (the title of Justin Trudeau)",
    );
  });

  it('finds a wrong title with no article date when the person never held anything like it', () => {
    const result = checkEntities('Bob Paulson, health minister of British Columbia, spoke.');
    expect(result.found).toEqual([
      "health minister of British Columbia → Bob Paulson's recorded title is Commissioner of the RCMP, not health minister of British Columbia (the title of Terry Lake)",
    ]);
  });

  it('relates the finding to the person in the claim file', () => {
    const [finding] = checkEntities(dated('2016-11-20', 'Premier David Eby spoke.')).findings;
    expect(finding?.related?.[0]?.message).toBe('David Eby in the claim set');
    expect(finding?.related?.[0]?.file).toMatch(/fentanyl-canada\.claims\.yaml$/);
  });

  it('uses the configured date when the article names none', () => {
    expect(checkEntities('Premier David Eby spoke.', { date: '2016-11-20' }).texts).toEqual(['Premier']);
  });

  it('maps the range exactly through Markdown emphasis', () => {
    const text = '---\ndate: 2016-11-20\n---\n\nShe met *Premier* David Eby.';
    expect(checkEntities(text).texts).toEqual(['Premier']);
  });
});

describe('entity-mismatch: titles that are right, unknowable or not titles', () => {
  it('accepts every title of the published articles, curly apostrophe included', () => {
    const result = checkEntities(
      dated(
        '2024-11-23',
        'Prime Minister Justin Trudeau met British Columbia Premier David Eby. “It is the supply,” said Addictions Minister Ya’ara Saks. Ya’ara Saks, the addictions minister, agreed.',
      ),
    );
    expect(result.found).toEqual([]);
  });

  it('accepts a title right for the article’s date though not for today (Trudeau in 2024)', () => {
    expect(checkEntities(dated('2024-11-23', 'Prime Minister Justin Trudeau spoke.')).found).toEqual([]);
    expect(checkEntities(dated('2016-11-20', 'Prime Minister Justin Trudeau spoke.')).found).toEqual([]);
  });

  it('accepts any of the person’s titles when the article has no date', () => {
    const result = checkEntities(
      'Premier David Eby and Premier Christy Clark and RCMP Commissioner Bob Paulson met.',
    );
    expect(result.found).toEqual([]);
  });

  it('does not check a title marked as past or future ("former", "then-", "ex-", "-elect")', () => {
    const result = checkEntities(
      dated(
        '2024-11-23',
        [
          'He met former Premier Christy Clark and former B.C. Premier Christy Clark.',
          'The then-premier Christy Clark and ex-Premier Christy Clark agreed.',
          'Terry Lake, the former health minister, and Premier-elect Christy Clark spoke.',
        ].join(' '),
      ),
    );
    expect(result.found).toEqual([]);
  });

  it('matches generously: content words of a role, acronyms with periods, other spellings', () => {
    const result = checkEntities(
      dated(
        '2016-11-20',
        [
          'B.C. Health minister Terry Lake, Minister of Health Terry Lake and the health minister Terry Lake spoke.',
          'Bob Paulson, commissioner of the RCMP, and Bob Paulson, Commissioner of the Royal Canadian Mounted Police, spoke.',
          'Acting Commissioner Bob Paulson and Canada’s Prime Minister Justin Trudeau spoke.',
          'Justin Trudeau, Canada’s prime minister, spoke. PM Justin Trudeau spoke.',
          'Terry Lake, the health minister, said so.',
        ].join(' '),
      ),
    );
    expect(result.found).toEqual([]);
  });

  it('says nothing about people the claim set does not know, or people named without a title', () => {
    const result = checkEntities(
      dated(
        '2016-11-20',
        'Health Minister Jane Philpott and Premier Rachel Notley met Bob Paulson and Terry Lake.',
      ),
    );
    expect(result.found).toEqual([]);
  });

  it('says nothing about a title the claim set knows no one by ("Liberal Leader", "Deputy Commissioner")', () => {
    const result = checkEntities(
      dated('2016-11-20', 'Liberal Leader Justin Trudeau and Deputy Commissioner Bob Paulson spoke.'),
    );
    expect(result.found).toEqual([]);
  });

  it('says nothing when the claim set records no role for the person at that date', () => {
    // Paulson's recorded role ended in 2017; what he was in 2020 the claim set does not say.
    expect(checkEntities(dated('2020-05-01', 'Health Minister Bob Paulson spoke.')).found).toEqual([]);
  });

  it('does not read a word of an organisation name, a list or a clause as a title', () => {
    const result = checkEntities(
      dated(
        '2016-11-20',
        [
          'A Premier’s Office spokesperson, Terry Lake, and the Prime Minister’s Office said so.',
          'Christy Clark, Health Minister Jane Doe, and Bob Paulson, Commissioner Jane Roe’s successor, spoke.',
          'The premier and Terry Lake spoke with the commissioner. Bob Paulson said no.',
          'Canadian Bob Paulson, 62, and Terry Lake, a longtime Kamloops resident, spoke.',
          'Bob Paulson, commissioner from 2011 to 2017, spoke.',
          'Jennifer Whiteside, the health minister after Terry Lake, spoke.',
        ].join(' '),
      ),
    );
    expect(result.found).toEqual([]);
  });
});

/** Offices that change hands or come with a rank: a minister moved, a president-elect, a deputy. */
const OFFICES = mergeClaimFiles([
  loadClaimFile(
    '/tmp/offices.claims.yaml',
    `
entities:
  - name: Maria Nikou
    aliases: [Nikou]
    roles:
      - title: Minister of Tourism
        aliases: [Tourism Minister]
        from: 2021-08
        to: 2023-05
      - title: Minister for Climate Crisis and Civil Protection
        aliases: [Civil Protection Minister]
        from: 2023-06
  - name: Alan Reeve
    aliases: [Reeve]
    roles:
      - title: President-elect of the United States
        aliases: [President-elect, US President-elect]
        from: 2024-11-06
        to: 2025-01-20
      - title: President of the United States
        aliases: [President, US President]
        from: 2025-01-20
  - name: Dara Wong
    roles:
      - title: Deputy Governor of the Tourism Authority
        aliases: [deputy governor]
        from: 2020-01
  - name: Lee Sun
    roles:
      - title: Governor of the Tourism Authority
        aliases: [Governor]
        from: 2019-01
`,
  ),
]);

const offices = (date: string, body: string): readonly string[] =>
  checkEntities(dated(date, body), { claimSet: OFFICES }).texts;

describe('entity-mismatch: an office the person left, has not yet taken, or holds as a deputy', () => {
  it('finds the old portfolio before the name, and in a title set off by commas after "the"', () => {
    expect(offices('2023-08-24', 'Tourism Minister Maria Nikou spoke.')).toEqual(['Tourism Minister']);
    expect(offices('2023-08-24', 'At a briefing, the Minister of Tourism, Maria Nikou, spoke.')).toEqual([
      'Minister of Tourism',
    ]);
  });

  it('accepts the current portfolio, the bare head word and the old one when it was right', () => {
    expect(offices('2023-08-24', 'Civil Protection Minister Maria Nikou spoke.')).toEqual([]);
    expect(offices('2023-08-24', 'Minister Maria Nikou spoke.')).toEqual([]);
    expect(offices('2022-08-24', 'At a briefing, the Minister of Tourism, Maria Nikou, spoke.')).toEqual([]);
  });

  it('does not read a list or a clause after a comma as a title set off before the name', () => {
    expect(offices('2023-08-24', 'They met the Minister of Tourism, Maria Nikou and others.')).toEqual([]);
    expect(offices('2023-08-24', 'A memo from the tourism ministry, Maria Nikou said, was due.')).toEqual([]);
  });

  it('reads a title without its rank qualifier as the full office', () => {
    expect(offices('2025-01-13', 'US President Alan Reeve will take office.')).toEqual(['US President']);
    expect(offices('2025-01-13', 'US President-elect Alan Reeve will take office.')).toEqual([]);
    expect(offices('2025-02-13', 'US President Alan Reeve took office.')).toEqual([]);
  });

  it('keeps a qualifier the claim set writes in every name of the role: a deputy is not the governor', () => {
    expect(offices('2023-06-08', 'Governor Dara Wong spoke.')).toEqual(['Governor']);
    expect(offices('2023-06-08', 'Governor Lee Sun spoke.')).toEqual([]);
    expect(offices('2023-06-08', 'Deputy Governor Dara Wong spoke.')).toEqual([]);
  });
});
