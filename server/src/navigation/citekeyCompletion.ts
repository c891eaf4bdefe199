import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedArticle } from '../article/articleModel';
import type { ClaimSet, Source } from '../claims/claimModel';
import { describeSource } from '../claims/describeClaims';
import { FootnotePlanner } from '../fixes/footnotePlanner';
import { lineEndingOf } from '../fixes/offsetEdit';

/**
 * `[@key`, `[see @a; @key`, `[-@key`: a Pandoc citekey being typed. The bracket's text holds no `[`:
 * the innermost bracket is the one being typed in, and a line of many `[` stays linear to search.
 */
const PANDOC_PREFIX = /\[(?:[^[\]\n]*[\s;])?-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
/** `[^label`: a footnote reference being typed (after the last `[`, for the same reasons). */
const FOOTNOTE_PREFIX = /\[\^([^[\]\s]*)$/;

/**
 * Source keys after `[@` and `[^`, with title and author in the detail. Picking a source after `[^`
 * also adds its footnote definition at the end when the document has none for it.
 */
export function citekeyCompletions(
  document: TextDocument,
  position: Position,
  article: ParsedArticle,
  claimSet: ClaimSet,
): CompletionItem[] {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const pandoc = PANDOC_PREFIX.exec(line);
  const footnote = pandoc ? undefined : FOOTNOTE_PREFIX.exec(line);
  const typed = pandoc?.[1] ?? footnote?.[1];
  if (typed === undefined) return [];
  const range = {
    start: { line: position.line, character: position.character - typed.length },
    end: position,
  };
  const sources = [...claimSet.sources.values()].sort((a, b) => a.id.localeCompare(b.id));
  return sources.map((source) => {
    const item: CompletionItem = {
      label: source.id,
      kind: CompletionItemKind.Reference,
      detail: detailOf(source),
      documentation: describeSource(source) + (source.url ? `\n${source.url}` : ''),
      textEdit: { range, newText: source.id },
    };
    if (footnote && !article.footnoteDefinitions.has(source.id)) {
      const planner = new FootnotePlanner(article);
      planner.defineAs(source.id, source);
      const definition = planner.definitionsEdit(lineEndingOf(article.text));
      if (definition) {
        const at = document.positionAt(definition.start);
        item.additionalTextEdits = [{ range: { start: at, end: at }, newText: definition.newText }];
      }
    }
    return item;
  });
}

function detailOf(source: Source): string {
  return (
    [source.title, source.author].filter((part): part is string => part !== undefined).join(' — ') ||
    source.id
  );
}
