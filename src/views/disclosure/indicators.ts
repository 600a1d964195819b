/**
 * Performance indicator tables by scope (部门整体, then each project), with
 * the stated section weights and totals, the portal's sums of the rows
 * (labelled computed), and chart rows of score against weight.
 */
import type { Indicator, Project } from '../../schema/normalized';
import { parseDecimal } from '../../core/decimal';
import type { ChartRow } from '../../charts/table';
import { quoteHref } from '../../core/anchors';

export interface IndicatorScope {
  key: string;
  /** 部门整体 or the project's name. */
  name: string;
  title: string;
  projectId: string | null;
  rows: Indicator[];
  total: Indicator | null;
  /** Sums over indicator and funding rows; null when a weight or score is not a plain number. */
  weightSum: string | null;
  scoreSum: string | null;
  chart: ChartRow[];
  /** The chart compares 一级指标 sections (scores summed by the portal), not single rows. */
  sectionLevel: boolean;
}

/** A plain number out of a cell such as "10", "9.5", "10分"; null otherwise. */
export function cellNumber(s: string): number | null {
  const m = /^\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?\s*$/.exec(s);
  if (!m) return null;
  const d = parseDecimal(m[1]);
  return d ? Number(d.text) : null;
}

/** Exact decimal sum of cells (as strings), or null when any is not a plain number. */
export function sumCells(cells: string[]): string | null {
  let scale = 0;
  const parsed = [];
  for (const c of cells) {
    const m = /^\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?\s*$/.exec(c);
    const d = m ? parseDecimal(m[1]) : null;
    if (!d) return null;
    parsed.push(d);
    scale = Math.max(scale, d.scale);
  }
  const total = parsed.reduce((s, d) => s + d.scaled * 10n ** BigInt(scale - d.scale), 0n);
  const str = total.toString().padStart(scale + 1, '0');
  return scale ? `${str.slice(0, -scale)}.${str.slice(-scale)}` : str;
}

export function indicatorLabel(i: Indicator): string {
  return i.level3 || i.level2 || i.level1;
}

function chartRow(key: string, label: string, score: string, weight: string, href: string | null): ChartRow {
  return {
    key,
    label,
    value: cellNumber(score),
    display: `${score.trim() || '—'} / ${weight.trim() || '—'}`,
    ref: cellNumber(weight),
    refDisplay: weight.trim() || '—',
    href,
  };
}

/**
 * Score against weight per row where rows carry weights; where only the
 * 一级指标 sections carry weights (e.g. 产出指标(40分)), per section with the
 * section's score summed from its rows (computed, flagged by `sectionLevel`).
 */
function scopeChart(rows: Indicator[]): { rows: ChartRow[]; sectionLevel: boolean } {
  const scored = rows.filter((r) => r.row_kind === 'indicator' || r.row_kind === 'funding');
  const rowLevel = scored.some((r) => cellNumber(r.weight) !== null);
  if (rowLevel) {
    return {
      sectionLevel: false,
      rows: scored
        .filter((r) => r.weight.trim() || r.score.trim())
        .map((r) =>
          chartRow(
            r.id,
            r.row_kind === 'funding' ? `预算执行率（${r.level3 || r.level2 || r.level1}）` : indicatorLabel(r),
            r.score,
            r.weight,
            quoteHref(r.anchor),
          ),
        ),
    };
  }
  const out: ChartRow[] = [];
  for (const sec of rows.filter((r) => r.row_kind === 'section')) {
    const members = scored.filter((r) => r.level1 === sec.level1 && r.score.trim());
    const sum = members.length ? sumCells(members.map((r) => r.score)) : null;
    out.push(chartRow(sec.id, sec.level1, sum ?? '', sec.weight, quoteHref(sec.anchor)));
  }
  return { rows: out, sectionLevel: true };
}

export function indicatorScopes(indicators: Indicator[], projects: Project[]): IndicatorScope[] {
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const scopes = new Map<string, IndicatorScope>();
  for (const i of indicators) {
    const key = i.scope === 'department' ? 'department' : `project:${i.project_id ?? ''}`;
    let s = scopes.get(key);
    if (!s) {
      const name = i.scope === 'department' ? '部门整体' : (i.project_id && names.get(i.project_id)) || i.project_id || '未注明项目';
      s = {
        key,
        name,
        title: i.scope === 'department' ? '部门整体支出绩效指标' : `项目绩效指标：${name}`,
        projectId: i.project_id,
        rows: [],
        total: null,
        weightSum: null,
        scoreSum: null,
        chart: [],
        sectionLevel: false,
      };
      scopes.set(key, s);
    }
    if (i.row_kind === 'total') s.total = i;
    else s.rows.push(i);
  }
  for (const s of scopes.values()) {
    const scored = s.rows.filter((r) => (r.row_kind === 'indicator' || r.row_kind === 'funding') && (r.weight.trim() || r.score.trim()));
    const weighted = scored.filter((r) => r.weight.trim());
    const sections = s.rows.filter((r) => r.row_kind === 'section');
    // Weights: of the rows when rows carry them, else of the stated sections.
    s.weightSum = weighted.length ? sumCells(weighted.map((r) => r.weight)) : sections.length ? sumCells(sections.map((r) => r.weight)) : null;
    s.scoreSum = scored.length ? sumCells(scored.filter((r) => r.score.trim()).map((r) => r.score)) : null;
    const c = scopeChart(s.rows);
    s.chart = c.rows;
    s.sectionLevel = c.sectionLevel;
  }
  return [...scopes.values()].sort((a, b) => (a.key === 'department' ? -1 : b.key === 'department' ? 1 : 0));
}

/** One row per scope: the stated total score against the stated total weight (else the computed sums). */
export function scopeTotalsChart(scopes: IndicatorScope[]): ChartRow[] {
  return scopes.map((s) => {
    const score = s.total?.score.trim() || s.scoreSum || '';
    const weight = s.total?.weight.trim() || s.weightSum || '';
    return chartRow(s.key, s.name, score, weight, quoteHref(s.total?.anchor));
  });
}
