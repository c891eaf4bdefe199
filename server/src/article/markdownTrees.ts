import type { Definition, FootnoteDefinition, Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineIndex } from './lineIndex';
import { markdownChunks, type MarkdownChunk } from './markdownChunks';
import {
  guessedDefinitions,
  labelKey,
  mentionedLabels,
  standInDefinition,
  type LabelTable,
} from './referenceLabels';

/**
 * A chunk of the document and its tree. The tree may hold stand-in definitions before or after the
 * chunk's own text, which starts at tree offset `treeStart`: tree offset `o` is document offset
 * `start + o - treeStart`.
 */
export interface ChunkTree {
  readonly start: number;
  readonly end: number;
  readonly tree: Root;
  readonly treeStart: number;
}

/** A chunk's own top-level blocks: those of its text, not its stand-in definitions. */
export function ownChildren(chunk: ChunkTree): Root['children'] {
  const end = chunk.treeStart + chunk.end - chunk.start;
  return chunk.tree.children.filter((child) => {
    const start = child.position?.start.offset ?? 0;
    return start >= chunk.treeStart && start < end;
  });
}

/** Built once: the processors are stateless between parses. */
const WITH_FRONT_MATTER = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
/** Every chunk but one starting with front matter (see MarkdownChunk.frontMatter). */
const WITHOUT_FRONT_MATTER = unified().use(remarkParse).use(remarkGfm);

interface ParsedChunk {
  readonly tree: Root;
  readonly treeStart: number;
  /** The labels the chunk itself defines (its stand-ins left out). */
  readonly defines: LabelTable;
  /** Whether a fenced code or HTML block reaches the chunk's end, so the chunk may not end there. */
  readonly endsOpen: boolean;
}

/**
 * The trees of one document's chunks, kept from one parse to the next, so an edit re-parses only
 * the chunks whose text (or whose stand-in definitions) changed. Only the entries the latest parse
 * used are kept, so the cache never outgrows the document.
 */
export class MarkdownTreeCache {
  #previous = new Map<string, ParsedChunk>();
  #current = new Map<string, ParsedChunk>();

  parse(text: string, chunk: MarkdownChunk, standIns: string): ParsedChunk {
    const source = text.slice(chunk.start, chunk.end);
    const key = `${chunk.start === 0 ? 'first' : 'later'}${chunk.frontMatter ? '+yaml' : ''}\u0000${standIns}\u0000${source}`;
    const parsed = this.#current.get(key) ?? this.#previous.get(key) ?? parseChunk(source, chunk, standIns);
    this.#current.set(key, parsed);
    return parsed;
  }

