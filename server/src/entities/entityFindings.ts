import type { Finding } from '../engine/findingModel';
import type { RuleInput } from '../rules/ruleInput';
import { acronymFinding } from './acronymFindings';
import { findExpansionSites } from './acronymExpansions';
import { entityIndexFor } from './entityIndex';
import { titleFinding } from './titleFindings';
import { findTitleMentions } from './titleMentions';
import { tokenizeWords } from '../article/wordTokens';

/**
 * Rule `entity-mismatch` (SPEC "Rules"): an acronym spelt out as another name than its entity's,
 * and a person given a title they did not hold at the article's date.
 */
export function entityFindings(input: RuleInput): Finding[] {
  const index = entityIndexFor(input.claimSet);
  if (index.acronyms.size === 0 && index.rolePhrases.size === 0) return [];
  const findings: Finding[] = [];
  for (const block of input.article.blocks) {
    const tokens = tokenizeWords(block.text);
    for (const site of findExpansionSites(tokens, index.maxNameWords)) {
      const finding = acronymFinding(block, site, index);
      if (finding) findings.push(finding);
    }
    for (const mention of findTitleMentions(tokens, index)) {
      const finding = titleFinding(block, mention, input.articleDate, index);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
