/**
 * The comparison's charts, drawn by the chart kernel (src/charts/): marks and
 * points of the models become kernel rows and points with the comparison's
 * wording (computed values flagged, gaps with their reason, the highlighted
 * county marked), and one-sentence descriptions for screen readers.
 */
import { barChart } from '../charts/bars';
import type { Role } from '../charts/palette';
import { scatterChart } from '../charts/scatter';
import type { ElNode } from '../charts/tree';
import type { Mark, ScatterModel, ScatterPoint, Tone } from './model';
import { shortLabel } from './records';
import { comparedText, gapWords, type MeasureValue } from './measures';

const TONE_ROLE: Record<Tone, Role> = { default: 'bar', hl: 'hl', a: 'a', b: 'b' };

/** A value is flagged when it is, or rests on, a sum the portal computed in place of a stated total. */
export function isFlagged(m: Mark): boolean {
  return m.value.status === 'ok' && m.value.computed && m.value.reason !== null;
}

/** A bar's printed value, as compared (comparedText). */
export function valueLabel(m: Mark, unit: string): string {
  return `${comparedText(m.value.value!, unit).text}${isFlagged(m) ? '（计算值）' : ''}`;
}

/** The value with its unit in words, and the exact value as published when the shown one is rounded. */
function valueWords(m: Mark, unit: string): string {
  const exact = comparedText(m.value.value!, unit).exact;
  return `${valueLabel(m, unit)} ${unit}${exact ? `（文件所载 ${exact} ${unit}）` : ''}`;
}

/** What a chart prints for a gap: the reason, after 空缺 unless the value is merely uncomputable (its operands are stated). */
export function gapDisplay(v: MeasureValue): string {
  return v.status === 'uncomputable' ? gapWords(v) : `空缺：${v.reason}`;
}

export function markTitle(m: Mark, unit: string): string {
  const group = m.group ? `${m.group}，` : '';
  return m.value.status === 'ok' ? `${group}${m.label}：${valueWords(m, unit)}` : `${group}${m.label}：${gapDisplay(m.value)}`;
}

export interface BarChartInput {
  id: string;
  title: string;
  desc: string;
  unit: string;
  marks: Mark[];
  /** Extend the axis to at least this value (100 for percentages). */
  domainAtLeast: number;
  width: number;
}

export function barChartTree(c: BarChartInput): ElNode {
  return barChart({
    id: c.id,
    title: c.title,
    desc: c.desc,
    unit: c.unit,
    width: c.width,
    atLeast: c.domainAtLeast,
    rows: c.marks.map((m) => ({
      key: m.key,
      label: m.label,
      group: m.group,
      value: m.value.status === 'ok' ? Number(m.value.value) : null,
      display: m.value.status === 'ok' ? valueLabel(m, c.unit) : gapDisplay(m.value),
      role: TONE_ROLE[m.tone],
      computed: isFlagged(m),
      strong: m.tone === 'hl',
      title: markTitle(m, c.unit),
      attrs: {
        class: `status-${m.value.status} tone-${m.tone}`,
        'data-county': m.record.county_code,
        'data-status': m.value.status,
        'data-value': m.value.value ?? '',
      },
    })),
  });
}

/** One-sentence description of a bar chart for screen readers. */
export function barDesc(marks: Mark[], unit: string, sortText: string): string {
  const ok = marks.filter((m) => m.value.status === 'ok');
  const gaps = marks.length - ok.length;
  const parts = [`条形图，${marks.length} 项，${sortText}。`];
  if (ok.length) parts.push(ok.map((m) => `${m.group ? m.group + ' ' : ''}${m.label} ${valueWords(m, unit)}`).join('；') + '。');
  if (gaps) parts.push(`${gaps} 项空缺，原因见表。`);
  return parts.join('');
}

/** A point's coordinate in words, as compared, with the exact value when rounded. */
function pointWords(value: string, unit: string): string {
  const t = comparedText(value, unit);
  return `${t.text} ${unit}${t.exact ? `（文件所载 ${t.exact} ${unit}）` : ''}`;
}

export function plotted(p: ScatterPoint): boolean {
  return p.x.status === 'ok' && p.y.status === 'ok';
}

export function scatterChartTree(m: ScatterModel, width: number, desc: string): ElNode {
  return scatterChart({
    id: m.id,
    title: m.title,
    desc,
    width,
    xTitle: `横轴：${m.xLabel}（${m.xUnit}）`,
    yTitle: `纵轴：${m.yLabel}（${m.yUnit}）`,
    points: m.points.filter(plotted).map((p) => ({
      key: p.key,
      x: Number(p.x.value),
      y: Number(p.y.value),
      label: shortLabel(p.record),
      role: TONE_ROLE[p.tone],
      strong: p.tone === 'hl',
      title: `${p.label}：${m.xLabel} ${pointWords(p.x.value!, m.xUnit)}，${m.yLabel} ${pointWords(p.y.value!, m.yUnit)}`,
      attrs: { class: `tone-${p.tone}`, 'data-county': p.record.county_code, 'data-x': p.x.value, 'data-y': p.y.value },
    })),
  });
}

export function scatterDesc(m: ScatterModel): string {
  const pts = m.points.filter(plotted);
  const gaps = m.points.length - pts.length;
  const list = pts.map((p) => `${p.label} ${pointWords(p.x.value!, m.xUnit)}、${pointWords(p.y.value!, m.yUnit)}`).join('；');
  return `散点图，横轴${m.xLabel}（${m.xUnit}），纵轴${m.yLabel}（${m.yUnit}），${pts.length} 个点${list ? '：' + list : ''}。${gaps ? `${gaps} 份文件缺少数据未画点，见表。` : ''}`;
}
