import type { ClaimFileResult } from '../claims/claimFileResult';
import { loadClaimFile } from '../claims/loadClaimFile';
import { bibliographyFormat } from './bibliographyFiles';
import { loadBibliography } from './loadBibliography';

/** Reads a file of the claim set: a bibliography by its extension (`.bib`, `.json`), else a claim file. */
export function loadReferenceFile(file: string, text: string): ClaimFileResult {
  const format = bibliographyFormat(file);
  return format ? loadBibliography(file, text, format) : loadClaimFile(file, text);
}
