import { parseDate } from '../time/period';
import type { RawClaim, RawEntity, RawQuote, RawSource } from './claimSchema';
import { dateReason, dateText, periodReason } from './dateIssues';
import { fieldMessage } from './itemIssue';
import type { ItemIssue } from './itemIssue';

/*
 * The checks JSON Schema (draft-07) cannot express, run on items the schema has accepted:
 * calendar dates, ranges in order. Each returns the item's issues; none means the item is valid.
 */

function dateIssue(label: string, path: readonly string[], value: string | number | undefined): ItemIssue[] {
  if (value === undefined) return [];
  const reason = dateReason(value);
  return reason ? [{ path, at: 'value', message: fieldMessage(label, path, value, reason) }] : [];
}

export function sourceIssues(source: RawSource, label: string): ItemIssue[] {
  return dateIssue(label, ['date'], source.date);
}

export function entityIssues(entity: RawEntity, label: string): ItemIssue[] {
  const issues: ItemIssue[] = [];
  (entity.roles ?? []).forEach((role, index) => {
    const at = ['roles', String(index)];
    const fromIssues = dateIssue(label, [...at, 'from'], role.from);
    const toIssues = dateIssue(label, [...at, 'to'], role.to);
    issues.push(...fromIssues, ...toIssues);
    if (fromIssues.length > 0 || toIssues.length > 0 || role.from === undefined || role.to === undefined)
      return;
    const from = parseDate(dateText(role.from));
    const to = parseDate(dateText(role.to));
    if (from && to && to.end <= from.start) {
      const path = [...at, 'to'];
      const reason = `is before the role's "from" ${dateText(role.from)}`;
      issues.push({ path, at: 'value', message: fieldMessage(label, path, role.to, reason) });
    }
  });
  return issues;
}

export function claimIssues(claim: RawClaim, label: string): ItemIssue[] {
  const issues: ItemIssue[] = [];
  if (typeof claim.value === 'object' && claim.value.min > claim.value.max) {
    const reason = `has min ${claim.value.min} above max ${claim.value.max}`;
    issues.push({
      path: ['value'],
      at: 'value',
      message: fieldMessage(label, ['value'], claim.value, reason),
    });
  }
  if (claim.period !== undefined) {
    const reason = periodReason(claim.period);
    if (reason) {
      issues.push({
        path: ['period'],
        at: 'value',
        message: fieldMessage(label, ['period'], claim.period, reason),
      });
    }
  }
  return issues;
}

export function quoteIssues(quote: RawQuote, label: string): ItemIssue[] {
  return dateIssue(label, ['date'], quote.date);
}
