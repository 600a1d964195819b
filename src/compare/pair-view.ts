/**
 * The side-by-side view of two disclosures as an element tree: heading, the
 * two documents, links (swap, another B, the type's charts), the notes for
 * comparing them, the figure-by-figure table and the chart. The pre-rendered
 * pages render it at build time (PairView.astro), /compare/pair/view/ renders
 * it in the browser (src/client/compare/pair-view.ts): one builder, one output.
 */
import { href } from '../core/url';
import { pairNotes } from './pair';
import { pairPaths, paths } from '../core/routes';
import { pairTableTree } from './pair-table';
import type { BuiltFigure } from './page';
import { markLabel, type CompareRecord } from './records';
import { h, type ElNode } from '../charts/tree';

export interface PairViewInput {
  a: CompareRecord;
  b: CompareRecord;
  /** Whether the type's pairs are pre-rendered (decides where the swap and "another B" links go). */
  prerendered: boolean;
  /** The chart, from buildPairFigure. */
  fig: BuiltFigure;
}

/** The page title of a pair (without the site name). */
export function pairTitle(a: CompareRecord, b: CompareRecord): string {
  return `并排对比：${markLabel(a)}与${markLabel(b)}`;
}

function card(side: 'a' | 'b', x: CompareRecord): ElNode {
  return h(
    'section',
    { class: `pair-card side-${side}`, 'aria-labelledby': `card-${side}` },
    h('h2', { id: `card-${side}` }, `${side.toUpperCase()}：${markLabel(x)}`),
    h('p', {}, `${x.department} · ${x.year}年 · ${x.kind_zh}`),
    h('p', {}, h('a', { href: x.href }, x.title)),
  );
}

export function pairViewTree({ a, b, prerendered, fig }: PairViewInput): ElNode[] {
  const notes = pairNotes(a, b);
  const changeB = prerendered ? pairPaths.chooserOf(a.id) : pairPaths.chooser(a.id);
  return [
    h('h1', {}, `并排对比：${markLabel(a)} 与 ${markLabel(b)}`),
    h('div', { class: 'pair-heading-grid' }, card('a', a), card('b', b)),
    h(
      'p',
      { class: 'pair-links' },
      h('a', { href: href(pairPaths.view(b.id, a.id, prerendered)) }, '交换 A 和 B'),
      ' · ',
      h('a', { href: href(changeB) }, '换一份文件 B'),
      ' · ',
      h('a', { href: href(paths.compareType(a.department_type)) }, `所有县的${a.department_type_name}对比图表`),
    ),
    notes.length > 0
      ? h(
          'div',
          { class: 'compare-notes', role: 'note', 'aria-label': '比较须知' },
          h('p', { class: 'notes-title' }, '比较须知'),
          h(
            'ul',
            {},
            notes.map((n) => h('li', {}, n)),
          ),
        )
      : null,
    h(
      'section',
      { 'aria-labelledby': 'pair-figures', class: 'compare-section' },
      h('h2', { id: 'pair-figures' }, '逐项对比'),
      h(
        'p',
        {},
        '金额按原文小数位显示，差额按精确值计算；人均值、比重和执行率按精确值计算后四舍五入，公式写在指标名称下。“空缺”表示文件未载明或涉密不予公开，不按 0 计。',
      ),
      pairTableTree(a, b),
    ),
    h(
      'section',
      { 'aria-labelledby': 'pair-chart', class: 'compare-section' },
      h('h2', { id: 'pair-chart' }, '图表'),
      h('figure', { class: 'compare-figure', id: 'fig-pair', 'data-figure': 'fig-pair', 'aria-labelledby': 'fig-pair-heading' }, fig.body),
    ),
  ].filter((n): n is ElNode => n !== null);
}
