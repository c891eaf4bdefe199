import { dirname } from 'node:path';
import { resolveSettings } from '../config/resolveSettings';
import { checkArticle } from '../engine/checkArticle';
import type { CheckResult } from '../engine/checkArticle';
import type { Corpus, CorpusArticle } from './loadCorpus';
import { scoreFindings } from './scoreFindings';
import type { FindingScore } from './scoreFindings';
import { scoreLinks } from './scoreLinks';
import type { LinkScore } from './scoreLinks';
import { createSpanLocator } from './spanLocator';
import type { SpanLocator } from './spanLocator';

export interface ArticleEvaluation {
  readonly article: CorpusArticle;
  readonly result: CheckResult;
  readonly locator: SpanLocator;
  readonly findings: FindingScore;
  readonly links: LinkScore;
  /** Gold annotations that do not point at the article's text; they are left out of the scores. */
  readonly goldProblems: readonly string[];
}

/** Checks every article of the corpus with default settings, as a writer without a config would. */
export function evaluateCorpus(corpus: Corpus): ArticleEvaluation[] {
  return corpus.articles.map((article) => {
    const settings = resolveSettings(dirname(article.path), undefined, undefined);
    const result = checkArticle(
      { text: article.text, format: article.format },
      { claimSet: corpus.claimSet, settings },
    );
    const locator = createSpanLocator(article.text);
    const goldProblems: string[] = [];
    return {
      article,
      result,
      locator,
      findings: scoreFindings(article.gold.findings, result.findings, locator, goldProblems),
      links: scoreLinks(article.gold.links, result.figures, locator, goldProblems),
      goldProblems,
    };
  });
}
