/** The rules of the product contract (SPEC "Rules"), shared by the server, the CLI and the client. */
export const RULE_IDS = [
  'figure-conflict',
  'internal-conflict',
  'arithmetic',
  'misattribution',
  'entity-mismatch',
  'misquote',
  'quote-misattribution',
  'missing-citation',
  'unverified-figure',
  'claimset',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A rule's configured level: a severity, or `off` to turn it off. */
export type RuleLevel = Severity | 'off';

export const DEFAULT_SEVERITIES: Readonly<Record<RuleId, Severity>> = {
  'figure-conflict': 'warning',
  'internal-conflict': 'warning',
  arithmetic: 'warning',
  misattribution: 'warning',
  'entity-mismatch': 'warning',
  misquote: 'warning',
  'quote-misattribution': 'warning',
  'missing-citation': 'information',
  'unverified-figure': 'hint',
  claimset: 'error',
};

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
