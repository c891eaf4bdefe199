import type { Html, Nodes, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Period } from '../time/period';
import {
  NON_PROSE_PLACEHOLDER,
  type CitationMark,
  type ParsedArticle,
  type ProseBlock,
  type SilenceDirective,
} from './articleModel';
import { findLeadingDate, frontMatterDate } from './articleDate';
import { findInlineCitations } from './citekeys';
import { htmlComments, parseDirective } from './directives';
import { LineIndex } from './lineIndex';
import {
  definitionNodes,
  MarkdownTreeCache,
  ownChildren,
  parseMarkdownChunks,
  type ChunkTree,
} from './markdownTrees';
import { finishProseBlock } from './proseBlock';
import { ProseBuilder } from './proseBuilder';
import { TextAligner } from './textAligner';

const HTTP_URL = /^https?:\/\//i;

/**
 * Parses Markdown into prose blocks (see ProseBlock); throws only if remark itself does. `trees`
 * keeps the document's chunk trees from its previous parse, so an edit re-parses only what changed.
 */
export function parseMarkdownArticle(text: string, trees?: MarkdownTreeCache): ParsedArticle {
  return articleFromTrees(text, parseMarkdownChunks(text, trees));
}

/** The article the chunk trees of `text` make (one chunk with the whole tree gives the same). */
export function articleFromTrees(text: string, chunks: readonly ChunkTree[]): ParsedArticle {
  const frontMatter = chunks[0] ? readFrontMatter(chunks[0].tree) : undefined;
  const afterFrontMatter = frontMatter ? frontMatter.end : 0;
  const leadingDate = frontMatter?.date ? undefined : findLeadingDate(text, afterFrontMatter);
  const date: Period | undefined = frontMatter?.date ?? leadingDate?.period;

  const walker = new MarkdownProseWalker(text, linkDefinitions(chunks), leadingDate?.proseStart ?? 0);
  for (const chunk of chunks) walker.visitChunk(chunk);
  return {
    format: 'markdown',
    text,
    blocks: walker.blocks,
    ...(date ? { date } : {}),
    directives: [...walker.directives].sort((a, b) => a.line - b.line),
    footnoteDefinitions: walker.footnoteDefinitions,
    ...(frontMatter?.bibliography ? { bibliography: frontMatter.bibliography } : {}),
  };
}

interface FrontMatter {
  readonly end: number;
  readonly date?: Period;
  readonly bibliography?: string;
}

function readFrontMatter(tree: Root): FrontMatter | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return undefined;
  const end = first.position?.end.offset ?? 0;
  let data: unknown;
  try {
    data = parseYaml(first.value, { logLevel: 'silent' });
  } catch {
    return { end }; // Broken front matter is the writer's to fix; the article is still checked.
  }
  if (typeof data !== 'object' || data === null) return { end };
  const fields = data as Record<string, unknown>;
  const date = frontMatterDate(fields['date']);
  const raw = fields['bibliography'];
  const bibliography = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.find(isString) : undefined;
  return { end, ...(date ? { date } : {}), ...(bibliography ? { bibliography } : {}) };
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * `[label]: url` definitions, so reference-style links can be cited by their URL; the first of a
 * label wins, as in CommonMark. Chunks' stand-in definitions are not read.
 */
function linkDefinitions(chunks: readonly ChunkTree[]): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const node of chunks.flatMap(definitionNodes)) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url);
    }
  }
  return definitions;
}

