import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../src/engine/documentCache';
import { checkArticle } from '../../src/engine/checkArticle';
import { exampleContext, FIXTURES } from './exampleClaimSet';

/** A seeded generator (LCG), so a failing sequence can be replayed. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Edits a writer makes: a character typed or deleted, a figure changed, a paragraph split, moved or pasted. */
const INSERTIONS = ['a', ' ', '7', ',', '.', '\n', '\n\n', '”', '[^memo]', ' 350 groups', '**', '> ', '# '];

function randomEdit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const choice = random();
  if (choice < 0.45) {
    const inserted = INSERTIONS[Math.floor(random() * INSERTIONS.length)] ?? 'a';
    return text.slice(0, at) + inserted + text.slice(at);
  }
  if (choice < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  // Paste a copy of another stretch of the document (a block moved or duplicated).
  const from = Math.floor(random() * text.length);
  return text.slice(0, at) + text.slice(from, from + Math.floor(random() * 200)) + text.slice(at);
}

const ARTICLES = [
  'articles/memo-exporter-2024.md',
  'articles/rcmp-china-mou-2016.md',
  'edited/memo-figures-changed.md',
  'edited/rcmp-figures-changed.txt',
];

describe('incremental checking', () => {
  it.each(ARTICLES)(
    'gives the findings of a fresh check after every edit of a random sequence (%s)',
    (path) => {
      const context = exampleContext();
      const format = path.endsWith('.md') ? 'markdown' : 'text';
      const random = lcg(path.length * 7919);
      const cache = new DocumentCache();
      // Two copies: the second repeats every block, so blocks move and duplicates share entries.
      const original = readFileSync(join(FIXTURES, path), 'utf8');
      let text = `${original}\n\n${original}`;
      for (let step = 0; step < 50; step++) {
        text = randomEdit(text, random);
        const incremental = checkArticle({ text, format }, { ...context, documentCache: cache });
        const fresh = checkArticle({ text, format }, context);
        expect(incremental, `after edit ${step}`).toEqual(fresh);
      }
    },
  );

  it('starts over when the claim set changes', () => {
    const context = exampleContext();
    const text = readFileSync(join(FIXTURES, 'edited/memo-figures-changed.md'), 'utf8');
    const cache = new DocumentCache();
    checkArticle({ text, format: 'markdown' }, { ...context, documentCache: cache });
    const other = { ...context, claimSet: { ...context.claimSet, claims: [] } };
    expect(checkArticle({ text, format: 'markdown' }, { ...other, documentCache: cache })).toEqual(
      checkArticle({ text, format: 'markdown' }, other),
    );
  });
});
