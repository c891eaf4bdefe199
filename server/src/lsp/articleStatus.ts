import type { ArticleStatus } from '../../../shared/src/statusProtocol';
import type { CheckResult } from '../engine/checkArticle';

/** The counts behind the VS Code status bar item, from one check of an article. */
export function articleStatus(uri: string, result: CheckResult): ArticleStatus {
  return {
    uri,
    figures: result.figures.length,
    conflicts: result.figures.filter((figure) => figure.status === 'conflict').length,
    unsourced: result.findings.filter((finding) => finding.rule === 'missing-citation').length,
  };
}

/** Whether the client asked for `claimlint/status` in its initialization options. */
export function wantsStatusNotifications(initializationOptions: unknown): boolean {
  return (
    typeof initializationOptions === 'object' &&
    initializationOptions !== null &&
    'statusNotifications' in initializationOptions &&
    initializationOptions.statusNotifications === true
  );
}
