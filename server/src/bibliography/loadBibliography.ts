import type { Source, TextSpan } from '../claims/claimModel';
import type { ClaimFileResult, FileSource } from '../claims/claimFileResult';
import type { BibliographyFormat } from './bibliographyFiles';
import { readCslItems, type CslItem } from './cslItems';

/**
 * Reads a bibliography (BibTeX or CSL JSON) as a claim file that holds only sources: id = citekey,
 * title, author, date (issued) and URL. Merged with the claim files, so claims may cite its keys in
 * `source:` and citations use the keys a Pandoc user already has. A file citation-js cannot read is
 * one problem at its start; the rest of the claim set stays in use.
 */
export function loadBibliography(file: string, text: string, format: BibliographyFormat): ClaimFileResult {
  const result = { file, sources: [] as FileSource[], entities: [], claims: [], quotes: [], problems: [] };
  let items: CslItem[];
  try {
    items = readCslItems(text, format);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `bibliography could not be read: ${reason}`;
    return { ...result, problems: [{ file, span: { start: 0, end: 0 }, message }] };
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const span = keySpan(text, item.id);
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

/** Where an entry's key is written (`@book{key,` or `"id": "key"`), for go-to-definition and reports. */
function keySpan(text: string, id: string): TextSpan {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const written = new RegExp(
    `(?:@\\w+\\s*\\{\\s*|"(?:id|citation-key)"\\s*:\\s*")(${escaped})(?=[\\s,"])`,
  ).exec(text);
  if (!written?.[1]) return { start: 0, end: 0 };
  const start = written.index + written[0].length - written[1].length;
  return { start, end: start + id.length };
}
