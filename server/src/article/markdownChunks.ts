/**
 * Cuts a Markdown document into chunks that remark can parse one at a time, so an edit re-parses
 * only the chunk it falls in (remark is not incremental: 50 KB takes ~45 ms, a 2 KB chunk ~2 ms),
 * and a long document's trees stay small (parsing 1 MB in 2 KB chunks measured ~20 % faster than
 * in one piece). Written by hand: no Markdown library offers independently parseable pieces.
 *
 * A cut is only proposed where CommonMark closes every block: at a line that starts in column 0
 * with a non-blank character right after a blank line. Such a line cannot continue a paragraph,
 * list item, block quote, footnote, table or indented code. Only fenced code and HTML blocks of
 * kinds 1–5 (`<script`, `<!--`, `<?`, `<!X`, `<![CDATA[`) run on across it; they are tracked here
 * so no cut is proposed inside them, and markdownTrees checks every cut after parsing anyway,
 * because a line scanner cannot see containers (a fence inside a list item closes where this
 * scanner would think it open). Front matter is kept whole in the first chunk.
 */

import type { LineIndex } from './lineIndex';

export interface MarkdownChunk {
  readonly start: number;
  readonly end: number;
  /**
   * The chunk starts with closed front matter (only ever the first). remark-frontmatter is used for
   * that chunk alone: after a `---` first line that no fence closes, it reads later list items as
   * paragraphs (remark-frontmatter 5.0), which the Markdown without front matter does not do.
   */
  readonly frontMatter?: true;
}

/**
 * A chunk ends after a unit (the text between two cuts) whose hash is divisible by this, so chunks
 * average this many units (~2 KB of news prose) and depend only on nearby text: an edit moves
 * chunk ends only around itself, and the other chunks keep their text and their cached trees.
 */
const UNITS_PER_CHUNK = 8;

/** A chunk longer than this ends at the next cut regardless of hashes, bounding a re-parse. */
const MAX_CHUNK_LENGTH = 8192;

interface Line {
  readonly start: number;
  /** The end of the line's content, before its line break. */
  readonly end: number;
}

const SPACE = 32;
const TAB = 9;

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** The line's content after up to three leading spaces, or undefined when it is indented further. */
function afterIndent(text: string, line: Line): string | undefined {
  let i = line.start;
  while (i < line.end && i - line.start < 4 && text.charCodeAt(i) === SPACE) i++;
  if (i - line.start > 3 || text.charCodeAt(i) === TAB) return undefined;
  return text.slice(i, line.end);
}

type OpenBlock =
  | { readonly kind: 'fence'; readonly marker: string; readonly length: number }
  | { readonly kind: 'html'; readonly closer: RegExp }
  | { readonly kind: 'frontMatter' };

/** remark-frontmatter's YAML fences: exactly three dashes, then only spaces or tabs. */
const FRONT_MATTER_OPENER = /^---[ \t]*(?:\r\n|\r|\n)/u;
const FRONT_MATTER_FENCE = /^---[ \t]*$/u;

/** HTML blocks that blank lines do not end (CommonMark kinds 1–5), with what ends each. */
const HTML_BLOCKS: readonly { readonly opener: RegExp; readonly closer: RegExp }[] = [
  { opener: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, closer: /<\/(?:script|pre|style|textarea)>/iu },
  { opener: /^<!--/u, closer: /-->/u },
  { opener: /^<\?/u, closer: /\?>/u },
  { opener: /^<![A-Za-z]/u, closer: />/u },
  { opener: /^<!\[CDATA\[/u, closer: /\]\]>/u },
];

/** The block `content` (a line after its indent) opens that runs on across blank lines, if any. */
function opening(content: string): OpenBlock | undefined {
  const marker = content.charAt(0);
  if (marker === '`' || marker === '~') {
    let length = 0;
    while (content.charAt(length) === marker) length++;
    // A backtick fence's info string cannot hold a backtick; such a line is a paragraph.
    if (length >= 3 && !(marker === '`' && content.includes('`', length))) {
      return { kind: 'fence', marker, length };
    }
  }
  for (const block of HTML_BLOCKS) {
    if (block.opener.test(content)) return { kind: 'html', closer: block.closer };
  }
  return undefined;
}

/** Whether `content` (a line after its indent) closes the open block; `whole` is the full line. */
function closes(open: OpenBlock, content: string | undefined, whole: string): boolean {
  switch (open.kind) {
    case 'fence': {
      if (content === undefined || content.charAt(0) !== open.marker) return false;
      let run = 0;
      while (content.charAt(run) === open.marker) run++;
      return run >= open.length && content.slice(run).trim() === '';
    }
    case 'html':
      return open.closer.test(whole);
    case 'frontMatter':
      return FRONT_MATTER_FENCE.test(whole);
  }
}

/**
 * The offsets where a chunk may start (after 0): see the module comment. Front matter is assumed
 * when the text starts with its fence; if no closing fence follows, it was not front matter (remark
 * reads a thematic break), and the text is scanned again without it.
 */
function cutOffsets(
  lines: LineIndex,
  frontMatter = FRONT_MATTER_OPENER.test(lines.text),
): { cuts: number[]; frontMatter: boolean } {
  const { text } = lines;
  const cuts: number[] = [];
  let open: OpenBlock | undefined = frontMatter ? { kind: 'frontMatter' } : undefined;
  let previousBlank = false;
  let first = true;
  for (let n = 0; n < lines.lineCount; n++) {
    const line: Line = { start: lines.lineStart(n), end: lines.lineEnd(n) };
    const blank = isBlank(text, line);
    const whole = text.slice(line.start, line.end);
    const content = afterIndent(text, line);
    if (open) {
      // Front matter's opening fence does not close it.
      if (!(first && open.kind === 'frontMatter') && closes(open, content, whole)) open = undefined;
    } else {
      const code = text.charCodeAt(line.start);
      if (previousBlank && !blank && code !== SPACE && code !== TAB) cuts.push(line.start);
      open = content === undefined ? undefined : opening(content);
      // An HTML block may end on the line it starts (`<!-- note -->`); the `<` that opened it is skipped.
      if (open?.kind === 'html' && open.closer.test(content?.slice(1) ?? '')) open = undefined;
    }
    previousBlank = blank;
    first = false;
  }
  if (open?.kind === 'frontMatter') return cutOffsets(lines, false);
  return { cuts, frontMatter };
}

/** FNV-1a over the text between `start` and `end`: a cheap, stable fingerprint of a unit. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The chunks of the text `lines` index, in order, covering it exactly (see the module comment). */
export function markdownChunks(lines: LineIndex): MarkdownChunk[] {
  const { text } = lines;
  const { cuts, frontMatter } = cutOffsets(lines);
  const ends = [...cuts, text.length];
  const chunks: MarkdownChunk[] = [];
  let chunkStart = 0;
  let unitStart = 0;
  for (const unitEnd of ends) {
    const last = unitEnd === text.length;
    if (
      last ||
      unitEnd - chunkStart >= MAX_CHUNK_LENGTH ||
      hashOf(text, unitStart, unitEnd) % UNITS_PER_CHUNK === 0
    ) {
      chunks.push({
        start: chunkStart,
        end: unitEnd,
        ...(frontMatter && chunkStart === 0 ? { frontMatter } : {}),
      });
      chunkStart = unitEnd;
    }
    unitStart = unitEnd;
  }
  if (chunks.length === 0)
    chunks.push({ start: 0, end: text.length, ...(frontMatter ? { frontMatter } : {}) });
  return chunks;
}
