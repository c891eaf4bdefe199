/**
 * Closed-class English words (determiners, prepositions, conjunctions, pronouns, auxiliaries) and a
 * few very common verbs and adverbs. They end a noun phrase after a number, and a capitalised one
 * before a number is the start of a sentence, not the name the number belongs to.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'a an the this that these those some any each every all both either neither no other another such',
    'of in on at by for from to into onto over under with without within between among through during',
    'since until till before after about around against across along per than as like via toward towards',
    'upon amid amidst despite behind beyond near off out up down',
    'and or but nor so yet if then because while whereas although though',
    'who whom whose which what where when why how there here',
    'i me my we us our you your he him his she her it its they them their',
    'is are was were be been being am has have had having do does did done',
    'will would shall should can could may might must',
    'said says say told according reported reports shows show showed found find finds',
    'died die dies killed kill kills rose rise rises fell fall falls increased decreased grew dropped',
    'more less fewer most least much many few several only just also even still again already',
    'very too quite nearly almost approximately roughly not never some estimated',
    'exactly precisely barely merely fully below above',
    'ago earlier later',
  ]
    .join(' ')
    .split(' '),
);
