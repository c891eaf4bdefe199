import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocumentationUrl } from '../../../shared/src/ruleDocs';
import type { RuleId, Severity } from '../../../shared/src/rules';
import type { ClaimFileProblem } from '../claims/claimModel';
import type { ReportedFinding } from '../engine/checkArticle';
import type { RelatedPlace } from '../engine/findingModel';
import type { CheckedDocument } from './articleChecker';
import { uriOfPath } from './uris';

/** Every diagnostic names where it came from, so users can tell claimlint's from other linters'. */
const DIAGNOSTIC_SOURCE = 'claimlint';

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Finds the text of another file, to place related information there (claim files, mostly). */
export type TextOfFile = (file: string) => string | undefined;

/** An article's findings as LSP diagnostics; `code` is the rule id, linked to its documentation. */
export function findingDiagnostics(
  document: TextDocument,
  findings: readonly ReportedFinding[],
  textOf: TextOfFile,
): Diagnostic[] {
  return findings.map((finding) => {
    const diagnostic = makeDiagnostic(
      document,
      finding.start,
      finding.end,
      finding.severity,
      finding.rule,
      finding.message,
    );
    if (finding.related && finding.related.length > 0) {
      diagnostic.relatedInformation = finding.related.map((place) =>
        relatedInformation(document, place, textOf),
      );
    }
    return diagnostic;
  });
}

/**
 * What the writer sees for a checked article: its findings, or for one that was not checked (too
 * large, binary) a single information diagnostic saying why, at its start. Never a popup.
 */
export function checkedDiagnostics(
  document: TextDocument,
  checked: CheckedDocument,
  textOf: TextOfFile,
): Diagnostic[] {
  if (checked.uncheckable === undefined) return findingDiagnostics(document, checked.result.findings, textOf);
  const reason = checked.uncheckable.charAt(0).toUpperCase() + checked.uncheckable.slice(1);
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      message: `${reason}.`,
    },
  ];
}

/** Problems of one claim file (or the config) as `claimset` diagnostics in that file. */
export function problemDiagnostics(
  text: string,
  problems: readonly ClaimFileProblem[],
  severity: Severity,
): Diagnostic[] {
  const document = TextDocument.create('claimlint:claims', 'yaml', 0, text);
  return problems.map((problem) =>
    makeDiagnostic(document, problem.span.start, problem.span.end, severity, 'claimset', problem.message),
  );
}

function makeDiagnostic(
  document: TextDocument,
  start: number,
  end: number,
  severity: Severity,
  rule: RuleId,
  message: string,
): Diagnostic {
  return {
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    severity: LSP_SEVERITY[severity],
    code: rule,
    codeDescription: { href: ruleDocumentationUrl(rule) },
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

function relatedInformation(
  document: TextDocument,
  place: RelatedPlace,
  textOf: TextOfFile,
): DiagnosticRelatedInformation {
  if (place.file === undefined) {
    return {
      location: {
        uri: document.uri,
        range: { start: document.positionAt(place.start), end: document.positionAt(place.end) },
      },
      message: place.message,
    };
  }
  // A file the server has no text for (deleted meanwhile) is still worth pointing at: its start.
  const other = TextDocument.create(uriOfPath(place.file), 'plaintext', 0, textOf(place.file) ?? '');
  return {
    location: {
      uri: other.uri,
      range: { start: other.positionAt(place.start), end: other.positionAt(place.end) },
    },
    message: place.message,
  };
}
