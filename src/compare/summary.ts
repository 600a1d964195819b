/**
 * The one caveat summary of a comparison view (比较须知), above its charts:
 * which documents the view shows (the filters in words, how many, from how
 * many counties) and what every chart of them shares (different years,
 * different document kinds). Each chart adds only its own notes
 * (page.ts ownNotes); a large type's table pages show the same summary of
 * their view. An element tree, rendered at build time and by the island.
 */
import { h, type ElNode } from '../charts/tree';
import type { PageScope } from './page';

export const SUMMARY_ID = 'compare-summary';

export function scopeSentence(scope: PageScope, total: number): string {
  const n = scope.records.length;
  const counties = new Set(scope.records.map((r) => r.county_code)).size;
  if (n === 0) return `没有同时符合这些条件（${scope.label}）的文件；请放宽筛选条件。`;
  const which = scope.label ? `符合筛选条件（${scope.label}）的 ${n} 份文件（共 ${total} 份）` : `全部 ${n} 份文件`;
  return `本视图比较${which}，来自 ${counties} 个县（市、区）。`;
}

/** How the view shows the documents: the charts (each adds its own notes) or the paged table of a large type. */
export type SummaryOf = 'charts' | 'table';

const GAPS: Record<SummaryOf, string> = {
  charts: '文件没有载明、涉密不予公开或无法计算的数值，图中留空并注明原因，不按 0 计；下面各图只另注该图特有的情况。',
  table: '文件没有载明、涉密不予公开或无法计算的数值，表中注明原因，不按 0 计；比较时请点开文件核对。',
};

export function summaryTree(scope: PageScope, total: number, of: SummaryOf = 'charts'): ElNode {
  return h(
    'div',
    { class: 'compare-notes compare-summary', id: SUMMARY_ID, role: 'note', 'aria-label': '比较须知' },
    h('p', { class: 'notes-title' }, '比较须知'),
    h(
      'ul',
      {},
      h('li', { 'data-scope': String(scope.records.length) }, scopeSentence(scope, total)),
      scope.notes.map((n) => h('li', {}, n)),
      h('li', {}, GAPS[of]),
    ),
  );
}
