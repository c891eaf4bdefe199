import {
  CodeActionKind,
  type CancellationToken,
  type Connection,
  type Range,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllCitations } from '../fixes/fixAllCitations';
import { citekeyCompletions } from '../navigation/citekeyCompletion';
import { claimReferences } from '../navigation/claimReferences';
import { itemAt } from '../navigation/claimFileIds';
import { definitionAt } from '../navigation/figureDefinition';
import { sourceLinks } from '../navigation/sourceLinks';
import { workspaceArticles } from '../navigation/workspaceArticles';
import { isClaimFileName } from '../workspace/claimFileNames';
import { checkText } from '../workspace/checkText';
import type { ArticleChecker } from './articleChecker';
import { articleEdit, codeActionsFor, type ClaimFileTarget } from './codeActions';
import { documentKind } from './documentKind';
import {
  CHECK_WORKSPACE_COMMAND,
  FIX_ALL_KIND,
  INSERT_ALL_CITATIONS_COMMAND,
  REVEAL_CLAIM_COMMAND,
} from './fixCommands';
import type { RootContext } from './rootContext';
import type { RootRegistry } from './rootRegistry';
import { uriOfPath } from './uris';

export interface EditingDependencies {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly checker: ArticleChecker;
  readonly registry: RootRegistry;
  /** Whether the client supports `window/showDocument` (known after initialize). */
  readonly canReveal: () => boolean;
  /** Runs `claimlint.checkWorkspace` (see WorkspaceCheck); resolves to its summary. */
  readonly checkWorkspace: (token: CancellationToken) => Promise<unknown>;
  readonly log: (message: string) => void;
}

/** What the quick fixes and the navigation features add to the server's capabilities. */
export function editingCapabilities(): ServerCapabilities {
  return {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: {
      commands: [INSERT_ALL_CITATIONS_COMMAND, REVEAL_CLAIM_COMMAND, CHECK_WORKSPACE_COMMAND],
    },
    completionProvider: { triggerCharacters: ['@', '^'] },
    definitionProvider: true,
    referencesProvider: true,
    documentLinkProvider: { resolveProvider: false },
  };
}

/** Registers code actions, the fix commands, completion, definition, references and document links. */
export function registerEditingFeatures(deps: EditingDependencies): void {
  const { connection, documents, checker, registry, log } = deps;
  const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
  const failed =
    <T>(what: string, fallback: T) =>
    (error: unknown): T => {
      log(`${what} failed: ${describe(error)}`);
      return fallback;
    };

  /** A claim file's current text and version: the open buffer when there is one, else the last load. */
  function claimFileTargets(context: RootContext): ClaimFileTarget[] {
    return context.store.files.filter(isClaimFileName).flatMap((file) => {
      const open = documents.get(uriOfPath(file));
      const text = open?.getText() ?? context.store.textOf(file);
      return text === undefined ? [] : [{ file, text, version: open?.version ?? null }];
    });
  }

  function textOf(context: RootContext): (file: string) => string | undefined {
    return (file) => documents.get(uriOfPath(file))?.getText() ?? context.textOf(file);
  }

  connection.onCodeAction(async ({ textDocument, range, context: request }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    try {
      const checked = await checker.check(document);
      // A check of an older text (the document changed while the claim set loaded) fixes nothing.
      if (!checked || checked.version !== document.version) return [];
      const kind = documentKind(document.uri, document.languageId);
      if (kind.kind !== 'article') return [];
      return codeActionsFor({
        document,
        article: checker.parse(document, kind.format),
        result: checked.result,
        claimSet: checked.context.claimSet,
        settings: checked.context.settings,
        range,
        diagnostics: request.diagnostics,
        only: request.only,
        claimFiles: claimFileTargets(checked.context),
        canReveal: deps.canReveal(),
      });
    } catch (error) {
      return failed(`code actions in ${textDocument.uri}`, [])(error);
    }
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }, token) => {
    if (command === CHECK_WORKSPACE_COMMAND) return deps.checkWorkspace(token);
    if (command === REVEAL_CLAIM_COMMAND) {
      const [uri, range] = args as [unknown, unknown];
      if (typeof uri !== 'string' || !deps.canReveal()) return null;
      await connection.window.showDocument({ uri, selection: range as Range, takeFocus: true });
      return null;
    }
    if (command !== INSERT_ALL_CITATIONS_COMMAND) return null;
    const [uri, version] = args as [unknown, unknown];
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    // A command issued for an older version is refused, never applied to a text it was not meant for.
    if (!document || (typeof version === 'number' && version !== document.version)) return null;
    const kind = documentKind(document.uri, document.languageId);
    const checked = await checker.check(document);
    if (!checked || kind.kind !== 'article' || checked.version !== document.version) return null;
    const article = checker.parse(document, kind.format);
    const planned = fixAllCitations(
      article,
      checked.result,
      checked.context.claimSet,
      checked.context.settings.citationStyle,
    );
    if (planned.edits.length === 0) return null;
    const applied = await connection.workspace.applyEdit({
      label: 'Insert all missing citations',
      edit: articleEdit(document, planned.edits),
    });
    return applied.applied;
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const kind = document && documentKind(document.uri, document.languageId);
    if (!document || kind?.kind !== 'article') return [];
    const context = registry.contextFor(document.uri);
    await context.ready;
    return citekeyCompletions(document, position, checker.parse(document, kind.format), context.claimSet);
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    try {
      const checked = await checker.check(document);
      if (!checked) return null;
      const { context } = checked;
      return definitionAt(document, position, checked.result, context.claimSet, textOf(context)) ?? null;
    } catch (error) {
      return failed(`definition in ${textDocument.uri}`, null)(error);
    }
  });

  connection.onReferences(async ({ textDocument, position, context: request }) => {
    const document = documents.get(textDocument.uri);
    if (!document || documentKind(document.uri, document.languageId).kind !== 'claims') return [];
    const context = registry.contextFor(document.uri);
    await context.ready;
    const item = itemAt(document.getText(), document.offsetAt(position), context.claimSet);
    if (!item) return [];
    const inContext = documents.all().filter((open) => registry.contextFor(open.uri) === context);
    const articles = await workspaceArticles(context.root, inContext, (open) => {
      const kind = documentKind(open.uri, open.languageId);
      return kind.kind === 'article' ? kind.format : undefined;
    });
    const check = (article: { text: string; format: 'markdown' | 'text' }) =>
      checkText(article.text, article.format, context.claimSet, context.settings);
    return claimReferences(
      item,
      articles,
      check,
      context.claimSet,
      textOf(context),
      request.includeDeclaration,
    );
  });

  connection.onDocumentLinks(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document || documentKind(document.uri, document.languageId).kind !== 'claims') return [];
    const context = registry.contextFor(document.uri);
    await context.ready;
    return sourceLinks(document, context.claimSet);
  });
}
