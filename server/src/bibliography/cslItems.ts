import { plugins } from '@citation-js/core';
// Registers the BibTeX/BibLaTeX input formats with citation-js (a side-effect import).
import '@citation-js/plugin-bibtex';
import type { BibliographyFormat } from './bibliographyFiles';

/** The few CSL-JSON fields claimlint reads, after checking their shape (the input is untrusted). */
export interface CslItem {
  readonly id: string;
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
  readonly url?: string;
}

/**
 * The entries of a bibliography, through citation-js. The input type is forced, so citation-js never
 * guesses that a string is a DOI or a URL to fetch: reading a bibliography reads, and never downloads.
 */
export function readCslItems(text: string, format: BibliographyFormat): CslItem[] {
  const input: unknown = format === 'bibtex' ? text : JSON.parse(text);
  const forceType = format === 'bibtex' ? '@biblatex/text' : cslInputType(input);
  const items = plugins.input.chain(input, { forceType, generateGraph: false });
  return Array.isArray(items) ? items.flatMap((item: unknown) => cslItem(item) ?? []) : [];
}

/** CSL JSON is a list of items, or one item on its own. */
function cslInputType(input: unknown): string {
  return Array.isArray(input) ? '@csl/list+object' : '@csl/object';
}

function cslItem(raw: unknown): CslItem | undefined {
  if (!isRecord(raw)) return undefined;
  const id = text(raw['citation-key']) ?? text(raw['id']);
  if (id === undefined || /\s/.test(id)) return undefined;
  const title = text(raw['title']);
  const author = names(raw['author']) ?? names(raw['editor']) ?? text(raw['publisher']);
  const date = issued(raw['issued']);
  const url = text(raw['URL']);
  return {
    id,
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
  };
}

/** "Jane Doe and Richard Roe", or an organisation's literal name. */
function names(raw: unknown): string | undefined {
  if (!Array.isArray(raw)) return undefined;
  const written = raw.flatMap((name: unknown) => {
    if (!isRecord(name)) return [];
    const literal = text(name['literal']);
    if (literal) return [literal];
    const parts = [text(name['given']), text(name['non-dropping-particle']), text(name['family'])];
    const joined = parts.filter((part): part is string => part !== undefined).join(' ');
    return joined ? [joined] : [];
  });
  if (written.length === 0) return undefined;
  return written.length <= 2 ? written.join(' and ') : `${written[0] ?? ''} et al.`;
}

/** The issued date as claim files write dates: YYYY, YYYY-MM or YYYY-MM-DD. */
function issued(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const parts = raw['date-parts'];
  const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
  if (!Array.isArray(first)) return undefined;
  const [year, month, day] = first.map((part: unknown) => Number(part));
  if (year === undefined || !Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  const pad = (value: number): string => String(value).padStart(2, '0');
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return String(year);
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function text(raw: unknown): string | undefined {
  if (typeof raw === 'number') return String(raw);
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
