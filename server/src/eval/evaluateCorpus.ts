import { dirname } from 'node:path';
import { resolveSettings } from '../config/resolveSettings';
import { checkArticle } from '../engine/checkArticle';
import type { CheckResult } from '../engine/checkArticle';
import type { Corpus, CorpusArticle, CorpusSubject } from './loadCorpus';
import { scoreFindings } from './scoreFindings';
import type { FindingScore } from './scoreFindings';
import { scoreLinks } from './scoreLinks';
import type { LinkScore } from './scoreLinks';
import { createSpanLocator } from './spanLocator';
import type { SpanLocator } from './spanLocator';

export interface ArticleEvaluation {
  readonly subject: CorpusSubject;
  readonly article: CorpusArticle;
  readonly result: CheckResult;
  readonly locator: SpanLocator;
  readonly findings: FindingScore;
  readonly links: LinkScore;
  /** Gold annotations that do not point at the article's text; they are left out of the scores. */
  readonly goldProblems: readonly string[];
}

/**
 * Checks every article of every subject against its subject's claim set with default settings, as
 * a writer without a config would.
 */
export function evaluateCorpus(corpus: Corpus): ArticleEvaluation[] {
  return corpus.subjects.flatMap((subject) =>
    subject.articles.map((article) => evaluateArticle(subject, article)),
  );
}

function evaluateArticle(subject: CorpusSubject, article: CorpusArticle): ArticleEvaluation {
  const settings = resolveSettings(dirname(article.path), undefined, undefined);
  const result = checkArticle(
    { text: article.text, format: article.format },
    { claimSet: subject.claimSet, settings },
  );
  const locator = createSpanLocator(article.text);
  const goldProblems: string[] = [];
  return {
    subject,
    article,
    result,
    locator,
    findings: scoreFindings(article.gold.findings, result.findings, locator, goldProblems),
    links: scoreLinks(article.gold.links, result.figures, locator, goldProblems),
    goldProblems,
  };
}
