import type { ParsedArticle, ProseBlock, SilenceDirective } from './articleModel';
import { findLeadingDate } from './articleDate';
import { authorDateCitationSpans } from './authorDateCitations';
import { parseDirective } from './directives';
import { LineIndex } from './lineIndex';
import { finishProseBlock } from './proseBlock';
import { ProseBuilder } from './proseBuilder';

/*
 * Plain text has no syntax tree to lean on, so blocks come from line shapes (hand-written: no library
 * parses "plain text" structure). Paragraphs are separated by blank lines. Inside one, a line break
 * ends a block when the line looks like a heading, when the next line is a list item or table row,
 * or when the paragraph is not hard-wrapped at all (see UNWRAPPED_LINE_LENGTH); otherwise the lines
 * are one hard-wrapped paragraph and are joined.
 */

/** A list marker: `- `, `* `, `+ `, `• `, `1. `, `1) ` (up to three digits, so years are not markers). */
const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S)/;
/** A table separator row: `|---|:--:|`. */
const TABLE_SEPARATOR = /^\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$/;
/** Headings are short; a longer line without final punctuation is more likely wrapped prose. */
const HEADING_MAX_LENGTH = 100;
/**
 * Editors hard-wrap prose at 72–100 columns. A paragraph with a line longer than this was written
 * one line per paragraph (soft-wrapped), so each of its line breaks is a paragraph break.
 */
const UNWRAPPED_LINE_LENGTH = 160;
/** What a sentence ends with; a line ending otherwise (after closing quotes) is not a full sentence. */
const SENTENCE_FINAL = /[.!?…:;,][”’"')\]]*$/;
/** Wrapped prose breaks anywhere, headings do not end on these words ("…met the premiers of"). */
const ENDS_WITH_FUNCTION_WORD = /\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|as|is|was)$/i;
/** What a line after a heading starts with: a capital, a digit or an opening quote. */
const OPENS_BLOCK = /^[\p{Lu}\p{Nd}“‘"'«]/u;

interface Line {
  readonly number: number;
  /** Document offsets of the line's content (after a leading date, without the line break). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function parsePlainTextArticle(text: string): ParsedArticle {
  const lines = new LineIndex(text);
  const leadingDate = findLeadingDate(text);
  const directives: SilenceDirective[] = [];
  const blocks: ProseBlock[] = [];
  let paragraph: Line[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(...paragraphBlocks(paragraph));
    paragraph = [];
  };

  for (let n = 0; n < lines.lineCount; n++) {
    const lineStart = lines.lineStart(n);
    const end = lines.lineEnd(n);
    const dateOnLine = leadingDate && leadingDate.proseStart > lineStart && leadingDate.proseStart <= end;
    const start = dateOnLine ? leadingDate.proseStart : lineStart;
    const content = text.slice(start, end);
    const trimmed = content.trim();
    if (trimmed.startsWith('%%')) {
      // A `%%` line is a comment line: never prose, and it may hold a silencing directive.
      const directive = parseDirective(trimmed.slice(2), n, n, lines);
      if (directive) directives.push(directive);
      flush();
    } else if (trimmed === '') {
      flush();
    } else {
      paragraph.push({ number: n, start, end, text: content });
    }
  }
  flush();

  return {
    format: 'text',
    text,
    blocks,
    ...(leadingDate ? { date: leadingDate.period } : {}),
    directives,
    footnoteDefinitions: new Map(),
  };
}

function paragraphBlocks(lines: readonly Line[]): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const unwrapped = lines.some((line) => proseLength(line.text) > UNWRAPPED_LINE_LENGTH);
  let builder: ProseBuilder | undefined;
  let kind: ProseBlock['kind'] = 'paragraph';
  let previous: Line | undefined;

  const close = (): void => {
    if (!builder) return;
    const block = finishProseBlock(kind, builder, []);
    if (block) blocks.push(block);
    builder = undefined;
  };

  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (isTableRow(line.text)) {
      close();
      blocks.push(...tableCells(line));
      previous = undefined;
      return;
    }
    const marker = LIST_MARKER.exec(line.text);
    // A heading sits on a line of its own: at a block start, or after a line that ended a sentence.
    // Mid-paragraph lines of wrapped prose ("…met the Prime" / "Minister…") are not headings.
    const headingLike = !marker && isHeadingLike(line.text, next);
    const afterSentence = previous !== undefined && SENTENCE_FINAL.test(previous.text.trim());
    if (marker || unwrapped || !builder || !previous || (headingLike && afterSentence)) {
      close();
      builder = new ProseBuilder();
      kind = marker ? 'listItem' : headingLike ? 'heading' : 'paragraph';
      const contentStart = line.start + (marker ? marker[0].length : 0);
      builder.appendRun(line.text.slice(contentStart - line.start), contentStart);
    } else {
      // A hard-wrapped line: its break (and the next line's indentation) reads as one space.
      const indent = line.text.length - line.text.trimStart().length;
      builder.appendAtom(' ', previous.end, line.start + indent);
      builder.appendRun(line.text.slice(indent), line.start + indent);
    }
    previous = line;
    if (kind === 'heading' || (next && endsBlockBefore(next))) close();
  });
  close();
  return blocks;
}

/**
 * A line's length without its author-date citations: inserting "(Government of British Columbia,
 * 2016)" must not turn a wrapped paragraph into one paragraph per line, or a heading into prose,
 * or the citation would leave the sentence it cites (and the fix be offered again).
 */
function proseLength(line: string): number {
  const trimmed = line.trim();
  let length = trimmed.length;
  for (const span of authorDateCitationSpans(trimmed, 0, trimmed.length)) length -= span.end - span.start;
  return length;
}

/** A short line without sentence-final punctuation, followed by a line that starts a new block (or none). */
function isHeadingLike(line: string, next: Line | undefined): boolean {
  const trimmed = line.trim();
  if (proseLength(trimmed) >= HEADING_MAX_LENGTH || SENTENCE_FINAL.test(trimmed)) return false;
  if (ENDS_WITH_FUNCTION_WORD.test(trimmed)) return false;
  return !next || OPENS_BLOCK.test(next.text.trimStart());
}

function endsBlockBefore(next: Line): boolean {
  return LIST_MARKER.test(next.text) || isTableRow(next.text);
}

function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('|') && trimmed.indexOf('|', 1) > 0;
}

/** Each cell of a `| a | b |` row as a block; pipes and separator rows are not prose. */
function tableCells(line: Line): ProseBlock[] {
  if (TABLE_SEPARATOR.test(line.text.trim())) return [];
  const cells: ProseBlock[] = [];
  let cellStart = 0;
  for (let i = 0; i <= line.text.length; i++) {
    const atPipe = i < line.text.length && line.text.charAt(i) === '|' && line.text.charAt(i - 1) !== '\\';
    if (!atPipe && i < line.text.length) continue;
    const builder = new ProseBuilder();
    builder.appendRun(line.text.slice(cellStart, i), line.start + cellStart);
    const block = finishProseBlock('tableCell', builder, []);
    if (block) cells.push(block);
    cellStart = i + 1;
  }
  return cells;
}
