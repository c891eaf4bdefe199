import type { Claim, ClaimFileProblem, ClaimSet, Entity, Quote, Source } from './claimModel';
import type { ClaimFileResult } from './claimFileResult';

/**
 * Merges the claim files of a workspace into one claim set, in the order given (pass the files in a
 * stable order: where an id is defined twice, the first definition is kept and the later reported).
 *
 * Cross-file checks only: a claim id or source id defined in two files, and a claim or quote citing a
 * source id no file defines (reported at that id in the claim file; the claim stays in use with its
 * known sources only, since its figure is still a reference). One pass over the items: O(n).
 */
export function mergeClaimFiles(results: readonly ClaimFileResult[]): ClaimSet {
  const problems: ClaimFileProblem[] = results.flatMap((result) => result.problems);
  const sources = new Map<string, Source>();
  for (const result of results) {
    for (const { source, idSpan } of result.sources) {
      const first = sources.get(source.id);
      if (first) {
        const message = `source "${source.id}" is already defined in ${first.origin.file}; this one is ignored`;
        problems.push({ file: result.file, span: idSpan, message });
      } else {
        sources.set(source.id, source);
      }
    }
  }

  const claims: Claim[] = [];
  const claimFileById = new Map<string, string>();
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  for (const result of results) {
    entities.push(...result.entities);
    for (const { claim, idSpan, sourceRefs } of result.claims) {
      const firstFile = claimFileById.get(claim.id);
      if (firstFile !== undefined) {
        const message = `claim "${claim.id}": id is already used in ${firstFile}; this claim is ignored`;
        problems.push({ file: result.file, span: idSpan, message });
        continue;
      }
      claimFileById.set(claim.id, result.file);
      const unknown = sourceRefs.filter((ref) => !sources.has(ref.id));
      for (const ref of unknown) {
        const message = `claim "${claim.id}": source "${ref.id}" is not defined in any claim file`;
        problems.push({ file: result.file, span: ref.span, message });
      }
      claims.push(
        unknown.length === 0 ? claim : { ...claim, sources: claim.sources.filter((id) => sources.has(id)) },
      );
    }
    for (const { quote, sourceRef } of result.quotes) {
      if (sourceRef && !sources.has(sourceRef.id)) {
        const message = `quote by ${quote.speaker}: source "${sourceRef.id}" is not defined in any claim file`;
        problems.push({ file: result.file, span: sourceRef.span, message });
        quotes.push({ ...quote, source: undefined });
      } else {
        quotes.push(quote);
      }
    }
  }
  return { sources, entities, claims, quotes, problems };
}
