import type { ArticleFormat } from '../../src/article/articleModel';
import { checkArticle } from '../../src/engine/checkArticle';
import type { RuleId } from '../../../shared/src/rules';
import { exampleContext } from '../engine/exampleClaimSet';

/** A finding as tests read it: the text it underlines and its message. */
export interface SeenFinding {
  readonly text: string;
  readonly message: string;
}

/** The findings of one rule on an article checked against the example claim set. */
export function findingsOf(rule: RuleId, text: string, format: ArticleFormat = 'text'): SeenFinding[] {
  return checkArticle({ text, format }, exampleContext())
    .findings.filter((finding) => finding.rule === rule)
    .map((finding) => ({ text: text.slice(finding.start, finding.end), message: finding.message }));
}
