/**
 * Budget phases per spending line: 年初预算 / 全年预算 / 决算 for the lines
 * the document states at least one budget for. Each cell is the headline
 * statement of that line and phase (whole department, broadest funding scope,
 * first in the document), linked to its quote.
 */
import { pickFact } from '../../core/headline-pick';
import type { ConceptId, PhaseId } from '../../core/concepts';
import type { Fact } from '../../schema/normalized';
import { fenToChartNumber, figureText, MISSING_LABEL } from '../../core/format';
import type { ChartGroup, ChartSeries } from '../../charts/table';
import { quoteHref } from '../../core/anchors';

const LINES: [ConceptId, string][] = [
  ['expenditure_total', '支出合计'],
  ['basic_expenditure', '基本支出'],
  ['personnel', '人员经费'],
  ['running_costs', '公用经费'],
  ['project_expenditure', '项目支出'],
  ['three_public_total', '“三公”经费'],
];

const PHASE_SERIES: [PhaseId, string][] = [
  ['initial_budget', '年初预算'],
  ['adjusted_budget', '全年预算'],
  ['actual', '决算'],
];

export interface PhasesView {
  series: ChartSeries[];
  groups: ChartGroup[];
}

export function budgetPhases(facts: Fact[]): PhasesView | null {
  const rows = LINES.map(([concept, label]) => ({ concept, label, cells: PHASE_SERIES.map(([phase]) => pickFact(facts, { concept, phases: [phase] })) }))
    // Only lines with a stated budget: an actual alone is not a comparison.
    .filter((r) => r.cells[0] || r.cells[1]);
  if (rows.length === 0) return null;
  const used = PHASE_SERIES.map((_, i) => rows.some((r) => r.cells[i]));
  const series = PHASE_SERIES.filter((_, i) => used[i]).map(([key, label]) => ({ key, label }));
  const groups: ChartGroup[] = rows.map((r) => {
    const cells = r.cells.filter((_, i) => used[i]);
    return {
      key: r.concept,
      label: r.label,
      values: cells.map((f) => (f && f.status === 'reported' && f.fen !== null ? fenToChartNumber(f.fen) : null)),
      displays: cells.map((f) => (f ? figureText(f) : MISSING_LABEL)),
      hrefs: cells.map((f) => quoteHref(f?.anchor)),
    };
  });
  return { series, groups };
}
