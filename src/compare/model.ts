/**
 * From records and a view to what a chart shows: the marks in order (gaps
 * included, with their reason), the notes a reader needs to compare honestly
 * (different years or document kinds, computed values, gaps), the title and
 * the formula. Pure; the same code runs at build time and in the island.
 */
import { cmp } from '../core/rational';
import { countOf, gapWords, MEASURES, type GapStatus, perApplies, viewTitle, viewValue, type MeasureId, type MeasureValue, type PerBasis } from './measures';
import { markLabel, type CompareRecord } from './records';
import { KIND_SHORT } from '../core/disclosure-id';
import type { SortOrder } from './view-state';

export type Tone = 'default' | 'hl' | 'a' | 'b';

export interface Mark {
  /** Unique within the chart. */
  key: string;
  record: CompareRecord;
  /** County, year and document kind. */
  label: string;
  /** Group heading (grouped charts only). */
  group?: string;
  value: MeasureValue;
  tone: Tone;
}

export interface BarModel {
  id: string;
  title: string;
  label: string;
  unit: string;
  formula: string | null;
  marks: Mark[];
  notes: string[];
  /** Column label of the value (table and CSV). */
  valueHeading: string;
  /** CSV column `measure`: the measure id (and per-person basis). */
  measureKey: string;
  /** Axis domain floor at 100 for percentages and scores, so 0–100 reads as a whole. */
  domainAtLeast: number;
}

function sortMarks(marks: Mark[], sort: SortOrder): Mark[] {
  const byCounty = (a: Mark, b: Mark) =>
    a.record.county_code.localeCompare(b.record.county_code) || b.record.year - a.record.year || a.record.id.localeCompare(b.record.id);
  const byYear = (a: Mark, b: Mark) => b.record.year - a.record.year || byCounty(a, b);
  if (sort === 'county') return [...marks].sort(byCounty);
  if (sort === 'year') return [...marks].sort(byYear);
  const ok = marks.filter((m) => m.value.status === 'ok');
  const gaps = marks.filter((m) => m.value.status !== 'ok').sort(byCounty);
  ok.sort((a, b) => (sort === 'desc' ? -1 : 1) * cmp(a.value.exact!, b.value.exact!) || byCounty(a, b));
  return [...ok, ...gaps];
}

/** Distinct values in first-seen order. */
function distinct<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** What differs between the documents compared: their years and their kinds (the caveats every chart of them shares). */
export function mixNotes(records: readonly Pick<CompareRecord, 'year' | 'kind' | 'kind_zh'>[]): string[] {
  const notes: string[] = [];
  const years = distinct(records.map((r) => r.year)).sort();
  if (years.length > 1) {
    notes.push(`所比较的数值出自不同年度（${years.join('年、')}年）的文件，金额未按物价调整，不同年度的口径也可能不同。`);
  }
  const kinds = distinct(records.map((r) => r.kind));
  if (kinds.length > 1) {
    const parts = kinds.map((k) => `${records.find((r) => r.kind === k)!.kind_zh} ${records.filter((r) => r.kind === k).length} 份`);
    notes.push(`所比较的数值出自不同类型的文件（${parts.join('，')}），统计口径可能不同。`);
  }
  return notes;
}

/** Notes for honest comparison of the marks shown. */
export function comparisonNotes(marks: Mark[]): string[] {
  const shown = marks.filter((m) => m.value.status === 'ok');
  const notes = mixNotes(shown.map((m) => m.record));
  const computed = shown.filter((m) => m.value.reason && m.value.computed);
  for (const m of computed) notes.push(`${m.label}：${m.value.reason}（图中标“计算值”）。`);
  const caveats = shown.filter((m) => m.value.reason && !m.value.computed);
  for (const m of caveats) notes.push(`${m.label}：${m.value.reason}。`);
  const gaps = marks.filter((m) => m.value.status !== 'ok');
  if (gaps.length) {
    notes.push(`${gaps.length} 份文件没有该数值，图中留空并注明原因，不按 0 计：${gaps.map((m) => `${m.label}（${m.value.reason}）`).join('；')}。`);
  }
  return notes;
}

