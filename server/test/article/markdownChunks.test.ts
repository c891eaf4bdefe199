import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/article/lineIndex';
import { guessedDefinitions } from '../../src/article/referenceLabels';
import { markdownChunks } from '../../src/article/markdownChunks';
import { MarkdownTreeCache, parseMarkdownChunks } from '../../src/article/markdownTrees';
import { expectSameArticle, wholeDocumentArticle } from './sameArticle';
import { parseMarkdownArticle } from '../../src/article/markdownArticle';

/** Paragraphs enough for several chunks (a chunk averages eight of them). */
function paragraphs(count: number, prefix = 'Paragraph'): string {
  return Array.from({ length: count }, (_, i) => `${prefix} ${i} reports ${i * 7} cases in 2024.`).join(
    '\n\n',
  );
}

function cutStarts(text: string): number[] {
  return markdownChunks(new LineIndex(text))
    .slice(1)
    .map((chunk) => chunk.start);
}

describe('markdownChunks', () => {
  it('covers the text exactly, in order', () => {
    const text = `${paragraphs(200)}\n`;
    const chunks = markdownChunks(new LineIndex(text));
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0]?.start).toBe(0);
    expect(chunks.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.start).toBe(chunks[i - 1]?.end);
  });

  it('cuts only before a column-0 line that follows a blank line', () => {
    const text = `${paragraphs(200)}\n`;
    for (const start of cutStarts(text)) {
      expect(text.slice(start - 2, start)).toBe('\n\n');
      expect(text.charAt(start)).toMatch(/\S/u);
    }
    const indented = Array.from({ length: 300 }, (_, i) => `- item ${i}\n\n  continued ${i}`).join('\n\n');
    for (const start of cutStarts(indented)) expect(indented.charAt(start)).toBe('-');
  });

  it('never cuts inside fenced code, HTML comments, script blocks or front matter', () => {
    const inner = paragraphs(400, 'Inside');
    for (const [open, close] of [
      ['```js', '```'],
      ['~~~~', '~~~~'],
      ['<!--', '-->'],
      ['<script>', '</script>'],
    ] as const) {
      const text = `${paragraphs(50)}\n\n${open}\n${inner}\n${close}\n\n${paragraphs(50, 'After')}\n`;
      const from = text.indexOf(open);
      const to = text.indexOf(close, from + open.length);
      for (const start of cutStarts(text)) expect(start <= from || start > to).toBe(true);
    }
    const frontMatter = `---\ntitle: x\n\n${inner.replace(/Inside/gu, 'key')}\n---\n\n${paragraphs(50)}`;
    const end = frontMatter.indexOf('\n---\n') + 4;
    for (const start of cutStarts(frontMatter)) expect(start).toBeGreaterThan(end);
  });

  it('reads CRLF and lone CR line breaks as line breaks', () => {
    for (const lineBreak of ['\r\n', '\r']) {
      const text = paragraphs(200).replace(/\n/gu, lineBreak);
      const starts = cutStarts(text);
      expect(starts.length).toBeGreaterThan(5);
      for (const start of starts)
        expect(text.slice(start - 2 * lineBreak.length, start)).toBe(lineBreak.repeat(2));
    }
  });
});

describe('guessedDefinitions', () => {
  it('reads definitions on every line, whatever the line breaks', () => {
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = [
        'Text [a] and [^1].',
        '[a]: https://example.org/a',
        '> [^1]: A note.',
        'Not [b]: here',
      ].join(lineBreak);
      expect([...guessedDefinitions(new LineIndex(text), 0, text.length).keys()]).toEqual(['A', '^1']);
    }
  });
});

describe('parseMarkdownChunks', () => {
  it('joins a chunk whose fence a container opened and a column-0 line then closed', () => {
    // The scanner takes the list item's fence for a top-level one and would cut inside the real fence that follows.
    const text = `${paragraphs(40)}\n\n- item\n\n  \`\`\`\n  code\n\nnot code\n\n\`\`\`\n${paragraphs(40, 'Fenced')}\n\`\`\`\n\n${paragraphs(40, 'After')}\n`;
    expectSameArticle(parseMarkdownArticle(text), wholeDocumentArticle(text));
  });

  it('resolves references to links and footnotes defined in other chunks, and only those', () => {
    const text = [
      paragraphs(30),
      'The memo[^memo] and [the report][cisc] and [cisc] say so; [nothing] is defined for that.',
      paragraphs(60, 'Middle'),
      '[^memo]: Privy Council Office, 2024.',
      '[cisc]: https://example.org/cisc',
      paragraphs(30, 'End'),
    ].join('\n\n');
    const article = parseMarkdownArticle(text);
    expectSameArticle(article, wholeDocumentArticle(text));
    const cited = article.blocks.find((block) => block.text.startsWith('The memo'));
    expect(cited?.citations.map((mark) => `${mark.kind}:${mark.target}`)).toEqual([
      'footnote:memo',
      'link:https://example.org/cisc',
      'link:https://example.org/cisc',
    ]);
    expect(cited?.text).toContain('[nothing]');
  });

  it('corrects a wrong guess of where labels are defined', () => {
    // A paragraph's second line looks like a definition but is not one: `[gone]` stays text.
    const text = [
      paragraphs(30),
      'See [gone] here.',
      paragraphs(60, 'Middle'),
      'Text goes on\n[gone]: https://example.org/x',
      paragraphs(30, 'End'),
    ].join('\n\n');
    expectSameArticle(parseMarkdownArticle(text), wholeDocumentArticle(text));
  });

  it('re-parses only the chunks an edit touched', () => {
    const cache = new MarkdownTreeCache();
    const text = paragraphs(400);
    const before = parseMarkdownChunks(text, cache);
    const at = text.indexOf('Paragraph 200');
    const after = parseMarkdownChunks(`${text.slice(0, at)}New ${text.slice(at)}`, cache);
    const reused = after.filter((chunk) => before.some((old) => old.tree === chunk.tree));
    expect(after.length - reused.length).toBeLessThanOrEqual(2);
    expect(reused.length).toBeGreaterThan(after.length / 2);
  });
});
