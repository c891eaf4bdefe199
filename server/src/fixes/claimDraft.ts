import { NON_PROSE_PLACEHOLDER, type ParsedArticle } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { Figure } from '../figures/figureModel';
import { trimLeadingChars, trimTrailingChars } from '../text/trimChars';
import { formatPeriod, yearOf, type Period } from '../time/period';

/** A new claim drafted from an unverified figure, for the writer to check and complete. */
export interface ClaimDraft {
  readonly id: string;
  readonly subject: string;
  readonly value: number;
  readonly unit?: string;
  readonly period?: string;
}

const CLAUSE_BREAK = /[,;:()\u2013\u2014]/u;
const MAX_SUBJECT = 160;
const ID_WORDS = 6;
/** Words that say nothing about a subject, left out of drafted ids. */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'and',
  'or',
  'for',
  'by',
  'with',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'that',
  'this',
  'its',
  'it',
  'than',
  'more',
  'less',
  'about',
  'some',
]);

/**
 * Drafts a claim for a figure: the subject is the figure's clause (the part of its sentence between
 * commas, semicolons, colons, dashes or brackets), trimmed; the id is slugified from it and unique in
 * the claim set; the value and unit are the figure's; the period is the time its sentence names, else
 * the article's year.
 */
export function draftClaim(
  article: ParsedArticle,
  figure: Figure,
  claimSet: ClaimSet,
  articleDate: Period | undefined,
): ClaimDraft {
  const subject = clauseOf(article, figure);
  const unit = figure.unit?.dimension === 'count' ? figure.countNoun : figure.unit?.code;
  const period = figure.time
    ? formatPeriod(figure.time)
    : articleDate
      ? String(yearOf(articleDate.start))
      : undefined;
  return {
    id: uniqueId(slugOf(subject), claimSet),
    subject,
    value: Number(figure.value.toPrecision(12)),
    ...(unit ? { unit } : {}),
    ...(period ? { period } : {}),
  };
}

function clauseOf(article: ParsedArticle, figure: Figure): string {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return figure.text;
  const text = block.text;
  let at = sentence.start;
  while (at < sentence.end && block.map.toDocument(at) < figure.start) at++;
  let start = at;
  while (start > sentence.start && !isClauseBreak(text, start - 1)) start--;
  let end = at;
  while (end < sentence.end && !isClauseBreak(text, end)) end++;
  const clause = tidy(text.slice(start, end));
  // A clause of a word or two ("in 2016, 622 died") says too little: the sentence says more.
  const chosen = clause.split(' ').length >= 4 ? clause : tidy(text.slice(sentence.start, sentence.end));
  return shorten(chosen);
}

/** A comma between digits is a thousands separator ("4,000"), not a clause break. */
function isClauseBreak(text: string, index: number): boolean {
  if (!CLAUSE_BREAK.test(text.charAt(index))) return false;
  return !(/\d/.test(text.charAt(index - 1)) && /\d/.test(text.charAt(index + 1)));
}

/** Quotation marks and dashes that do not start a subject; sentence ends that do not end one. */
const SUBJECT_LEAD = /[\s"'\u201C\u201D\u2018\u2019-]/u;
const SUBJECT_TAIL = /[\s"'\u201C\u201D\u2018\u2019.!?-]/u;

function tidy(text: string): string {
  const spaced = text.replaceAll(NON_PROSE_PLACEHOLDER, ' ').replace(/\s+/gu, ' ').trim();
  return trimTrailingChars(trimLeadingChars(spaced, SUBJECT_LEAD), SUBJECT_TAIL);
}

function shorten(text: string): string {
  if (text.length <= MAX_SUBJECT) return text;
  const cut = text.lastIndexOf(' ', MAX_SUBJECT);
  return text.slice(0, cut > 0 ? cut : MAX_SUBJECT);
}

function slugOf(subject: string): string {
  const words = subject
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !FILLER.has(word) && !/^\d+$/.test(word));
  return words.slice(0, ID_WORDS).join('-') || 'claim';
}

function uniqueId(base: string, claimSet: ClaimSet): string {
  const taken = new Set([...claimSet.claims.map((claim) => claim.id), ...claimSet.sources.keys()]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
