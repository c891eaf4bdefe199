import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleFormat, ParsedArticle } from '../article/articleModel';
import { parseArticle } from '../article/parseArticle';
import { isSilenced } from '../article/silencing';
import type { ClaimSet } from '../claims/claimModel';
import type { ResolvedSettings } from '../config/resolvedSettings';
import { extractFigures } from '../figures/extractFigures';
import { claimIndexFor } from '../matching/claimIndex';
import { figureContext } from '../matching/figureContext';
import { matchFigure } from '../matching/matchFigure';
import { scoreClaims } from '../matching/scoreClaims';
import { arithmeticFindings } from '../arithmetic/arithmeticFindings';
import { quoteFindings } from '../quotes/quoteFindings';
import { entityFindings } from '../entities/entityFindings';
import { figureConflictFinding } from '../rules/figureConflict';
import { internalConflictFindings } from '../rules/internalConflict';
import { misattributionFindings } from '../rules/misattribution';
import { missingCitationFinding } from '../rules/missingCitation';
import { unverifiedFigureFinding } from '../rules/unverifiedFigure';
import type { Severity } from '../../../shared/src/rules';
import type { CheckedFigure, Finding } from './findingModel';
import type { RuleInput } from '../rules/ruleInput';

export interface ArticleInput {
  readonly text: string;
  readonly format: ArticleFormat;
}

export interface ReportedFinding extends Finding {
  readonly severity: Severity;
}

export interface CheckResult {
  /** Findings with their configured severity; rules turned off and silenced findings left out. */
  readonly findings: readonly ReportedFinding[];
  readonly figures: readonly CheckedFigure[];
}

export interface CheckContext {
  readonly claimSet: ClaimSet;
  readonly settings: ResolvedSettings;
}

/** Runs the figure rules over a parsed article: every figure matched, every finding unfiltered. */
function findFigureProblems(
  article: ParsedArticle,
  context: CheckContext,
): { findings: Finding[]; figures: CheckedFigure[] } {
  const index = claimIndexFor(context.claimSet);
  const findings: Finding[] = [];
  const figures: CheckedFigure[] = [];
  for (const figure of extractFigures(article, context.settings.date)) {
    const match = matchFigure(figure, scoreClaims(figure, figureContext(article, figure), index));
    if (match.kind === 'unmatched') {
      figures.push({ figure, status: 'unmatched' });
      findings.push(unverifiedFigureFinding(figure));
      continue;
    }
    const { candidate } = match;
    figures.push({ figure, status: match.kind, claimId: candidate.indexed.claim.id });
    if (match.kind === 'conflict') {
      findings.push(figureConflictFinding(figure, candidate, context.claimSet));
    } else {
      const missing = missingCitationFinding(article, figure, candidate, context.claimSet);
      if (missing) findings.push(missing);
    }
  }
  return { findings, figures };
}

/** Applies the configured severities and the document's silencing directives. */
function report(
  findings: readonly Finding[],
  article: ParsedArticle,
  settings: ResolvedSettings,
): ReportedFinding[] {
  const document = TextDocument.create('claimlint:article', 'plaintext', 0, article.text);
  const reported: ReportedFinding[] = [];
  for (const finding of findings) {
    const level = settings.rules[finding.rule];
    if (level === 'off') continue;
    const line = document.positionAt(finding.start).line;
    if (isSilenced(article.directives, finding.rule, line)) continue;
    reported.push({ ...finding, severity: level });
  }
  return reported.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Rules that look at the whole document once every figure is matched. Each takes the same input
 * and returns its findings; the order here is the order findings of equal position are listed in.
 */
const DOCUMENT_RULES: readonly ((input: RuleInput) => Finding[])[] = [
  arithmeticFindings,
  internalConflictFindings,
  misattributionFindings,
  quoteFindings,
  entityFindings,
];

/** Checks one article against the claim set: the single entry point of the CLI and the server. */
export function checkArticle(input: ArticleInput, context: CheckContext): CheckResult {
  const article = parseArticle(input.text, input.format);
  const { findings, figures } = findFigureProblems(article, context);
  const ruleInput: RuleInput = {
    article,
    claimSet: context.claimSet,
    index: claimIndexFor(context.claimSet),
    figures,
    ...((article.date ?? context.settings.date)
      ? { articleDate: article.date ?? context.settings.date }
      : {}),
  };
  for (const rule of DOCUMENT_RULES) findings.push(...rule(ruleInput));
  return { findings: report(findings, article, context.settings), figures };
}
