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

/** Narrow on purpose: labels sit above the bars, so the chart reads at phone width without shrinking text. */
export const CHART_WIDTH = 420;
const ROW = 50;
const BAR = 18;
const TOP = 4;
/** Room right of the longest bar for the value as published ("162.935556 万元"). */
export const VALUE_SPACE = 128;
const AXIS = 26;

export function layoutBars(rows: BarInput[], width = CHART_WIDTH): BarLayout {
  const top = max(rows, (r) => r.value) ?? 0;
  const x = scaleLinear().domain([0, top > 0 ? top : 1]).nice(4).range([0, width - VALUE_SPACE]);
  const bars = rows.map((r, i) => {
    const labelY = TOP + i * ROW + 16;
    const barY = labelY + 7;
    const barWidth = Math.max(r.value > 0 ? 2 : 0, x(r.value));
    return { ...r, labelY, barY, barWidth, valueX: barWidth + 6 };
  });
  const axisY = TOP + rows.length * ROW + 6;
  const ticks = x.ticks(4).map((t) => ({ x: x(t), text: String(t) }));
  return { width, height: axisY + AXIS, barHeight: BAR, bars, ticks, axisY };
}
