/**
 * The comparison table of a large department type: one row per disclosure,
 * one column per headline measure, shown on numbered pages when a type has
 * too many disclosures for charts (see type-pages.ts). The values come from the
 * same measure functions as the charts; gaps keep their reason, never 0.
 */
import { comparedText, countOf, gapWords, viewTitle, viewValue, type MeasureId, type MeasureValue, type PerBasis } from './measures';
import type { CompareRecord } from './records';
import { valueQuoteHref } from './table';

export interface TableColumn {
  key: string;
  label: string;
  unit: string;
  formula: string | null;
  value: (r: CompareRecord) => MeasureValue;
}

const measure = (id: MeasureId, per: PerBasis = 'none'): TableColumn => {
  const t = viewTitle(id, per);
  return { key: per === 'none' ? id : `${id}/${per}`, label: t.label, unit: t.unit, formula: t.formula, value: (r) => viewValue(r.input, id, per) };
};

/** The measures of the headline charts, and the staff count they divide by. */
export const TABLE_COLUMNS: TableColumn[] = [
  measure('expenditure_total'),
  measure('expenditure_total', 'staff_actual'),
  measure('three_public'),
  measure('personnel_share'),
  measure('project_share'),
  measure('execution_rate'),
  measure('evaluation_score'),
  measure('transparency_score'),
  { key: 'staff_actual', label: '实有人数', unit: '人', formula: null, value: (r) => countOf(r.input, 'staff_actual') },
];

export interface TableCell {
  /** The value as shown (grouped thousands) or the gap in words. */
  text: string;
  status: MeasureValue['status'];
  computed: boolean;
}

export function tableCell(v: MeasureValue, unit: string): TableCell {
  if (v.status !== 'ok') return { text: gapWords(v), status: v.status, computed: false };
  return { text: comparedText(v.value!, unit).text, status: 'ok', computed: Boolean(v.computed && v.reason) };
}

/** A record's cells, each with the link to the quote its value comes from (or that explains its gap), as in the charts' tables. */
export function tableRow(r: CompareRecord, columns: readonly TableColumn[] = TABLE_COLUMNS): (TableCell & { href: string | null })[] {
  return columns.map((c) => {
    const v = c.value(r);
    return { ...tableCell(v, c.unit), href: valueQuoteHref(r.href, v) };
  });
}
