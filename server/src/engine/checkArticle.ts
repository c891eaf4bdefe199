import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleFormat, ParsedArticle } from '../article/articleModel';
import { parseArticle } from '../article/parseArticle';
import { isSilenced } from '../article/silencing';
import type { ClaimSet } from '../claims/claimModel';
import type { ResolvedSettings } from '../config/resolvedSettings';
import { claimIndexFor } from '../matching/claimIndex';
import { arithmeticFindings } from '../arithmetic/arithmeticFindings';
import { quoteFindings } from '../quotes/quoteFindings';
import { entityFindings } from '../entities/entityFindings';
import { internalConflictFindings } from '../rules/internalConflict';
import { misattributionFindings } from '../rules/misattribution';
import type { Severity } from '../../../shared/src/rules';
import type { CheckedFigure, Finding } from './findingModel';
import type { RuleInput } from '../rules/ruleInput';
import { checkBlockFigures } from './blockFigures';
import type { DocumentCache } from './documentCache';

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
  /** The previous check of the same document, for re-checking only its changed parts. */
  readonly documentCache?: DocumentCache;
}

/** Runs the figure rules block by block, reusing the cache's unchanged blocks when there is one. */
function findFigureProblems(
  article: ParsedArticle,
  context: CheckContext,
): { findings: Finding[]; figures: CheckedFigure[] } {
  const articleDate = article.date ?? context.settings.date;
  const blocks = context.documentCache
    ? context.documentCache.blocks.blocks(article, context.claimSet, articleDate)
    : article.blocks.map((_, blockIndex) =>
        checkBlockFigures(article, blockIndex, context.claimSet, articleDate),
      );
  return {
    findings: blocks.flatMap((block) => block.findings),
    figures: blocks.flatMap((block) => block.figures),
  };
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
  const article = parseArticle(input.text, input.format, context.documentCache?.trees);
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
