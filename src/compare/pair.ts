/**
 * Two disclosures side by side, figure by figure: every measure for A and for
 * B, and their difference A − B computed from the exact values (amounts as
 * published stay exact; ratios are rounded once, after subtracting). One
 * grouped bar chart of the spending amounts, with its table and downloads.
 */
import { barChartTree, barDesc } from './charts';
import { citationText } from './citation';
import { sub, toFixed } from '../core/rational';
import { exportSvg } from '../charts/export';
import { figureBody } from './figure';
import { tableCsv } from './csv';
import { countOf, MEASURES, viewTitle, viewValue, type MeasureId, type MeasureValue, type PerBasis } from './measures';
import { markLabel, type CompareRecord } from './records';
import type { BuiltFigure } from './page';
import { groupedBarTable, type GroupedMark } from './table';

export interface PairRow {
  key: string;
  group: string;
  label: string;
  unit: string;
  formula: string | null;
  a: MeasureValue;
  b: MeasureValue;
  /** A − B, or null when either is a gap. */
  diff: string | null;
  diffUnit: string;
}

const PAIR_VIEWS: { group: string; views: [MeasureId, PerBasis][] }[] = [
  {
    group: '支出',
    views: [
      ['expenditure_total', 'none'],
      ['basic_expenditure', 'none'],
      ['personnel', 'none'],
      ['running_costs', 'none'],
      ['project_expenditure', 'none'],
    ],
  },
  {
    group: '“三公”经费',
    views: [
      ['three_public', 'none'],
      ['three_public_overseas', 'none'],
      ['three_public_vehicles', 'none'],
      ['official_reception', 'none'],
      ['three_public_execution', 'none'],
    ],
  },
  {
    group: '人均',
    views: [
      ['expenditure_total', 'staff_actual'],
      ['expenditure_total', 'staff_authorised'],
      ['personnel', 'staff_actual'],
      ['running_costs', 'staff_actual'],
      ['three_public', 'staff_actual'],
    ],
  },
  {
    group: '比重与执行率',
    views: [
      ['personnel_share', 'none'],
      ['project_share', 'none'],
      ['execution_rate', 'none'],
    ],
  },
  { group: '绩效自评', views: [['evaluation_score', 'none']] },
];

function diffOf(a: MeasureValue, b: MeasureValue, decimals: number): string | null {
  if (a.status !== 'ok' || b.status !== 'ok') return null;
  return toFixed(sub(a.exact!, b.exact!), decimals);
}

export function pairRows(a: CompareRecord, b: CompareRecord): PairRow[] {
  const rows: PairRow[] = [];
  for (const g of PAIR_VIEWS) {
    for (const [id, per] of g.views) {
      const t = viewTitle(id, per);
      const va = viewValue(a.input, id, per);
      const vb = viewValue(b.input, id, per);
      // Amounts as published: as many decimals as the more precise of the two, so the difference is exact.
      const decimals = Math.max(va.decimals ?? 0, vb.decimals ?? 0);
      rows.push({
        key: per === 'none' ? id : `${id}/${per}`,
        group: g.group,
        label: t.label,
        unit: t.unit,
        formula: t.formula,
        a: va,
        b: vb,
        diff: diffOf(va, vb, decimals),
        diffUnit: t.unit === '%' ? '个百分点' : t.unit,
      });
    }
    if (g.group === '人均') {
      for (const s of ['staff_actual', 'staff_authorised'] as const) {
        const va = countOf(a.input, s);
        const vb = countOf(b.input, s);
        rows.push({
          key: s,
          group: g.group,
          label: s === 'staff_actual' ? '实有人数' : '编制数',
          unit: '人',
          formula: null,
          a: va,
          b: vb,
          diff: diffOf(va, vb, 0),
          diffUnit: '人',
        });
      }
    }
  }
  return rows;
}

/** Notes on comparing the two documents (years, kinds). */
export function pairNotes(a: CompareRecord, b: CompareRecord): string[] {
  const notes: string[] = [];
  if (a.year !== b.year) notes.push(`两份文件的年度不同（${a.year}年、${b.year}年），金额未按物价调整，口径也可能不同。`);
  if (a.kind !== b.kind) notes.push(`两份文件的类型不同（${a.kind_zh}、${b.kind_zh}），统计口径可能不同。`);
  return notes;
}

/** Computed values and gaps among the bars of the pair chart. */
function markNotes(marks: GroupedMark[]): string[] {
  const notes: string[] = [];
  for (const m of marks)
    if (m.value.status === 'ok' && m.value.reason) notes.push(`${m.group}，${m.label}：${m.value.reason}${m.value.computed ? '（图中标“计算值”）' : ''}。`);
  const gaps = marks.filter((m) => m.value.status !== 'ok');
  if (gaps.length)
    notes.push(`${gaps.length} 个数值空缺，图中留空并注明原因，不按 0 计：${gaps.map((m) => `${m.group}，${m.label}（${m.value.reason}）`).join('；')}。`);
  return notes;
}

export const PAIR_CHART_MEASURES: MeasureId[] = ['expenditure_total', 'basic_expenditure', 'personnel', 'running_costs', 'project_expenditure', 'three_public'];

export interface PairContext {
  a: CompareRecord;
  b: CompareRecord;
  pageUrl: string;
  date: string;
  width: number;
  js: boolean;
}

export function pairMarks(a: CompareRecord, b: CompareRecord): GroupedMark[] {
  const marks: GroupedMark[] = [];
  for (const id of PAIR_CHART_MEASURES) {
    const label = MEASURES[id].label;
    for (const [r, tone] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      marks.push({
        key: `${id}/${r.id}`,
        record: r,
        label: markLabel(r),
        group: label,
        value: viewValue(r.input, id, 'none'),
        tone,
        measureKey: id,
        measureLabel: label,
      });
    }
  }
  return marks;
}

export function buildPairFigure(ctx: PairContext): BuiltFigure {
  const { a, b } = ctx;
  const marks = pairMarks(a, b);
  const title = `${markLabel(a)}与${markLabel(b)}：主要支出`;
  const unit = '万元';
  const table = groupedBarTable(`${title}（单位：${unit}）：图中全部数据`, marks, unit);
  const citation = citationText({ title, unit, sources: [a.title, b.title], url: ctx.pageUrl, date: ctx.date });
  const notes = [...pairNotes(a, b), ...markNotes(marks)];
  const desc = barDesc(marks, unit, '按指标分组，每组先 A 后 B');
  const chart = (w: number) => barChartTree({ id: 'fig-pair', title: `${title}（${unit}）`, desc, unit, marks, domainAtLeast: 0, width: w });
  const body = figureBody({ id: 'fig-pair', heading: '主要支出对比', unit, formula: null, notes, chart: chart(ctx.width), table, citation, js: ctx.js });
  return {
    body,
    title,
    viewKey: `${a.id}-vs-${b.id}`,
    csv: () => tableCsv(table, citation, notes),
    svg: (w) => exportSvg(chart(w), `${title}（${unit}）`, citation, notes),
  };
}
