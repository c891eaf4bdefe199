/** A word or a single punctuation mark of a block's prose text, with its prose offsets. */
export interface TextToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
}

/*
 * Initialisms with their periods ("B.C.", "U.S."), words (with inner apostrophes and hyphens:
 * "Ya’ara", "O'Toole", "Vice-President"), or any single other mark. The alternatives start on
 * different characters or are tried in order on bounded runs, so the scan is linear.
 */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Honorifics whose period belongs to the name ("Dr. Bonnie Henry"), not to the sentence. */
const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt cpl insp supt const hon rev st'.split(' '),
);

export function attributionTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const token = match[0];
    const previous = tokens[tokens.length - 1];
    if (token === '.' && previous?.end === start && HONORIFICS.has(previous.text.toLowerCase())) {
      tokens[tokens.length - 1] = { ...previous, text: `${previous.text}.`, end: start + 1 };
      continue;
    }
    tokens.push({ text: token, start, end: start + token.length, isWord: WORD_START.test(token) });
  }
  return tokens;
}
