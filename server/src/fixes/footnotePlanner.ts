import { describeSource } from '../claims/describeClaims';
import type { ParsedArticle } from '../article/articleModel';
import type { Source } from '../claims/claimModel';
import type { OffsetEdit } from './offsetEdit';
import { safeHttpUrl } from './safeUrl';

const NUMERIC_LABEL = /^\d+$/;
const DEFINITION_LINE = /^\[\^[^\]\s]+\]:/;

/**
 * Chooses footnote labels for sources and writes the definitions they need. A source that already has
 * a definition (its label is the source id, or the definition names the source's URL or title) reuses
 * it. A new footnote follows the document's naming: the next number when every label is a number
 * ("[^1] [^2]" → "[^3]"), else the source id ("[^cisc-2024]"). New definitions go at the end of the
 * document, after its last definition, or after a blank line when it has none there.
 */
export class FootnotePlanner {
  readonly #article: ParsedArticle;
  readonly #labels = new Set<string>();
  readonly #bySource = new Map<string, string>();
  readonly #definitions: { label: string; source: Source }[] = [];
  readonly #numbered: boolean;
  #nextNumber: number;

  constructor(article: ParsedArticle) {
    this.#article = article;
    for (const label of article.footnoteDefinitions.keys()) this.#labels.add(label);
    for (const block of article.blocks) {
      for (const mark of block.citations) if (mark.kind === 'footnote') this.#labels.add(mark.target);
    }
    const labels = [...this.#labels];
    this.#numbered = labels.length > 0 && labels.every((label) => NUMERIC_LABEL.test(label));
    this.#nextNumber = this.#numbered ? Math.max(...labels.map(Number)) + 1 : 1;
  }

  /** The label to cite `source` with, planning its definition when it has none yet. */
  labelFor(source: Source): string {
    const known = this.#bySource.get(source.id) ?? this.#existingLabel(source);
    if (known !== undefined) {
      this.#bySource.set(source.id, known);
      return known;
    }
    const label = this.#newLabel(source);
    this.#labels.add(label);
    this.#bySource.set(source.id, label);
    this.#definitions.push({ label, source });
    return label;
  }

  /** Plans a definition under a label the writer chose (completion after `[^` inserts the source id). */
  defineAs(label: string, source: Source): void {
    this.#labels.add(label);
    this.#bySource.set(source.id, label);
    this.#definitions.push({ label, source });
  }

  /** The edit that appends every planned definition, or undefined when none is needed. */
  definitionsEdit(eol: string): OffsetEdit | undefined {
    if (this.#definitions.length === 0) return undefined;
    const text = this.#article.text;
    const contentEnd = text.trimEnd().length;
    const lastLine = text.slice(text.lastIndexOf('\n', contentEnd - 1) + 1, contentEnd);
    const lines = this.#definitions.map(({ label, source }) => `[^${label}]: ${definitionText(source)}`);
    const separator = contentEnd === 0 ? '' : DEFINITION_LINE.test(lastLine) ? eol : eol + eol;
    // Inserted before the document's trailing line breaks, which stay as they were.
    return { start: contentEnd, end: contentEnd, newText: separator + lines.join(eol) };
  }

  #existingLabel(source: Source): string | undefined {
    const definitions = this.#article.footnoteDefinitions;
    if (definitions.has(source.id)) return source.id;
    const url = safeHttpUrl(source.url);
    const title = source.title?.toLowerCase();
    for (const [label, definition] of definitions) {
      const lower = definition.toLowerCase();
      if ((url && definition.includes(url)) || (source.url && definition.includes(source.url))) return label;
      if (title && lower.includes(title)) return label;
    }
    return undefined;
  }

  #newLabel(source: Source): string {
    if (this.#numbered) return String(this.#nextNumber++);
    let label = source.id;
    for (let n = 2; this.#labels.has(label); n++) label = `${source.id}-${n}`;
    return label;
  }
}

/** "Privy Council Office, Memorandum for the Prime Minister, 2024." and the URL when it is http(s). */
function definitionText(source: Source): string {
  const url = safeHttpUrl(source.url);
  return `${describeSource(source)}.${url ? ` ${url}` : ''}`;
}
