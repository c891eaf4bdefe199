import type { AlignmentStep } from './alignQuote';
import type { QuoteWord } from './quoteWords';

/** Unchanged words shown on each side of a change. */
const CONTEXT_WORDS = 2;
/** Changes shown in one message; the rest are summed up as "…". */
const MAX_CHANGES = 3;

type DiffItem =
  | { readonly kind: 'same'; readonly text: string }
  | { readonly kind: 'change'; readonly removed: readonly string[]; readonly added: readonly string[] }
  | { readonly kind: 'omission' };

/**
 * The changed words of an aligned quote in wdiff notation, with a little context: "… is [-not-]
 * {+now+} the cause …". `[-…-]` are recorded words the article dropped or changed, `{+…+}` the
 * article's words in their place. Unchanged words are shown as the article writes them.
 */
export function describeWordDiff(
  steps: readonly AlignmentStep[],
  article: readonly QuoteWord[],
  recorded: readonly QuoteWord[],
): string {
  const items = diffItems(steps, article, recorded);
  const keep = new Array<boolean>(items.length).fill(false);
  let changes = 0;
  items.forEach((item, index) => {
    if (item.kind !== 'change' || changes++ >= MAX_CHANGES) return;
    keep[index] = true;
    markContext(items, keep, index, -1);
    markContext(items, keep, index, 1);
  });
  const parts: string[] = [];
  items.forEach((item, index) => {
    if (!keep[index]) {
      if (parts[parts.length - 1] !== '…') parts.push('…');
      return;
    }
    parts.push(renderItem(item));
  });
  return parts.join(' ');
}

function diffItems(
  steps: readonly AlignmentStep[],
  article: readonly QuoteWord[],
  recorded: readonly QuoteWord[],
): DiffItem[] {
  const items: DiffItem[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    if (removed.length + added.length === 0) return;
    items.push({ kind: 'change', removed, added });
    removed = [];
    added = [];
  };
  for (const step of steps) {
    if (step.kind === 'equal' || step.kind === 'skip') {
      flush();
      items.push(
        step.kind === 'equal'
          ? { kind: 'same', text: article[step.article]?.text ?? '' }
          : { kind: 'omission' },
      );
      continue;
    }
    if (step.kind !== 'insert') removed.push(recorded[step.recorded]?.text ?? '');
    if (step.kind !== 'delete') added.push(article[step.article]?.text ?? '');
  }
  flush();
  return items;
}

/** Keeps up to CONTEXT_WORDS unchanged words next to a change, stopping at another change. */
function markContext(items: readonly DiffItem[], keep: boolean[], from: number, direction: 1 | -1): void {
  let shown = 0;
  for (let index = from + direction; index >= 0 && index < items.length; index += direction) {
    const item = items[index];
    if (item?.kind !== 'same' || shown >= CONTEXT_WORDS) return;
    keep[index] = true;
    shown++;
  }
}

function renderItem(item: DiffItem): string {
  if (item.kind === 'same') return item.text;
  if (item.kind === 'omission') return '…';
  const removed = item.removed.length > 0 ? `[-${item.removed.join(' ')}-]` : '';
  const added = item.added.length > 0 ? `{+${item.added.join(' ')}+}` : '';
  return [removed, added].filter((part) => part !== '').join(' ');
}
