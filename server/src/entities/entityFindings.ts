import type { Finding } from '../engine/findingModel';
import type { RuleInput } from '../rules/ruleInput';
import { acronymFinding } from './acronymFindings';
import { findExpansionSites, type ExpansionSite } from './acronymExpansions';
import { entityIndexFor, type EntityIndex } from './entityIndex';
import { titleFinding } from './titleFindings';
import { findTitleMentions, type TitleMention } from './titleMentions';
import { tokenizeWords } from '../article/wordTokens';
import { textMemo } from '../text/textMemo';

/** Per entity index, the places in a block's text that may name an entity (see textMemo). */
const sitesByText = textMemo<
  EntityIndex,
  { readonly expansions: readonly ExpansionSite[]; readonly titles: readonly TitleMention[] }
>();

/**
 * Rule `entity-mismatch` (SPEC "Rules"): an acronym spelt out as another name than its entity's,
 * and a person given a title they did not hold at the article's date.
 */
export function entityFindings(input: RuleInput): Finding[] {
  const index = entityIndexFor(input.claimSet);
  if (index.acronyms.size === 0 && index.rolePhrases.size === 0) return [];
  const findings: Finding[] = [];
  for (const block of input.article.blocks) {
    const { expansions, titles } = sitesByText(index, block.text, () => {
      const tokens = tokenizeWords(block.text);
      return {
        expansions: findExpansionSites(tokens, index.maxNameWords),
        titles: findTitleMentions(tokens, index),
      };
    });
    for (const site of expansions) {
      const finding = acronymFinding(block, site, index);
      if (finding) findings.push(finding);
    }
    for (const mention of titles) {
      const finding = titleFinding(block, mention, input.articleDate, index);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
