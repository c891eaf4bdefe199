/**
 * The most results one memo keeps per context: more than the blocks of the longest article checked
 * (1 MiB is about 5,000 paragraphs), few enough that a long workspace check cannot fill memory.
 */
const MAX_ENTRIES = 20_000;

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
  const memos = new WeakMap<Context, Map<string, Result>>();
  return (context, key, compute) => {
    let memo = memos.get(context);
    if (!memo) {
      memo = new Map();
      memos.set(context, memo);
    }
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as Result;
    if (memo.size >= MAX_ENTRIES) memo.clear();
    const result = compute();
    memo.set(key, result);
    return result;
  };
}
