import type { ParsedArticle, ProseBlock } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { Figure } from '../figures/figureModel';
import type { Period } from '../time/period';
import { checkBlockFigures, type BlockFigures } from './blockFigures';
import type { CheckedFigure, Finding } from './findingModel';

interface Entry {
  /** The document offset the block started at when the entry was made; offsets are shifted from it. */
  readonly start: number;
  readonly blockIndex: number;
  readonly result: BlockFigures;
}

/**
 * The figure-rule results of one document's blocks, for checking it again after an edit: a block
 * whose text (prose and source), kind and citations are unchanged is not matched again, only moved
 * to where it now stands. Entries are valid for one claim set and article date; the cache keeps only
 * the blocks of the latest check, so it never grows beyond the document. The result of every block
 * is what a fresh check gives, since a block's figure rules read nothing outside it.
 */
export class BlockResultCache {
  #claimSet: ClaimSet | undefined;
  #date = '';
  #entries = new Map<string, Entry>();

  /** The figure-rule results of every block of `article`, in block order. */
  blocks(article: ParsedArticle, claimSet: ClaimSet, articleDate: Period | undefined): BlockFigures[] {
    const date = JSON.stringify(articleDate ?? null);
    const reusable =
      claimSet === this.#claimSet && date === this.#date ? this.#entries : new Map<string, Entry>();
    const next = new Map<string, Entry>();
    const results = article.blocks.map((block, blockIndex) => {
      const start = block.map.toDocument(0);
      const key = blockKey(article, block, start);
      const entry = next.get(key) ?? reusable.get(key);
      if (entry) {
        next.set(key, entry);
        return moved(entry, start, blockIndex);
      }
      const result = checkBlockFigures(article, blockIndex, claimSet, articleDate);
      next.set(key, { start, blockIndex, result });
      return result;
    });
    this.#claimSet = claimSet;
    this.#date = date;
    this.#entries = next;
    return results;
  }
}

/** Everything a block's figure rules read: its kind, prose, source text and citation marks. */
function blockKey(article: ParsedArticle, block: ProseBlock, start: number): string {
  const source = article.text.slice(start, block.map.toDocumentEnd(block.text.length));
  const citations = block.citations
    .map((mark) => `${mark.kind}:${mark.proseOffset}:${mark.target}`)
    .join('\n');
  return `${block.kind}\u0000${block.text}\u0000${source}\u0000${citations}`;
}

function moved(entry: Entry, start: number, blockIndex: number): BlockFigures {
  const delta = start - entry.start;
  if (delta === 0 && blockIndex === entry.blockIndex) return entry.result;
  return {
    figures: entry.result.figures.map((checked): CheckedFigure => ({
      ...checked,
      figure: movedFigure(checked.figure, delta, blockIndex),
    })),
    findings: entry.result.findings.map((finding) => movedFinding(finding, delta)),
  };
}

function movedFigure(figure: Figure, delta: number, blockIndex: number): Figure {
  return {
    ...figure,
    start: figure.start + delta,
    end: figure.end + delta,
    numberStart: figure.numberStart + delta,
    numberEnd: figure.numberEnd + delta,
    ...(figure.hedgeStart === undefined ? {} : { hedgeStart: figure.hedgeStart + delta }),
    ...(figure.hedgeEnd === undefined ? {} : { hedgeEnd: figure.hedgeEnd + delta }),
    blockIndex,
  };
}

/** Places in other files (the claim a conflict names) stay where they are. */
function movedFinding(finding: Finding, delta: number): Finding {
  return {
    ...finding,
    start: finding.start + delta,
    end: finding.end + delta,
    ...(finding.related
      ? {
          related: finding.related.map((place) =>
            place.file === undefined
              ? { ...place, start: place.start + delta, end: place.end + delta }
              : place,
          ),
        }
      : {}),
  };
}
