/**
 * The `claimlint/status` notification: the counts the VS Code status bar shows for an article.
 * It is claimlint's own, so the server sends it only to clients that ask for it in their
 * initialization options; other editors never see an unknown method.
 */
export const STATUS_NOTIFICATION = 'claimlint/status';

export interface ArticleStatus {
  /** The article, as the client named it in didOpen. */
  readonly uri: string;
  /** Every figure found, whatever its status. */
  readonly figures: number;
  /** Figures that conflict with the reference. */
  readonly conflicts: number;
  /** Checked figures reported as `missing-citation`. */
  readonly unsourced: number;
}

/** What the VS Code client passes as `initializationOptions`. */
export interface ClaimlintInitializationOptions {
  readonly statusNotifications?: boolean;
}
