import { findClaimFiles, type FoundClaimFiles } from '../workspace/findClaimFiles';
import { bibliographyFormat } from './bibliographyFiles';

/**
 * The config's `bibliography` paths and globs, resolved like claim-file patterns against `root`;
 * only files with a bibliography extension are kept, so a folder never pulls in its claim files twice.
 */
export async function findBibliographies(
  root: string,
  patterns: readonly string[],
): Promise<FoundClaimFiles> {
  const found = await findClaimFiles(root, patterns);
  return { ...found, files: found.files.filter((file) => bibliographyFormat(file) !== undefined) };
}