export function markTone(r: CompareRecord, hl: string | null): Tone {
  return hl !== null && r.county_code === hl ? 'hl' : 'default';
}

/** The bar chart of one measure across records. */
export function barModel(
  id: string,
  records: CompareRecord[],
  view: { measure: MeasureId; per: PerBasis; sort: SortOrder; hl: string | null },
  typeName: string,
): BarModel {
  const per = perApplies(view.measure) ? view.per : 'none';
  const t = viewTitle(view.measure, per);
  const marks = sortMarks(
    records.map((r) => ({ key: r.id, record: r, label: markLabel(r), value: viewValue(r.input, view.measure, per), tone: markTone(r, view.hl) })),
    view.sort,
  );
  const kind = MEASURES[view.measure].kind;
  return {
    id,
    title: `各地${typeName}${t.label}`,
    label: t.label,
    unit: t.unit,
    formula: t.formula,
    marks,
    notes: comparisonNotes(marks),
    valueHeading: `${t.label}（${t.unit}）`,
    measureKey: per === 'none' ? view.measure : `${view.measure}/${per}`,
    domainAtLeast: kind === 'amount' ? 0 : 100,
  };
}

export interface ScatterPoint {
  key: string;
  record: CompareRecord;
  label: string;
  x: MeasureValue;
  y: MeasureValue;
  tone: Tone;
}

export interface ScatterModel {
  id: string;
  title: string;
  xLabel: string;
  xUnit: string;
  yLabel: string;
  yUnit: string;
  /** CSV `measure` of the y axis. */
  yKey: string;
  xKey: 'staff_actual' | 'staff_authorised';
  points: ScatterPoint[];
  notes: string[];
}

/** Staff (x) against an amount (y): the amount follows the chosen measure when it is an amount, the staff basis follows per. */
export function scatterModel(
  id: string,
  records: CompareRecord[],
  view: { measure: MeasureId; per: PerBasis; hl: string | null },
  typeName: string,
): ScatterModel {
  const xKey = view.per === 'staff_authorised' ? 'staff_authorised' : 'staff_actual';
  const yMeasure: MeasureId = MEASURES[view.measure].kind === 'amount' ? view.measure : 'expenditure_total';
  const xLabel = xKey === 'staff_actual' ? '实有人数' : '编制数';
  const yLabel = MEASURES[yMeasure].label;
  const points = records
    .map((r) => ({ key: r.id, record: r, label: markLabel(r), x: countOf(r.input, xKey), y: viewValue(r.input, yMeasure, 'none'), tone: markTone(r, view.hl) }))
    .sort((a, b) => a.record.county_code.localeCompare(b.record.county_code) || b.record.year - a.record.year);
  const notes: string[] = [];
  const shown = points.filter((p) => p.x.status === 'ok' && p.y.status === 'ok');
  const asMarks = shown.map((p) => ({ key: p.key, record: p.record, label: p.label, value: p.y, tone: p.tone }));
  notes.push(...comparisonNotes(asMarks));
  const gaps = points.filter((p) => p.x.status !== 'ok' || p.y.status !== 'ok');
  if (gaps.length) {
    notes.push(
      `${gaps.length} 份文件缺少${xLabel}或${yLabel}，未画点：${gaps
        .map(
          (p) =>
            `${p.label}（${[p.x, p.y]
              .filter((v) => v.status !== 'ok')
              .map((v) => v.reason)
              .join('；')}）`,
        )
        .join('；')}。`,
    );
  }
  return {
    id,
    title: `各地${typeName}${xLabel}与${yLabel}`,
    xLabel,
    xUnit: '人',
    yLabel,
    yUnit: '万元',
    yKey: yMeasure,
    xKey,
    points,
    notes,
  };
}

/** Chinese status of a value for tables. */
export function statusText(v: MeasureValue): string {
  if (v.status !== 'ok') return gapWords(v);
  return v.computed ? '计算值' : '原文数值';
}

/** Status code of a value for CSV. */
export function statusCode(v: MeasureValue): 'stated' | 'computed' | GapStatus {
  if (v.status !== 'ok') return v.status;
  return v.computed ? 'computed' : 'stated';
}

export { KIND_SHORT };
