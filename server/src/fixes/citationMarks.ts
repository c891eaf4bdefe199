import type { Entity, Source } from '../claims/claimModel';

/** The year a source was published, or APA's "n.d." when the claim set gives no date. */
function yearOf(source: Source): string {
  return source.date?.slice(0, 4) ?? 'n.d.';
}

/** Who a plain-text citation names: the author, else the title, else the id. */
function fullName(source: Source): string {
  return source.author ?? source.title ?? source.id;
}

/**
 * The short name a link citation shows: the author's acronym when the claim set records one as an
 * alias of that organisation ("CISC" for Criminal Intelligence Service Canada), else the full name.
 */
function shortName(source: Source, entities: readonly Entity[]): string {
  const author = source.author;
  if (author === undefined) return fullName(source);
  const entity = entities.find((candidate) => candidate.name === author);
  return entity?.aliases.find((alias) => /^[A-Z][A-Z0-9&.]{1,9}$/.test(alias)) ?? author;
}

/** A Pandoc citation of one or more keys: "[@a]", "[@a; @b]". */
export function pandocMark(sources: readonly Source[]): string {
  return `[${sources.map((source) => `@${source.id}`).join('; ')}]`;
}

/** An author-date citation in words: "(Criminal Intelligence Service Canada, 2024)". */
export function textMark(sources: readonly Source[]): string {
  return `(${sources.map((source) => `${fullName(source)}, ${yearOf(source)}`).join('; ')})`;
}

/** Inline links in parentheses: "([CISC, 2024](https://…))"; every source must come with its URL. */
export function linkMark(
  sources: readonly { source: Source; url: string }[],
  entities: readonly Entity[],
): string {
  const links = sources.map(
    ({ source, url }) =>
      `[${escapeLinkText(`${shortName(source, entities)}, ${yearOf(source)}`)}](${linkTarget(url)})`,
  );
  return `(${links.join('; ')})`;
}

/** A GFM footnote reference: "[^1]". */
export function footnoteMark(label: string): string {
  return `[^${label}]`;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

/** Parentheses would end a Markdown link target early; an http(s) URL keeps its meaning percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
