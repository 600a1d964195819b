/**
 * Every measure for every disclosure in one table (rows: measures, columns:
 * disclosures), so the page says everything without JavaScript.
 */
import { comparedText, countOf, gapWords, MEASURE_IDS, perApplies, viewTitle, viewValue, type MeasureId, type MeasureValue, type PerBasis } from './measures';
import { markLabel, type CompareRecord } from './records';
import { h, type ElNode } from '../charts/tree';
import { valueQuoteHref } from './table';

export interface OverviewRow {
  key: string;
  label: string;
  unit: string;
  formula: string | null;
  values: MeasureValue[];
}

export function overviewRows(records: CompareRecord[]): OverviewRow[] {
  const rows: OverviewRow[] = [];
  const views: [MeasureId, PerBasis][] = [];
  for (const id of MEASURE_IDS) {
    views.push([id, 'none']);
    if (id === 'expenditure_total') views.push([id, 'staff_actual'], [id, 'staff_authorised']);
  }
  for (const [id, per] of views) {
    const t = viewTitle(id, per);
    rows.push({
      key: per === 'none' ? id : `${id}/${per}`,
      label: t.label,
      unit: t.unit,
      formula: t.formula,
      values: records.map((r) => viewValue(r.input, id, perApplies(id) ? per : 'none')),
    });
  }
  for (const s of ['staff_actual', 'staff_authorised'] as const) {
    rows.push({ key: s, label: s === 'staff_actual' ? '实有人数' : '编制数', unit: '人', formula: null, values: records.map((r) => countOf(r.input, s)) });
  }
  return rows;
}

/** A value linked to its figure's quote on the disclosure page (a gap to the figure that explains it, when there is one). */
function cell(v: MeasureValue, r: CompareRecord, unit: string): ElNode {
  const link = valueQuoteHref(r.href, v);
  const text = v.status !== 'ok' ? gapWords(v) : `${comparedText(v.value!, unit).text}${v.computed && v.reason ? '（计算值）' : ''}`;
  const body = link ? h('a', { href: link }, text) : text;
  if (v.status !== 'ok') return h('td', { class: 'gap-cell', 'data-status': v.status }, body);
  return h('td', { class: 'num' }, body);
}

export function overviewTree(records: CompareRecord[]): ElNode {
  const rows = overviewRows(records);
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': 'overview-caption', tabindex: 0 },
    h(
      'table',
      { class: 'data-table overview-table' },
      h('caption', { id: 'overview-caption' }, '全部指标：每份文件的数值（“文件未载明”“涉密不予公开”为空缺，不是 0）'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, '指标（单位）'),
          records.map((r) => h('th', { scope: 'col' }, h('a', { href: r.href }, markLabel(r)))),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            { 'data-key': row.key },
            h('th', { scope: 'row' }, `${row.label}（${row.unit}）`, row.formula ? h('span', { class: 'formula' }, `＝${row.formula}`) : null),
            row.values.map((v, i) => cell(v, records[i], row.unit)),
          ),
        ),
      ),
    ),
  );
}
