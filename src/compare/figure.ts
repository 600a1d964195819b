/**
 * A chart figure as an element tree: heading, unit and formula, the notes for
 * an honest comparison, the SVG, the download buttons, the data table and the
 * citation line (the standalone SVG download is src/charts/export.ts).
 */
import type { DataTable } from './table';
import { tableTree as chartTableTree, type ChartTable } from '../charts/table';
import { h, type Child, type ElNode } from '../charts/tree';

/** Stated figures as compared (measures.ts comparedText): 万元 beyond two decimals rounded and marked 约, the exact figure kept. */
export const STATED_NOTE = '数值为文件所载数字；万元金额超过两位小数的，四舍五入保留两位并标“约”，原数见提示、出处和 CSV。';

export interface FigureParts {
  id: string;
  heading: string;
  unit: string;
  formula: string | null;
  notes: string[];
  chart: ElNode;
  table: DataTable;
  citation: string;
  /** Show the download buttons (the island renders with true; without JavaScript they stay hidden). */
  js: boolean;
}

/** The compare data table in the chart kernel's table (src/charts/table.ts), wrapped in a labelled, scrollable region. */
export function tableTree(t: DataTable, id: string): ElNode {
  const table: ChartTable = {
    caption: { id: `${id}-caption`, text: t.caption },
    columns: t.htmlColumns.map((c) => ({ label: c.zh, numeric: !!c.numeric })),
    rows: t.rows.map((r) => ({
      key: r.key,
      attrs: { 'data-key': r.key, 'data-status': r.status, class: r.status === 'ok' ? undefined : 'gap-row' },
      cells: t.htmlColumns.map((c, i) => ({ text: r.html[c.key] ?? '', href: i === 0 ? r.href : r.links?.[c.key], attrs: { 'data-col': c.key } })),
    })),
  };
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': `${id}-caption`, tabindex: 0 },
    chartTableTree(table, 'data-table', { 'data-table-for': id }),
  );
}

export function figureBody(p: FigureParts): Child[] {
  const parts: (Child | null)[] = [
    h('h3', { id: `${p.id}-heading`, class: 'figure-heading' }, p.heading),
    h('p', { class: 'figure-meta' }, `单位：${p.unit}。`, p.formula ? `计算公式：${p.formula}。` : STATED_NOTE),
    p.notes.length
      ? h(
          'div',
          { class: 'compare-notes', role: 'note', 'aria-label': '比较须知' },
          h('p', { class: 'notes-title' }, '比较须知'),
          h(
            'ul',
            {},
            p.notes.map((n) => h('li', {}, n)),
          ),
        )
      : null,
    h('div', { class: 'chart-box' }, p.chart),
    h(
      'div',
      { class: 'downloads', hidden: !p.js, role: 'group', 'aria-label': `下载：${p.heading}` },
      h('span', { class: 'downloads-label' }, '下载：'),
      ['svg', 'png', 'csv'].map((f) => h('button', { type: 'button', class: 'download', 'data-download': f, 'data-figure': p.id }, f.toUpperCase())),
    ),
    tableTree(p.table, p.id),
    h('p', { class: 'citation', 'data-citation': p.id }, p.citation),
  ];
  return parts.filter((c): c is Child => c !== null);
}
