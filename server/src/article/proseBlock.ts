import type { CitationMark, ProseBlock } from './articleModel';
import type { ProseBuilder } from './proseBuilder';
import { findQuotations } from './quotationFinder';
import { splitSentences } from './sentenceSplitter';

/**
 * Turns built prose into a block with its sentences and quotations, or undefined when the block holds
 * no prose. Citation marks were recorded against the untrimmed text and are shifted to match.
 */
export function finishProseBlock(
  kind: ProseBlock['kind'],
  builder: ProseBuilder,
  citations: readonly CitationMark[],
): ProseBlock | undefined {
  const { text, map, leading } = builder.finish();
  if (text.length === 0) return undefined;
  return {
    kind,
    text,
    map,
    sentences: splitSentences(text),
    citations: citations.map((mark) => ({
      ...mark,
      proseOffset: Math.min(Math.max(mark.proseOffset - leading, 0), text.length),
    })),
    quotations: findQuotations(text),
  };
}
