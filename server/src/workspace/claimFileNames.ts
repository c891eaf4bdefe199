/** The claim-file naming convention (SPEC "The reference claim set"). */
const CLAIM_FILE_NAME = /\.claims\.(?:ya?ml|json)$/i;

/** A glob for the claim files inside one folder. */
export const CLAIM_FILES_IN_FOLDER = '**/*.claims.{yaml,yml,json}';

/** Folders never searched for claim files or articles: dependencies and VCS internals. */
export const IGNORED_FOLDERS: readonly string[] = ['**/node_modules/**', '**/.git/**'];

export function isClaimFileName(path: string): boolean {
  return CLAIM_FILE_NAME.test(path);
}
