/**
 * Layout of a horizontal bar chart computed at build time with d3 scales:
 * one row per item, the label above its bar and the value as published at
 * the bar's end. Geometry only; the component renders the SVG.
 */
import { max, scaleLinear } from 'd3';

export interface BarInput {
  key: string;
  label: string;
  /** Numeric value for the geometry only (display uses `valueText`). */
  value: number;
  valueText: string;
  /** Drawn distinctly and marked in the label: a computed, not a stated, value. */
  computed: boolean;
  href?: string;
}

export interface BarGeometry extends BarInput {
  labelY: number;
  barY: number;
  barWidth: number;
  valueX: number;
}

export interface BarLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: BarGeometry[];
  ticks: { x: number; text: string }[];
  axisY: number;
}

export const CHART_WIDTH = 640;
const ROW = 64;
const BAR = 24;
const TOP = 8;
const VALUE_SPACE = 150;
const AXIS = 34;

export function layoutBars(rows: BarInput[], width = CHART_WIDTH): BarLayout {
  const top = max(rows, (r) => r.value) ?? 0;
  const x = scaleLinear().domain([0, top > 0 ? top : 1]).nice(4).range([0, width - VALUE_SPACE]);
  const bars = rows.map((r, i) => {
    const labelY = TOP + i * ROW + 20;
    const barY = labelY + 10;
    const barWidth = Math.max(r.value > 0 ? 2 : 0, x(r.value));
    return { ...r, labelY, barY, barWidth, valueX: barWidth + 8 };
  });
  const axisY = TOP + rows.length * ROW + 6;
  const ticks = x.ticks(4).map((t) => ({ x: x(t), text: String(t) }));
  return { width, height: axisY + AXIS, barHeight: BAR, bars, ticks, axisY };
}
