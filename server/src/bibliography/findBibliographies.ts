import { findClaimFiles, type FoundClaimFiles } from '../workspace/findClaimFiles';
import { bibliographyFormat } from './bibliographyFiles';

/**
 * The config's `bibliography` paths and globs, resolved like claim-file patterns against `root`
 * (and `confined` to it the same way); only files with a bibliography extension are kept, so a
 * folder never pulls in its claim files twice.
 */
export async function findBibliographies(
  root: string,
  patterns: readonly string[],
  confined = false,
): Promise<FoundClaimFiles> {
  const found = await findClaimFiles(root, patterns, confined);
  const isBibliography = (file: string): boolean => bibliographyFormat(file) !== undefined;
  return {
    ...found,
    files: found.files.filter(isBibliography),
    refused: found.refused.filter(({ pattern, path }) => path === pattern || isBibliography(path)),
  };
}
