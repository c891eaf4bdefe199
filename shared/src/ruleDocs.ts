import { repository } from '../../package.json';
import type { RuleId } from './rules';

/**
 * Where a rule is documented: its section of the README on the repository's page. Built from the
 * manifest's `repository`, so a moved repository moves every link with it.
 */
export function ruleDocumentationUrl(rule: RuleId): string {
  return `${repository.url.replace(/\.git$/, '')}#${rule}`;
}
