/** Commands the server executes (`executeCommandProvider`); vscode-languageclient forwards them. */
export const INSERT_ALL_CITATIONS_COMMAND = 'claimlint.insertAllCitations';
/** Checks every article on disk in the workspace folders and pushes their diagnostics (see WorkspaceCheck). */
export const CHECK_WORKSPACE_COMMAND = 'claimlint.checkWorkspace';
/** Shows a newly added claim in its claim file (`window/showDocument`), after "add to claim set". */
export const REVEAL_CLAIM_COMMAND = 'claimlint.revealClaim';

export const FIX_ALL_KIND = 'source.fixAll.claimlint';
