/** The home page's headline chart: total spending per disclosure, from the summaries. */
import type { DisclosureSummary } from '../../schema/normalized';
import type { BarDatum } from '../../charts/bars';
import { spendingTotal, type SpendingTotal } from '../site/figures';
import { KIND_SHORT } from '../../core/disclosure-id';

export interface SpendingRow {
  d: DisclosureSummary;
  total: SpendingTotal | null;
}

export interface SpendingChart {
  /** With a total, largest first: the bars. */
  rows: SpendingRow[];
  /** Without a stated or computable total (listed in the table as such). */
  missing: SpendingRow[];
  bars: BarDatum[];
}

export function spendingLabel(d: DisclosureSummary): string {
  return `${d.county_name} ${d.department_type_name} ${d.year}年${KIND_SHORT[d.kind]}`;
}

export function spendingChart(disclosures: DisclosureSummary[]): SpendingChart {
  const all = disclosures.map((d) => ({ d, total: spendingTotal(d) }));
  const rows = all
    .filter((r): r is { d: DisclosureSummary; total: SpendingTotal } => r.total !== null && r.total.fen !== null)
    .sort((a, b) => b.total.fen! - a.total.fen! || a.d.id.localeCompare(b.d.id));
  const missing = all.filter((r) => !r.total || r.total.fen === null);
  const bars = rows.map((r) => ({
    key: r.d.id,
    label: spendingLabel(r.d),
    value: r.total.fen! / 1_000_000,
    display: `${r.total.wan} 万元`,
    computed: r.total.computed,
  }));
  return { rows, missing, bars };
}
