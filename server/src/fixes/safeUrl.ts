/**
 * The URL when it is http(s), normalised; undefined otherwise. Claim files and bibliographies are
 * untrusted: a `javascript:` or `file:` URL must never become a link the writer can click.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
