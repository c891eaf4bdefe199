import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DocumentLink } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimSet } from '../claims/claimModel';
import { describeSource } from '../claims/describeClaims';
import { safeHttpUrl } from '../fixes/safeUrl';

/**
 * Links in a claim file from each source id a claim or quote names in `source:` to that source's URL.
 * Only http(s) URLs become links: claim files are untrusted.
 */
export function sourceLinks(document: TextDocument, claimSet: ClaimSet): DocumentLink[] {
  const doc = parseDocument(document.getText());
  const top = doc.contents;
  if (!isMap(top)) return [];
  const links: DocumentLink[] = [];
  for (const section of ['claims', 'quotes']) {
    const items = top.get(section, true);
    if (!isSeq(items)) continue;
    for (const item of items.items) {
      if (!isMap(item)) continue;
      const value = item.get('source', true);
      const ids = isSeq(value) ? value.items : [value];
      for (const node of ids) {
        const link = linkOf(document, node, claimSet);
        if (link) links.push(link);
      }
    }
  }
  return links;
}

function linkOf(document: TextDocument, node: unknown, claimSet: ClaimSet): DocumentLink | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !(node as Node).range) return undefined;
  const source = claimSet.sources.get(node.value);
  const target = safeHttpUrl(source?.url);
  if (!source || !target) return undefined;
  const [start, end] = node.range ?? [0, 0];
  // A quoted id links its text, not its quotation marks.
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  return {
    range: { start: document.positionAt(start + quoted), end: document.positionAt(end - quoted) },
    target,
    tooltip: describeSource(source),
  };
}