  /** Ends a document's parse: what it did not use is dropped. */
  finish(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}

/**
 * Stand-ins go before a later chunk's text, where nothing it leaves open can swallow them, and
 * after the first chunk's, where front matter must stay first (should the first chunk end open,
 * it is joined with the rest until it does not, or until no other chunk needs stand-ins).
 */
function parseChunk(source: string, chunk: MarkdownChunk, standIns: string): ParsedChunk {
  const first = chunk.start === 0;
  const prefix = first || standIns === '' ? '' : `${standIns}\n\n`;
  const suffix = first && standIns !== '' ? `\n\n${standIns}\n` : '';
  const tree = (chunk.frontMatter ? WITH_FRONT_MATTER : WITHOUT_FRONT_MATTER).parse(prefix + source + suffix);
  const own = { start: chunk.start, end: chunk.end, tree, treeStart: prefix.length };
  return {
    tree,
    treeStart: prefix.length,
    defines: definitionsIn(own),
    endsOpen: endsOpen(own, source),
  };
}

/**
 * Parses Markdown chunk by chunk (see markdownChunks), giving the trees remark gives the whole
 * document, block for block. Two things reach across chunks and are handled here: a fenced code or
 * HTML block still open at a chunk's end (the chunk is joined with the following ones and parsed
 * again), and references to labels defined in another chunk (stand-in definitions are appended,
 * first as guessed from the lines, then, should the trees show the guess wrong, as parsed).
 */
export function parseMarkdownChunks(text: string, cache = new MarkdownTreeCache()): ChunkTree[] {
  const lines = new LineIndex(text);
  const chunks = markdownChunks(lines);
  const guessed = chunks.map((chunk) => guessedDefinitions(lines, chunk.start, chunk.end));
  let parsed = parseAll(text, chunks, guessed, cache);
  const defined = parsed.map((entry) => entry.parsed.defines);
  if (
    !sameDefinitions(
      defined,
      parsed.map((entry) => entry.guessed),
    )
  ) {
    parsed = parseAll(
      text,
      parsed.map((entry) => entry.chunk),
      defined,
      cache,
    );
  }
  cache.finish();
  return parsed.map(({ chunk, parsed: { tree, treeStart } }) => ({
    start: chunk.start,
    end: chunk.end,
    tree,
    treeStart,
  }));
}

interface ChunkParse {
  readonly chunk: MarkdownChunk;
  readonly parsed: ParsedChunk;
  /** The definitions the chunk was parsed as having (for stand-ins), to compare with its tree's. */
  readonly guessed: LabelTable;
}

/**
 * Parses every chunk with the stand-ins `definitions` call for. A chunk that ends open is joined
 * with the next one, then two, four…: doubling keeps a document that is one long open block linear.
 */
function parseAll(
  text: string,
  chunks: readonly MarkdownChunk[],
  definitions: readonly LabelTable[],
  cache: MarkdownTreeCache,
): ChunkParse[] {
  const definedIn = joinTables(definitions);
  const results: ChunkParse[] = [];
  for (let index = 0; index < chunks.length;) {
    let joined = 1;
    for (;;) {
      const last = Math.min(chunks.length, index + joined) - 1;
      const chunk = {
        ...chunks[index],
        start: chunks[index]?.start ?? 0,
        end: chunks[last]?.end ?? text.length,
      };
      const guessed = joinTables(definitions.slice(index, last + 1));
      const parsed = cache.parse(text, chunk, standInsFor(text, chunk, guessed, definedIn));
      if (!parsed.endsOpen || last === chunks.length - 1) {
        results.push({ chunk, parsed, guessed });
        index = last + 1;
        break;
      }
      joined *= 2;
    }
  }
  return results;
}

function joinTables(tables: readonly LabelTable[]): LabelTable {
  if (tables.length === 1) return tables[0] ?? new Map();
  const joined = new Map<string, string>();
  for (const table of tables) for (const [key, label] of table) if (!joined.has(key)) joined.set(key, label);
  return joined;
}

/**
 * The stand-in definitions for the labels `chunk` mentions that only other chunks define, sorted so
 * the cache key stays the same while they do.
 */
function standInsFor(text: string, chunk: MarkdownChunk, own: LabelTable, definedIn: LabelTable): string {
  const bracket = text.indexOf('[', chunk.start);
  if (definedIn.size === 0 || bracket < 0 || bracket >= chunk.end) return '';
  const standIns: string[] = [];
  for (const key of mentionedLabels(text, chunk.start, chunk.end)) {
    const label = definedIn.get(key);
    if (label !== undefined && !own.has(key)) standIns.push(standInDefinition(key, label));
  }
  // Blank lines between them: a definition cannot interrupt the paragraph a footnote's text is.
  return standIns.sort().join('\n\n');
}

function sameDefinitions(actual: readonly LabelTable[], guessed: readonly LabelTable[]): boolean {
  return actual.every((table, index) => {
    const other = guessed[index];
    return (
      other !== undefined && table.size === other.size && [...table.keys()].every((key) => other.has(key))
    );
  });
}

/** Blocks that hold blocks: where definitions can stand, and where a block may be left open. */
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

function childBlocks(node: Nodes): Nodes[] {
  return BLOCK_CONTAINERS.has(node.type) && 'children' in node ? (node.children as Nodes[]) : [];
}

/** The link and footnote definitions of a chunk's own text, at any depth, in document order. */
export function definitionNodes(chunk: ChunkTree): (Definition | FootnoteDefinition)[] {
  const definitions: (Definition | FootnoteDefinition)[] = [];
  const stack: Nodes[] = ownChildren(chunk).reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') definitions.push(node);
    stack.push(...[...childBlocks(node)].reverse());
  }
  return definitions;
}

/** The labels a chunk's own text defines. */
function definitionsIn(chunk: ChunkTree): LabelTable {
  const labels = new Map<string, string>();
  for (const node of definitionNodes(chunk)) {
    const label = node.label ?? node.identifier;
    const key = labelKey(label, node.type === 'footnoteDefinition');
    if (!labels.has(key)) labels.set(key, label);
  }
  return labels;
}

/**
 * Whether a fenced code or HTML block reaches the last line of the chunk's own text. Such a block
 * may still be open (it would then run into the next chunk in the whole document); one that closed
 * on that very line is taken as open too, which costs a join, never a wrong tree.
 */
function endsOpen(chunk: ChunkTree, source: string): boolean {
  const lastLineStart = chunk.treeStart + lastContentLineStart(source);
  let node: Nodes | undefined = ownChildren(chunk).at(-1);
  while (node) {
    if ((node.type === 'code' || node.type === 'html') && (node.position?.end.offset ?? 0) > lastLineStart) {
      return true;
    }
    node = childBlocks(node).at(-1);
  }
  return false;
}

/** The offset the last line holding more than spaces and tabs starts at. */
function lastContentLineStart(source: string): number {
  let end = source.length;
  while (end > 0 && /[ \t\r\n]/u.test(source.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && source.charAt(start - 1) !== '\n' && source.charAt(start - 1) !== '\r') start--;
  return start;
}
