import type { ArticleStatus } from '../../shared/src/statusProtocol';

/** "12 figures · 2 conflicts · 3 unsourced" */
export function statusText(status: ArticleStatus): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return [
    count(status.figures, 'figure', 'figures'),
    count(status.conflicts, 'conflict', 'conflicts'),
    `${status.unsourced} unsourced`,
  ].join(' · ');
}
