import { extname } from 'node:path';
import { isClaimFileName } from '../workspace/claimFileNames';

/** How a bibliography file is read, by its extension: BibTeX/BibLaTeX, or CSL JSON. */
export type BibliographyFormat = 'bibtex' | 'csl-json';

/** The format of a bibliography named in the config; undefined for claim files and other names. */
export function bibliographyFormat(file: string): BibliographyFormat | undefined {
  if (isClaimFileName(file)) return undefined;
  const extension = extname(file).toLowerCase();
  if (extension === '.bib' || extension === '.bibtex') return 'bibtex';
  if (extension === '.json') return 'csl-json';
  return undefined;
}
