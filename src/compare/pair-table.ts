/**
 * The figure-by-figure table of a pair page as an element tree: measures in
 * groups, A, B and A − B, each gap with its reason, each computed value
 * marked, each derived measure with its formula.
 */
import { groupThousands } from '../core/decimal';
import type { MeasureValue } from './measures';
import { pairRows } from './pair';
import { gapDisplay } from './charts';
import { markLabel, type CompareRecord } from './records';
import { h, type ElNode } from '../charts/tree';

/** A value in the unit of its row (the unit is in the row header), a computed value marked, a gap with its reason. */
function valueCell(v: MeasureValue, side: string): ElNode {
  if (v.status !== 'ok') return h('td', { class: 'gap-cell', 'data-side': side, 'data-status': v.status }, gapDisplay(v));
  const flagged = v.computed && v.reason;
  return h(
    'td',
    { class: 'num', 'data-side': side, 'data-status': 'ok' },
    h('span', { class: 'value' }, groupThousands(v.value!)),
    flagged ? h('span', { class: 'flag' }, '（计算值）') : null,
  );
}

/** "+1.50", "−2.00" (typographic minus), "0.00" without a sign. */
export function signed(d: string): string {
  if (/^-?0(\.0+)?$/.test(d)) return groupThousands(d.replace('-', ''));
  return d.startsWith('-') ? `−${groupThousands(d.slice(1))}` : `+${groupThousands(d)}`;
}

export function pairTableTree(a: CompareRecord, b: CompareRecord): ElNode {
  const rows = pairRows(a, b);
  const groups = [...new Set(rows.map((r) => r.group))];
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': 'pair-table-caption', tabindex: 0 },
    h(
      'table',
      { class: 'data-table pair-table' },
      h('caption', { id: 'pair-table-caption' }, `逐项对比：A ${markLabel(a)}，B ${markLabel(b)}（单位见指标名称；差额 = A − B，按精确值计算）`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, '指标'),
          h('th', { scope: 'col', class: 'num' }, `A ${markLabel(a)}`),
          h('th', { scope: 'col', class: 'num' }, `B ${markLabel(b)}`),
          h('th', { scope: 'col', class: 'num' }, '差额（A − B）'),
        ),
      ),
      groups.map((g) =>
        h(
          'tbody',
          {},
          h('tr', { class: 'group-row' }, h('th', { scope: 'colgroup', colspan: 4 }, g)),
          rows
            .filter((r) => r.group === g)
            .map((r) =>
              h(
                'tr',
                { 'data-key': r.key },
                h('th', { scope: 'row' }, `${r.label}（${r.unit}）`, r.formula ? h('span', { class: 'formula' }, `＝${r.formula}`) : null),
                valueCell(r.a, 'a'),
                valueCell(r.b, 'b'),
                h('td', { class: 'num diff' }, r.diff === null ? '无法计算' : `${signed(r.diff)}${r.diffUnit === r.unit ? '' : ` ${r.diffUnit}`}`),
              ),
            ),
        ),
      ),
    ),
  );
}
