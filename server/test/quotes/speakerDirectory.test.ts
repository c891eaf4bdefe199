import { describe, expect, it } from 'vitest';
import { entityNamed, resolveSpeaker, speakerDirectoryFor } from '../../src/quotes/speakerDirectory';
import { parseDate } from '../../src/time/period';
import { exampleContext } from '../engine/exampleClaimSet';

const directory = speakerDirectoryFor(exampleContext().claimSet);

function resolve(name: string, date?: string): string | undefined {
  return resolveSpeaker(directory, name.split(' '), date ? parseDate(date) : undefined)?.name;
}

describe('resolveSpeaker', () => {
  it('resolves a full name or alias, folding case, periods and curly apostrophes', () => {
    expect(resolve('Ya’ara Saks')).toBe("Ya'ara Saks");
    expect(resolve('YA’ARA SAKS')).toBe("Ya'ara Saks");
    expect(resolve('RCMP')).toBe('Royal Canadian Mounted Police');
    expect(resolve('Mounties')).toBe('Royal Canadian Mounted Police');
  });

  it('strips a title before the name: the longest suffix that names an entity wins', () => {
    expect(resolve('Addictions Minister Ya’ara Saks')).toBe("Ya'ara Saks");
    expect(resolve('RCMP Commissioner Bob Paulson')).toBe('Bob Paulson');
    expect(resolve('B.C. Health minister Terry Lake')).toBe('Terry Lake');
  });

  it('resolves a surname alone, or after title words, to the one person whose name ends with it', () => {
    expect(resolve('Lake')).toBe('Terry Lake');
    expect(resolve('Health Minister Lake')).toBe('Terry Lake');
    expect(resolve('Paulson')).toBe('Bob Paulson');
  });

  it('does not take a surname after another given name, nor an organisation by its last word', () => {
    expect(resolve('Jane Lake')).toBeUndefined();
    expect(resolve('Police')).toBeUndefined();
    expect(resolve('Vancouver Police')).toBeUndefined();
  });

  it('resolves a role title to the one holder at the date, and not when several could be meant', () => {
    expect(resolve('Premier', '2016-11-12')).toBe('Christy Clark');
    expect(resolve('Premier', '2024-11-23')).toBe('David Eby');
    expect(resolve('Premier')).toBeUndefined();
    expect(resolve('Health Minister')).toBe('Terry Lake');
  });

  it('does not read a document named after an office as its holder', () => {
    expect(resolve('Memorandum For The Prime Minister', '2024-11-23')).toBeUndefined();
  });

  it('leaves unknown names unresolved', () => {
    expect(resolve('Jane Doe')).toBeUndefined();
    expect(resolve('Chief Opioid Officer')).toBeUndefined();
  });
});

describe('entityNamed', () => {
  it('finds a recorded speaker by name or alias only', () => {
    expect(entityNamed(directory, "Ya'ara Saks")?.name).toBe("Ya'ara Saks");
    expect(entityNamed(directory, 'Saks')?.name).toBe("Ya'ara Saks");
    expect(entityNamed(directory, 'Lake')).toBeUndefined();
  });
});
