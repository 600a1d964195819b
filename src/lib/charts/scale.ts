/**
 * The value axis shared by the bar layouts: a d3 linear scale from zero to a
 * "nice" maximum, with a few ticks. Values are plain numbers for geometry
 * only; what is printed next to a bar is the caller's exact display string.
 */
import { scaleLinear } from 'd3';

export interface Tick {
  x: number;
  label: string;
}

export interface ValueAxis {
  /** Map a value to an x offset in [0, width]. */
  x: (v: number) => number;
  ticks: Tick[];
  max: number;
}

/** Tick labels without binary noise: 0.30000000000000004 → "0.3". */
export function tickLabel(v: number): string {
  return String(Number(v.toPrecision(12)));
}

export function valueAxis(maxValue: number, width: number, tickCount = 4): ValueAxis {
  const top = maxValue > 0 && Number.isFinite(maxValue) ? maxValue : 1;
  const s = scaleLinear().domain([0, top]).range([0, width]).nice(tickCount);
  const ticks = s.ticks(tickCount).map((t) => ({ x: s(t), label: tickLabel(t) }));
  const max = s.domain()[1];
  return { x: (v) => Math.max(0, Math.min(width, s(v))), ticks, max };
}

/** Round to 0.1 so the SVG stays short. */
export function r1(v: number): number {
  return Math.round(v * 10) / 10;
}
