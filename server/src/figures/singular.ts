/**
 * The singular lemma of an English noun, lower-cased ("groups" → "group", "Columbians" →
 * "columbian", "pharmacies" → "pharmacy"). Simple suffix rules and a short list of irregular
 * plurals are enough here: the lemma is only compared with another lemma made the same way (a
 * claim's `unit` against an article's count noun), so a rule that is wrong for a rare word is
 * wrong the same way on both sides.
 */

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['lives', 'life'],
  ['wives', 'wife'],
  ['knives', 'knife'],
  ['halves', 'half'],
  ['leaves', 'leaf'],
  ['thieves', 'thief'],
  ['analyses', 'analysis'],
  ['crises', 'crisis'],
  ['theses', 'thesis'],
  ['indices', 'index'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon'],
  ['heroes', 'hero'],
  ['potatoes', 'potato'],
  ['tomatoes', 'tomato'],
]);

/** Words ending in "s" that are already singular (or have no distinct singular). */
const UNCHANGED_ENDINGS = ['ss', 'us', 'is', 'ics', 'series', 'species', 'news'];

export function singular(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (lower.length < 3 || !lower.endsWith('s')) return lower;
  if (UNCHANGED_ENDINGS.some((ending) => lower.endsWith(ending))) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:sses|shes|ches|xes|zzes)$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}
