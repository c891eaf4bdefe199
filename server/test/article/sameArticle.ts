import { expect } from 'vitest';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ParsedArticle } from '../../src/article/articleModel';
import { articleFromTrees } from '../../src/article/markdownArticle';
import { LineIndex } from '../../src/article/lineIndex';
import { markdownChunks } from '../../src/article/markdownChunks';

const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm);

/**
 * The article remark's tree of the whole document makes: what parsing in chunks must equal.
 * remark-frontmatter is used only when the document starts with closed front matter, as the
 * chunked parse does (see MarkdownChunk.frontMatter).
 */
export function wholeDocumentArticle(text: string): ParsedArticle {
  const processor = markdownChunks(new LineIndex(text))[0]?.frontMatter
    ? withFrontMatter
    : withoutFrontMatter;
  return articleFromTrees(text, [{ start: 0, end: text.length, tree: processor.parse(text), treeStart: 0 }]);
}

/** An article as plain data: every block's offset map written out offset by offset. */
function plain(article: ParsedArticle): unknown {
  return {
    ...article,
    blocks: article.blocks.map((block) => ({
      ...block,
      map: Array.from({ length: block.text.length + 1 }, (_, i) => [
        block.map.toDocument(Math.min(i, block.text.length - 1)),
        block.map.toDocumentEnd(i),
      ]),
    })),
  };
}

export function expectSameArticle(actual: ParsedArticle, expected: ParsedArticle): void {
  expect(plain(actual)).toEqual(plain(expected));
}
