import type { TextSpan } from './claimModel';

/** Where one item of a section was written in a JSON claim file. */
export interface JsonItemSpans {
  /** The whole item: a list item, or a map entry from its key to the end of its value. */
  readonly span: TextSpan;
  /** A map entry's key (a source id) as read, and its span (quotes included). */
  readonly key?: string;
  readonly keySpan?: TextSpan;
  /** The item's `id` value, and its `source` value: one span for a text, one per item for a list. */
  readonly id?: TextSpan;
  readonly source?: TextSpan | readonly TextSpan[];
}

/** The spans of a JSON claim file's items, per section, in file order; and how many keys it writes. */
export interface JsonClaimFileSpans {
  readonly sections: ReadonlyMap<string, readonly JsonItemSpans[]>;
  /** Every key of every object: more than the parsed value has means a key is repeated somewhere. */
  readonly keyCount: number;
}

interface OpenItem {
  span: { start: number; end: number };
  key?: string;
  keySpan?: TextSpan;
  id?: TextSpan;
  source?: TextSpan | TextSpan[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * One linear pass over the text of a claim file that `JSON.parse` has accepted, recording the spans
 * the loader gives items (their origin, and the ids merge reports problems at). Hand-written because
 * it may rely on the text being valid JSON and so only finds strings' ends and brackets: on a 2.8 MB
 * file of 10k claims it takes 7 ms, jsonc-parser's `visit` 18-20 ms (it tokenizes and reads every
 * value), the yaml library's positioned document 650-760 ms, and `JSON.parse` itself 6.6 ms.
 */
export function jsonClaimFileSpans(text: string): JsonClaimFileSpans {
  const sections = new Map<string, JsonItemSpans[]>();
  let keyCount = 0;
  // Per open container, whether it is an object; its length is the depth of the next value.
  const containers: boolean[] = [];
  let expectKey = false;
  let section: JsonItemSpans[] = [];
  let item: OpenItem | undefined;
  let entryKey: { key: string; keySpan: TextSpan } | undefined;
  let field: 'id' | 'source' | undefined;
  let inSourceList = false;

  const valueAt = (start: number, end: number, opens: boolean): void => {
    const depth = containers.length;
    if (depth === 2) {
      item = { span: { start: entryKey?.keySpan.start ?? start, end }, ...entryKey };
      entryKey = undefined;
      if (!opens) closeItem(end);
    } else if (depth === 3 && item && field !== undefined) {
      if (field === 'id') item.id = { start, end };
      else if (opens) item.source = [];
      else item.source = { start, end };
      inSourceList = opens && field === 'source';
      field = undefined;
    } else if (depth === 4 && item && inSourceList && !opens && Array.isArray(item.source)) {
      item.source.push({ start, end });
    }
  };
  const closeItem = (end: number): void => {
    if (!item) return;
    item.span.end = end;
    section.push(item);
    item = undefined;
  };

  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (expectKey) {
        keyCount++;
        expectKey = false;
        const depth = containers.length;
        if (depth <= 3) {
          const name = stringValue(text, at, end);
          if (depth === 1) {
            section = [];
            sections.set(name, section);
          } else if (depth === 2) {
            entryKey = { key: name, keySpan: { start: at, end } };
          } else {
            field = name === 'id' || name === 'source' ? name : undefined;
          }
        }
      } else {
        valueAt(at, end, false);
      }
      at = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      valueAt(at, at + 1, true);
      containers.push(code === OPEN_BRACE);
      expectKey = code === OPEN_BRACE;
      at++;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      containers.pop();
      if (containers.length === 2) closeItem(at + 1);
      else if (containers.length === 3) inSourceList = false;
      at++;
    } else if (code === COMMA) {
      expectKey = containers[containers.length - 1] === true;
      at++;
    } else if (code === COLON || isJsonSpace(code)) {
      at++;
    } else {
      const end = literalEnd(text, at);
      valueAt(at, end, false);
      at = end;
    }
  }
  return { sections, keyCount };
}

/** The offset just past the string starting at `start` (its closing quote). */
function stringEnd(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return text.length;
}

/** A string token's value: its text, or, when it holds an escape, what JSON reads it as. */
function stringValue(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}

/** The offset just past a number, `true`, `false` or `null` starting at `start`. */
function literalEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isJsonSpace(code)) break;
    end++;
  }
  return end;
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
