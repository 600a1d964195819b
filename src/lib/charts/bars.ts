/**
 * Horizontal bar layout: one row per datum, the label on its own line above
 * the bar (so long Chinese labels work on a phone), the printed value in a
 * column on the right. An optional reference value (a weight, a budget) is
 * drawn as an outline bar behind the value bar. Pure: data in, geometry out.
 */
import { fitText, textWidth } from './text';
import { r1, valueAxis, type Tick } from './scale';

export interface BarRow {
  key: string;
  label: string;
  /** Numeric value for the geometry; null draws no bar (a gap, shown by `display`). */
  value: number | null;
  /** What to print: the exact figure as published, or a gap label. */
  display: string;
  /** Optional reference drawn behind the bar (e.g. the weight of an indicator). */
  ref?: number | null;
  /** Optional class suffix for the bar colour (e.g. "muted", "warn"). */
  tone?: string;
}

export interface BarGeom {
  key: string;
  label: string;
  fullLabel: string;
  display: string;
  labelY: number;
  barY: number;
  barHeight: number;
  barWidth: number;
  refWidth: number | null;
  valueY: number;
  missing: boolean;
  tone: string;
}

export interface BarLayout {
  width: number;
  height: number;
  plotWidth: number;
  rows: BarGeom[];
  ticks: Tick[];
  axisTop: number;
  axisBottom: number;
  tickLabelY: number;
  fontSize: number;
}

export interface BarOptions {
  width?: number;
  fontSize?: number;
  barHeight?: number;
  gap?: number;
  ticks?: number;
}

export function layoutBars(rows: BarRow[], opts: BarOptions = {}): BarLayout {
  const width = opts.width ?? 360;
  const fontSize = opts.fontSize ?? 12;
  const barHeight = opts.barHeight ?? 14;
  const gap = opts.gap ?? 10;
  const valueWidth = Math.max(0, ...rows.map((r) => textWidth(r.display, fontSize))) + 8;
  const plotWidth = Math.max(width * 0.45, width - valueWidth);
  const maxValue = Math.max(0, ...rows.flatMap((r) => [r.value ?? 0, r.ref ?? 0]));
  const axis = valueAxis(maxValue, plotWidth, opts.ticks ?? 4);
  let y = 2;
  const geoms: BarGeom[] = rows.map((r) => {
    const labelY = y + fontSize;
    const barY = labelY + 5;
    y = barY + barHeight + gap;
    return {
      key: r.key,
      label: fitText(r.label, width, fontSize),
      fullLabel: r.label,
      display: r.display,
      labelY: r1(labelY),
      barY: r1(barY),
      barHeight,
      barWidth: r.value === null ? 0 : r1(axis.x(r.value)),
      refWidth: r.ref === undefined || r.ref === null ? null : r1(axis.x(r.ref)),
      valueY: r1(barY + barHeight / 2 + fontSize * 0.35),
      missing: r.value === null,
      tone: r.tone ?? '',
    };
  });
  const axisTop = 2;
  const axisBottom = r1(y - gap + 4);
  const tickLabelY = r1(axisBottom + fontSize + 2);
  return {
    width,
    height: r1(tickLabelY + 4),
    plotWidth: r1(plotWidth),
    rows: geoms,
    ticks: axis.ticks.map((t) => ({ x: r1(t.x), label: t.label })),
    axisTop,
    axisBottom,
    tickLabelY,
    fontSize,
  };
}
