import { DEFAULT_SEVERITIES, RULE_IDS } from '../../../shared/src/rules';
import type { RuleId } from '../../../shared/src/rules';

/**
 * The rules precision and recall are measured for: those that warn by default. `missing-citation`
 * (information) and `unverified-figure` (hint) are advice, not errors an editor would mark, and
 * `claimset` reports on claim files, not articles.
 */
export const EVALUATED_RULES: readonly RuleId[] = RULE_IDS.filter(
  (rule) => DEFAULT_SEVERITIES[rule] === 'warning',
);

export function isEvaluatedRule(rule: RuleId): boolean {
  return EVALUATED_RULES.includes(rule);
}
