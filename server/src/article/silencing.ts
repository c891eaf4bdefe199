import type { SilenceDirective } from './articleModel';

/**
 * Whether findings of `rule` on the 0-based `line` are silenced (SPEC "Silencing").
 * `claimlint-disable-next-line` covers its target line (the next non-blank line, computed at parse
 * time); `claimlint-disable` covers everything from its own line until a matching
 * `claimlint-enable`. A directive without rules applies to every rule.
 */
export function isSilenced(directives: readonly SilenceDirective[], rule: string, line: number): boolean {
  let disabled = false;
  for (const directive of directives) {
    const applies = directive.rules.length === 0 || directive.rules.includes(rule);
    if (!applies) continue;
    if (directive.kind === 'disable-next-line') {
      if ((directive.targetLine ?? directive.line + 1) === line) return true;
    } else if (directive.line <= line) {
      // Directives are in document order, so the last one at or before the line wins.
      disabled = directive.kind === 'disable';
    }
  }
  return disabled;
}
