import type { Claim, ClaimSet, Source } from '../claims/claimModel';
import { describeClaimValue, describeSource } from '../claims/describeClaims';
import type { CheckedFigure, FigureStatus } from '../engine/findingModel';
import { formatPeriod } from '../time/period';
import { escapeMarkdown, markdownLink } from './escapeMarkdown';

const STATUS_LABEL: Readonly<Record<FigureStatus, string>> = {
  verified: 'Verified',
  conflict: 'Conflicts with the reference',
  unmatched: 'Unmatched: no claim in the claim set matches this figure',
};

/** The hover over a checked figure: its status, the reference value and period, and the full citation. */
export function hoverText(checked: CheckedFigure, claimSet: ClaimSet): string {
  const lines = [`**claimlint** · ${STATUS_LABEL[checked.status]}: \`${escapeCode(checked.figure.text)}\``];
  const claim =
    checked.claimId === undefined ? undefined : claimSet.claims.find((c) => c.id === checked.claimId);
  if (claim) lines.push(...claimLines(claim, claimSet.sources));
  return lines.join('\n\n');
}

function claimLines(claim: Claim, sources: ReadonlyMap<string, Source>): string[] {
  const period = claim.periodText ?? (claim.period ? formatPeriod(claim.period) : undefined);
  const lines = [
    `Reference: **${escapeMarkdown(describeClaimValue(claim))}** — ${escapeMarkdown(claim.subject)}`,
    [
      period === undefined ? undefined : `Period: ${escapeMarkdown(period)}`,
      claim.place === undefined ? undefined : `Place: ${escapeMarkdown(claim.place)}`,
      `Claim: \`${escapeCode(claim.id)}\``,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
  ];
  for (const id of claim.sources) {
    const source = sources.get(id);
    if (source) lines.push(`Source: ${citation(source)}`);
  }
  return lines;
}

/** The citation as messages give it, plus what they leave out: the full date and the URL. */
function citation(source: Source): string {
  const parts = [escapeMarkdown(describeSource(source))];
  if (source.date !== undefined && source.date.length > 4)
    parts.push(`published ${escapeMarkdown(source.date)}`);
  const link = source.url === undefined ? undefined : markdownLink(source.url);
  if (link) parts.push(link);
  else if (source.url !== undefined) parts.push(escapeMarkdown(source.url));
  return `${parts.join(', ')} \\[${escapeMarkdown(source.id)}\\]`;
}

/** Inside a code span nothing is Markdown, but a backtick would end it early. */
function escapeCode(text: string): string {
  return text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
}
