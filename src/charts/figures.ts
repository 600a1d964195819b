/**
 * A chart and its data table from the chart data the pages' view-models
 * produce: bars (with optional references), grouped bars (a heading per
 * group, a bar per series) and the composition bar. Charts laid out at build
 * time are PAGE_WIDTH wide and scale with the page (the CSS gives them their
 * width); the comparison lays its charts out at the width they are shown.
 */
import { barChart, type BarDatum } from './bars';
import { seriesRoleOf } from './palette';
import { layoutStack, stackChart } from './stack';
import { barTable, compositionTable, groupedTable, type ChartGroup, type ChartRow, type ChartSeries, type CompositionPart, type ChartTable } from './table';
import type { ElNode } from './tree';

export const PAGE_WIDTH = 360;

export interface Figure {
  svg: ElNode;
  table: ChartTable;
}

interface Titles {
  id: string;
  title: string;
  desc: string;
  unit?: string;
}

/** A chart row as a bar: "muted" is a value the portal computed, "warn" a withheld one. */
export function rowDatum(r: ChartRow): BarDatum {
  return { key: r.key, label: r.label, value: r.value, display: r.display, ref: r.ref, computed: r.tone === 'muted', role: r.tone === 'warn' ? 'hl' : 'bar' };
}

export function barFigure(t: Titles & { rows: ChartRow[]; headers: { label: string; value: string; ref: string } }): Figure {
  return {
    svg: barChart({ id: t.id, title: t.title, desc: t.desc, unit: t.unit ?? '', width: PAGE_WIDTH, rows: t.rows.map(rowDatum) }),
    table: barTable(t.rows, t.headers),
  };
}

export function groupedFigure(t: Titles & { series: ChartSeries[]; groups: ChartGroup[]; label: string }): Figure {
  const rows: BarDatum[] = t.groups.flatMap((g) =>
    t.series.map((s, i) => ({
      key: `${g.key}-${s.key}`,
      group: g.label,
      label: s.label,
      value: g.values[i] ?? null,
      display: g.displays[i] ?? '',
      role: seriesRoleOf(s.key, i),
    })),
  );
  return {
    svg: barChart({ id: t.id, title: t.title, desc: t.desc, unit: t.unit ?? '', width: PAGE_WIDTH, rows, className: 'chart-grouped' }),
    table: groupedTable(t.series, t.groups, t.label),
  };
}

export function compositionFigure(
  t: Titles & { parts: CompositionPart[]; headers: { label: string; value: string }; total?: { label: string; display: string } },
): Figure {
  const shares = layoutStack(t.parts).segments.map((s) => s.share);
  return {
    svg: stackChart({ id: t.id, title: t.title, desc: t.desc, parts: t.parts }),
    table: compositionTable(t.parts, shares, t.headers, t.total),
  };
}
