import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedArticle } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { ResolvedSettings } from '../config/resolvedSettings';
import type { Figure } from '../figures/figureModel';
import type { CheckResult, ReportedFinding } from '../engine/checkArticle';
import { appendClaim } from '../fixes/appendClaim';
import { claimOf, uncitedVerifiedFigure } from '../fixes/citableFigures';
import { draftClaim } from '../fixes/claimDraft';
import { fixAllCitations } from '../fixes/fixAllCitations';
import { planCitations, type CitationRequest } from '../fixes/insertCitations';
import type { OffsetEdit } from '../fixes/offsetEdit';
import { figureReplacement } from '../fixes/replaceFigure';
import { silenceEdit } from '../fixes/silenceFinding';
import { FIX_ALL_KIND, REVEAL_CLAIM_COMMAND } from './fixCommands';
import { uriOfPath } from './uris';

/** A claim file "add to claim set" may write to: its text now, and its version when it is open. */
export interface ClaimFileTarget {
  readonly file: string;
  readonly text: string;
  readonly version: number | null;
}

export interface CodeActionInput {
  readonly document: TextDocument;
  readonly article: ParsedArticle;
  readonly result: CheckResult;
  readonly claimSet: ClaimSet;
  readonly settings: ResolvedSettings;
  readonly range: Range;
  /** The client's diagnostics in the range, to attach to the fixes they are fixed by. */
  readonly diagnostics: readonly Diagnostic[];
  /** The kinds the client asked for; undefined for all. */
  readonly only: readonly string[] | undefined;
  readonly claimFiles: readonly ClaimFileTarget[];
  /** Whether the client can be asked to show a document (`window/showDocument`). */
  readonly canReveal: boolean;
}

/**
 * The fixes for what is in `range`: insert the citation (missing-citation, and any uncited verified
 * figure), replace the figure (figure-conflict), add the figure to a claim file (unverified-figure),
 * silence the finding; and the fix-all source action. Every edit names the document version it was
 * computed for, so a client refuses it once the document has changed.
 */
export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(input.only, CodeActionKind.QuickFix)) {
    const start = input.document.offsetAt(input.range.start);
    const end = input.document.offsetAt(input.range.end);
    const touches = (from: number, to: number): boolean => from <= end && start <= to;
    const findings = input.result.findings.filter((finding) => touches(finding.start, finding.end));
    for (const finding of findings) actions.push(...findingFixes(input, finding));
    for (const checked of input.result.figures) {
      if (!touches(checked.figure.start, checked.figure.end)) continue;
      const cited = findings.some(
        (finding) => finding.rule === 'missing-citation' && finding.start === checked.figure.start,
      );
      const request = cited ? undefined : uncitedVerifiedFigure(input.article, checked, input.claimSet);
      const action = request && citationAction(input, [request], undefined);
      if (action) actions.push(action);
    }
  }
  if (wants(input.only, FIX_ALL_KIND)) {
    const planned = fixAllCitations(
      input.article,
      input.result,
      input.claimSet,
      input.settings.citationStyle,
    );
    if (planned.edits.length > 0) {
      actions.push({
        title: 'Insert all missing citations',
        kind: FIX_ALL_KIND,
        edit: articleEdit(input.document, planned.edits),
      });
    }
  }
  return actions;
}

function findingFixes(input: CodeActionInput, finding: ReportedFinding): CodeAction[] {
  const diagnostic = input.diagnostics.find(
    (candidate) =>
      candidate.code === finding.rule &&
      input.document.offsetAt(candidate.range.start) === finding.start &&
      input.document.offsetAt(candidate.range.end) === finding.end,
  );
  const fixes: CodeAction[] = [];
  const checked = input.result.figures.find(
    ({ figure }) => figure.start === finding.start && figure.end === finding.end,
  );
  const claim = checked && claimOf(checked, input.claimSet);
  if (finding.rule === 'missing-citation' && checked && claim) {
    const action = citationAction(input, [{ figure: checked.figure, claim }], diagnostic);
    if (action) fixes.push(action);
  }
  if (finding.rule === 'figure-conflict' && checked && claim) {
    const replaced = figureReplacement(input.document.getText(), checked.figure, claim);
    if (replaced) {
      fixes.push(
        quickFix(
          `Replace with "${replaced.replacement}" (${claim.id})`,
          articleEdit(input.document, [replaced.edit]),
          diagnostic,
          true,
        ),
      );
    }
  }
  if (finding.rule === 'unverified-figure' && checked)
    fixes.push(...addClaimActions(input, checked.figure, diagnostic));
  const silence = silenceEdit(input.document.getText(), input.article.format, finding.rule, finding.start);
  fixes.push(
    quickFix(
      `Silence ${finding.rule} on this line`,
      articleEdit(input.document, [silence]),
      diagnostic,
      false,
    ),
  );
  return fixes;
}

function citationAction(
  input: CodeActionInput,
  requests: readonly CitationRequest[],
  diagnostic: Diagnostic | undefined,
): CodeAction | undefined {
  const planned = planCitations(input.article, input.claimSet, input.settings.citationStyle, requests);
  const mark = planned.marks[0];
  if (planned.edits.length === 0 || mark === undefined) return undefined;
  return quickFix(`Insert citation ${mark}`, articleEdit(input.document, planned.edits), diagnostic, true);
}

/** One action per claim file, so the writer chooses where the new claim goes. */
function addClaimActions(
  input: CodeActionInput,
  figure: Figure,
  diagnostic: Diagnostic | undefined,
): CodeAction[] {
  const draft = draftClaim(input.article, figure, input.claimSet, input.article.date ?? input.settings.date);
  const actions: CodeAction[] = [];
  for (const target of input.claimFiles) {
    const appended = appendClaim(target.text, draft);
    if (!appended) continue;
    const uri = uriOfPath(target.file);
    const edit: WorkspaceEdit = {
      documentChanges: [
        TextDocumentEdit.create({ uri, version: target.version }, [
          lspEdit(TextDocument.create(uri, 'yaml', 0, target.text), appended.edit),
        ]),
      ],
    };
    const action = quickFix(
      `Add ${figure.text} to the claim set (${baseName(target.file)})`,
      edit,
      diagnostic,
      false,
    );
    if (input.canReveal) {
      const after = TextDocument.create(uri, 'yaml', 0, applyOne(target.text, appended.edit));
      const range = {
        start: after.positionAt(appended.span.start),
        end: after.positionAt(appended.span.end),
      };
      action.command = {
        title: 'Show the new claim',
        command: REVEAL_CLAIM_COMMAND,
        arguments: [uri, range],
      };
    }
    actions.push(action);
  }
  return actions;
}

function quickFix(
  title: string,
  edit: WorkspaceEdit,
  diagnostic: Diagnostic | undefined,
  isPreferred: boolean,
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    edit,
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    ...(isPreferred ? { isPreferred } : {}),
  };
}

/** The edits to the article, tied to the version they were computed for. */
export function articleEdit(document: TextDocument, edits: readonly OffsetEdit[]): WorkspaceEdit {
  return {
    documentChanges: [
      TextDocumentEdit.create(
        { uri: document.uri, version: document.version },
        edits.map((edit) => lspEdit(document, edit)),
      ),
    ],
  };
}

function lspEdit(document: TextDocument, edit: OffsetEdit): { range: Range; newText: string } {
  return {
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  };
}

function applyOne(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** Whether the client asked for `kind` (a requested kind covers its sub-kinds: "source" covers "source.fixAll"). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return (
    only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`))
  );
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