/** Counts line breaks (CRLF, LF or lone CR) in `text` between `from` and `until`. */
function lineBreaksBetween(text: string, from: number, until: number): number {
  let count = 0;
  for (let i = from; i < until; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

class MarkdownProseWalker {
  readonly blocks: ProseBlock[] = [];
  readonly directives: SilenceDirective[] = [];
  readonly footnoteDefinitions = new Map<string, string>();
  private readonly lines: LineIndex;
  /** What turns an offset in the visited chunk's tree into a document offset. */
  private base = 0;

  constructor(
    private readonly source: string,
    private readonly definitions: ReadonlyMap<string, string>,
    /** Source before this offset (a leading `date` line) is not prose. */
    private readonly hiddenBefore: number,
  ) {
    this.lines = new LineIndex(source);
  }

  visitChunk(chunk: ChunkTree): void {
    this.base = chunk.start - chunk.treeStart;
    this.visitChildren(ownChildren(chunk), undefined);
  }

  private startOf(node: Nodes): number {
    return this.base + (node.position?.start.offset ?? 0);
  }

  private endOf(node: Nodes): number {
    return node.position?.end.offset === undefined
      ? this.startOf(node)
      : this.base + node.position.end.offset;
  }

  /** Visits block-level content; `container` is the kind blocks inside a list item or blockquote take. */
  private visit(node: Nodes, container: ProseBlock['kind'] | undefined): void {
    switch (node.type) {
      case 'paragraph':
        return this.block(container ?? 'paragraph', node.children);
      case 'heading':
        return this.block('heading', node.children);
      case 'tableCell':
        return this.block('tableCell', node.children);
      case 'blockquote':
        return this.visitChildren(node.children, 'blockquote');
      case 'listItem':
        return this.visitChildren(node.children, 'listItem');
      case 'footnoteDefinition':
        this.footnoteDefinitions.set(node.label ?? node.identifier, plainText(node).trim());
        return this.visitChildren(node.children, 'paragraph');
      case 'html':
        return this.readDirectives(node);
      case 'yaml':
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return; // Not prose.
      default:
        if ('children' in node) this.visitChildren(node.children as Nodes[], container);
    }
  }

  private visitChildren(children: readonly Nodes[], container: ProseBlock['kind'] | undefined): void {
    for (const child of children) this.visit(child, container);
  }

  private block(kind: ProseBlock['kind'], children: readonly PhrasingContent[]): void {
    const builder = new ProseBuilder();
    const marks: CitationMark[] = [];
    this.inlines(children, builder, marks);
    const block = finishProseBlock(kind, builder, marks);
    if (block) this.blocks.push(block);
  }

  private inlines(children: readonly PhrasingContent[], builder: ProseBuilder, marks: CitationMark[]): void {
    for (const node of children) {
      switch (node.type) {
        case 'text':
          this.text(node, builder, marks);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          this.inlines(node.children, builder, marks);
          break;
        case 'link':
          this.mark(marks, node.url, builder.proseLength, node);
          // `<https://…>` or a bare GFM URL: the text is the address itself, not prose.
          if (this.source.charAt(this.startOf(node)) !== '[') this.placeholder(builder, node);
          else this.inlines(node.children, builder, marks);
          break;
        case 'linkReference':
          this.mark(marks, this.definitions.get(node.identifier) ?? '', builder.proseLength, node);
          this.inlines(node.children, builder, marks);
          break;
        case 'footnoteReference':
          if (this.startOf(node) >= this.hiddenBefore) {
            marks.push({
              kind: 'footnote',
              target: node.label ?? node.identifier,
              proseOffset: builder.proseLength,
            });
          }
          this.placeholder(builder, node);
          break;
        case 'break':
          if (this.startOf(node) >= this.hiddenBefore)
            builder.appendAtom('\n', this.startOf(node), this.endOf(node));
          break;
        case 'html':
          this.readDirectives(node);
          this.placeholder(builder, node);
          break;
        default:
          // Inline code, images and anything else inline that is not words.
          this.placeholder(builder, node);
      }
    }
  }

  /** A link citation mark, for http(s) links only (mailto: and relative links cite nothing). */
  private mark(marks: CitationMark[], url: string, proseOffset: number, node: Nodes): void {
    if (HTTP_URL.test(url) && this.startOf(node) >= this.hiddenBefore) {
      marks.push({ kind: 'link', target: url, proseOffset });
    }
  }

  private placeholder(builder: ProseBuilder, node: Nodes): void {
    if (this.startOf(node) >= this.hiddenBefore)
      builder.appendAtom(NON_PROSE_PLACEHOLDER, this.startOf(node), this.endOf(node));
  }

  /** A text node, with Pandoc citations and undefined footnote references in it made into marks. */
  private text(node: Text, builder: ProseBuilder, marks: CitationMark[]): void {
    const value = node.value;
    const aligner = new TextAligner(this.source, this.startOf(node), this.endOf(node), this.hiddenBefore);
    let done = 0;
    for (const citation of findInlineCitations(value)) {
      aligner.take(value.slice(done, citation.start), builder);
      const start = aligner.take(value.slice(citation.start, citation.end));
      if (start >= this.hiddenBefore) {
        for (const target of citation.targets) {
          marks.push({ kind: citation.kind, target, proseOffset: builder.proseLength });
        }
        builder.appendAtom(NON_PROSE_PLACEHOLDER, start, aligner.offset);
      }
      done = citation.end;
    }
    aligner.take(value.slice(done), builder);
  }

  private readDirectives(node: Html): void {
    // Lines are counted inside the value: blockquote prefixes make value and source offsets differ.
    let line = this.lines.lineAt(this.startOf(node));
    let counted = 0;
    for (const comment of htmlComments(node.value)) {
      line += lineBreaksBetween(node.value, counted, comment.offset);
      const lastLine = line + lineBreaksBetween(node.value, comment.offset, comment.end);
      counted = comment.offset;
      const directive = parseDirective(comment.body, line, lastLine, this.lines);
      if (directive) this.directives.push(directive);
    }
  }
}

/** The words of a footnote definition (text and inline code), blocks separated by a space. */
function plainText(node: Nodes | RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(plainText);
  return node.type === 'footnoteDefinition' ? parts.join(' ') : parts.join('');
}
