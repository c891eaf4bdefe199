import type { ParsedArticle } from '../article/articleModel';
import type { Claim, ClaimSet, Source } from '../claims/claimModel';
import type { Figure } from '../figures/figureModel';
import type { CitationStyle } from '../../../shared/src/settings';
import { citationAnchor, type CitationAnchor } from './citationAnchor';
import { footnoteMark, linkMark, pandocMark, textMark } from './citationMarks';
import { documentCitationStyle, fallbackStyle, type InsertStyle } from './citationStyle';
import { FootnotePlanner } from './footnotePlanner';
import { lineEndingOf, type OffsetEdit } from './offsetEdit';
import { safeHttpUrl } from './safeUrl';

/** A figure to cite, with the claim it was matched to (whose sources are cited). */
export interface CitationRequest {
  readonly figure: Figure;
  readonly claim: Claim;
}

export interface PlannedCitations {
  /** The edits, in the order an editor must apply inserts at one offset (definitions last). */
  readonly edits: readonly OffsetEdit[];
  /** The marks inserted, one per sentence, for the fix's title. */
  readonly marks: readonly string[];
}

/**
 * Plans the citations for some figures in one pass, so that a fix-all numbers new footnotes in order,
 * defines each source once, and cites each sentence once: the figures of one sentence share one
 * mark naming all their claims' sources ("…from 2,843 to 3,313 [@bc-coroners-decrim-2024]."). A
 * sentence that already carries the mark this would insert is left alone, so applying twice is a no-op.
 */
export function planCitations(
  article: ParsedArticle,
  claimSet: ClaimSet,
  setting: CitationStyle,
  requests: readonly CitationRequest[],
): PlannedCitations {
  const style = documentCitationStyle(article, setting);
  const footnotes = new FootnotePlanner(article);
  const eol = lineEndingOf(article.text);
  const edits: OffsetEdit[] = [];
  const marks: string[] = [];
  for (const group of groupBySentence(article, requests)) {
    const sources = uniqueSources(group.claims, claimSet);
    if (sources.length === 0) continue;
    const written = writeMark(article, claimSet, style, sources, group.anchor, footnotes);
    if (written.kind === 'inline' && alreadyThere(article.text, group.anchor, written.mark)) continue;
    const before = article.text.charAt(written.offset - 1);
    const spaced =
      written.kind === 'inline' && before !== '' && !/\s/.test(before) ? ` ${written.mark}` : written.mark;
    edits.push({ start: written.offset, end: written.offset, newText: spaced });
    marks.push(written.mark);
  }
  const definitions = footnotes.definitionsEdit(eol);
  return { edits: definitions ? [...edits, definitions] : edits, marks };
}

interface SentenceGroup {
  readonly anchor: CitationAnchor;
  readonly claims: Claim[];
}

function groupBySentence(article: ParsedArticle, requests: readonly CitationRequest[]): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  for (const { figure, claim } of requests) {
    const key = `${figure.blockIndex}:${figure.sentenceIndex}`;
    const existing = groups.get(key);
    if (existing) {
      existing.claims.push(claim);
      continue;
    }
    const anchor = citationAnchor(article, figure);
    if (anchor) groups.set(key, { anchor, claims: [claim] });
  }
  return [...groups.values()].sort((a, b) => a.anchor.footnote - b.anchor.footnote);
}

function uniqueSources(claims: readonly Claim[], claimSet: ClaimSet): Source[] {
  const ids = [...new Set(claims.flatMap((claim) => claim.sources))];
  return ids.map((id) => claimSet.sources.get(id)).filter((source): source is Source => source !== undefined);
}

type WrittenMark = { kind: 'inline' | 'footnote'; mark: string; offset: number };

function writeMark(
  article: ParsedArticle,
  claimSet: ClaimSet,
  style: InsertStyle,
  sources: readonly Source[],
  anchor: CitationAnchor,
  footnotes: FootnotePlanner,
): WrittenMark {
  const linked = sources.map((source) => ({ source, url: safeHttpUrl(source.url) }));
  const canLink = linked.every((entry) => entry.url !== undefined);
  const chosen = style === 'link' && !canLink ? fallbackStyle(article) : style;
  switch (chosen) {
    case 'footnote': {
      const mark = sources.map((source) => footnoteMark(footnotes.labelFor(source))).join('');
      return { kind: 'footnote', mark, offset: anchor.footnote };
    }
    case 'pandoc':
      return { kind: 'inline', mark: pandocMark(sources), offset: anchor.inline };
    case 'text':
      return { kind: 'inline', mark: textMark(sources), offset: anchor.inline };
    case 'link': {
      const withUrls = linked.map(({ source, url }) => ({ source, url: url ?? '' }));
      return { kind: 'inline', mark: linkMark(withUrls, claimSet.entities), offset: anchor.inline };
    }
  }
}

/** Whether the sentence, up to where the mark would go, already holds this very mark. */
function alreadyThere(text: string, anchor: CitationAnchor, mark: string): boolean {
  return text.slice(anchor.sentenceStart, anchor.sentenceEnd + mark.length + 1).includes(mark);
}
