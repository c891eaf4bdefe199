import type { Source, TextSpan } from '../claims/claimModel';
import type { ClaimFileResult, FileSource } from '../claims/claimFileResult';
import { tooLargeToRead } from '../limits/inputLimits';
import type { BibliographyFormat } from './bibliographyFiles';
import { readCslItems, type CslItem } from './cslItems';

/**
 * Reads a bibliography (BibTeX or CSL JSON) as a claim file that holds only sources: id = citekey,
 * title, author, date (issued) and URL. Merged with the claim files, so claims may cite its keys in
 * `source:` and citations use the keys a Pandoc user already has. A file citation-js cannot read, or
 * one over the claim-file size limit, is one problem at its start; the rest of the claim set stays in use.
 */
export function loadBibliography(file: string, text: string, format: BibliographyFormat): ClaimFileResult {
  const result = { file, sources: [] as FileSource[], entities: [], claims: [], quotes: [], problems: [] };
  const tooLarge = tooLargeToRead(text);
  if (tooLarge) return { ...result, problems: [{ file, span: { start: 0, end: 0 }, message: tooLarge }] };
  let items: CslItem[];
  try {
    items = readCslItems(text, format);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `bibliography could not be read: ${reason}`;
    return { ...result, problems: [{ file, span: { start: 0, end: 0 }, message }] };
  }
  const keys = keySpans(text);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const span = keys.get(item.id) ?? { start: 0, end: 0 };
    const source: Source = {
      id: item.id,
      ...(item.title ? { title: item.title } : {}),
      ...(item.author ? { author: item.author } : {}),
      ...(item.date ? { date: item.date } : {}),
      ...(item.url ? { url: item.url } : {}),
      aliases: [],
      origin: { file, span },
    };
    result.sources.push({ source, idSpan: span });
  }
  return result;
}

/**
 * Where a key is written: `@book{key,` (BibTeX) or `"id": "key"` (CSL JSON). Also finds
 * `@string{name` and the like, which no entry's key is looked up by.
 */
const WRITTEN_KEY = /@\w+\s*\{\s*([^\s,"{}]+)(?=[\s,])|"(?:id|citation-key)"\s*:\s*"([^"\s]+)"/g;

/**
 * Every key's first place in the text, for go-to-definition and reports: one pass over the file,
 * so a bibliography of thousands of entries loads in linear time.
 */
function keySpans(text: string): Map<string, TextSpan> {
  const spans = new Map<string, TextSpan>();
  for (const written of text.matchAll(WRITTEN_KEY)) {
    const bibtexKey = written[1];
    const key = bibtexKey ?? written[2];
    if (key === undefined || spans.has(key)) continue;
    // A BibTeX key ends the match; a CSL JSON key is followed by its closing quote.
    const end = written.index + written[0].length - (bibtexKey === undefined ? 1 : 0);
    spans.set(key, { start: end - key.length, end });
  }
  return spans;
}
