import type { Period } from '../time/period';

/**
 * Maps offsets in a block's prose text back to offsets in the document. Prose drops markup
 * (emphasis markers, link targets) and replaces non-prose inline content (inline code, HTML,
 * footnote references, citekeys) with one OBJECT REPLACEMENT CHARACTER, so every prose offset
 * has exactly one document offset.
 */
export interface OffsetMap {
  /** The document offset of the prose character at `proseOffset`. */
  toDocument(proseOffset: number): number;
  /** The document offset just after the prose character at `proseOffset - 1` (an exclusive end). */
  toDocumentEnd(proseOffset: number): number;
}

/** Stands in prose text for inline content that is not prose (code, HTML, citation marks). */
export const NON_PROSE_PLACEHOLDER = '\uFFFC';

/** A citation mark in the document: `[^id]`, `[@key]`, or a link to a URL. */
export interface CitationMark {
  readonly kind: 'footnote' | 'pandoc' | 'link';
  /** The footnote label, the citekey, or the link URL. */
  readonly target: string;
  /** Where the mark is, in the block's prose text (the placeholder's offset, or the link text's start). */
  readonly proseOffset: number;
}

export interface Sentence {
  /** Offsets in the block's prose text. */
  readonly start: number;
  readonly end: number;
}

/** One block of prose: a paragraph, heading, list item or table cell (Markdown) or a paragraph (text). */
export interface ProseBlock {
  readonly kind: 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'blockquote';
  readonly text: string;
  readonly map: OffsetMap;
  readonly sentences: readonly Sentence[];
  readonly citations: readonly CitationMark[];
  /** Spans of the prose text inside quotation marks (straight or curly), as prose offsets. */
  readonly quotations: readonly Sentence[];
}

/** A `claimlint-disable…` directive (SPEC "Silencing"). */
export interface SilenceDirective {
  readonly kind: 'disable-next-line' | 'disable' | 'enable';
  /** The rules named; empty means every rule. */
  readonly rules: readonly string[];
  /** The 0-based line the directive is on. */
  readonly line: number;
  /**
   * `disable-next-line` only: the 0-based line it silences (the next non-blank line), computed at
   * parse time because `isSilenced` has no document text. Absent: the line after `line`.
   */
  readonly targetLine?: number;
}

export type ArticleFormat = 'markdown' | 'text';

export interface ParsedArticle {
  readonly format: ArticleFormat;
  readonly text: string;
  readonly blocks: readonly ProseBlock[];
  /** From front matter `date:` or a leading `date YYYY-MM-DD` line. */
  readonly date?: Period;
  readonly directives: readonly SilenceDirective[];
  /** Footnote definitions: label → the definition's text (Markdown only). */
  readonly footnoteDefinitions: ReadonlyMap<string, string>;
  /** Front matter `bibliography:` (Markdown only). */
  readonly bibliography?: string;
}
