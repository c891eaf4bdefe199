/**
 * The most results one memo keeps per context: more than the blocks of the longest article checked
 * (1 MiB is about 5,000 paragraphs), few enough that a long workspace check cannot fill memory.
 */
const MAX_ENTRIES = 20_000;

/** Looks a result up by key, computing and keeping it on first use. */
export type Memo<Result> = (key: string, compute: () => Result) => Result;

/**
 * A memo by string key that keeps at most `limit` results: past it, it starts over, so keys that are
 * ever new (texts being typed, a file of odd values) cannot grow it without bound.
 */
export function boundedMemo<Result>(limit: number): Memo<Result> {
  const results = new Map<string, Result>();
  return (key, compute) => {
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known as Result;
    if (results.size >= limit) results.clear();
    const result = compute();
    results.set(key, result);
    return result;
  };
}

/**
 * A memo for results that depend only on a block's text (and a context such as the claim set's
 * index): re-checking a document after an edit then recomputes only the blocks whose text changed.
 * Entries live as long as their context object; past MAX_ENTRIES a context's entries start over.
 */
export function textMemo<Context extends object, Result>(): (
  context: Context,
  key: string,
  compute: () => Result,
) => Result {
  const memos = new WeakMap<Context, Memo<Result>>();
  return (context, key, compute) => {
    let memo = memos.get(context);
    if (!memo) {
      memo = boundedMemo(MAX_ENTRIES);
      memos.set(context, memo);
    }
    return memo(key, compute);
  };
}
