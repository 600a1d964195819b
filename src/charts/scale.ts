/**
 * The value axis of every chart: a d3 linear scale over [lo, hi] (zero
 * included), made "nice", with a few ticks and their labels. Numbers here are
 * for geometry only; what is printed beside a mark is the caller's exact
 * display string.
 */
import { scaleLinear } from 'd3';
import { textWidth } from './text';

export interface Tick {
  value: number;
  x: number;
  label: string;
}

export interface Axis {
  /** Map a value to a position in the range, clamped to it. */
  at: (v: number) => number;
  ticks: Tick[];
  domain: [number, number];
}

/**
 * An axis from `range[0]` to `range[1]` covering `values` and zero (and
 * `atLeast`, e.g. 100 for percentages). With nothing to show it spans 0…1.
 * Tick labels group thousands ("1,000") and carry no binary noise.
 */
export function linearAxis(values: number[], range: [number, number], opts: { ticks?: number; atLeast?: number; pad?: number } = {}): Axis {
  const count = opts.ticks ?? 4;
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = Math.min(0, ...finite);
  let hi = Math.max(0, opts.atLeast ?? 0, ...finite) * (opts.pad ?? 1);
  if (hi <= lo) hi = lo + 1;
  const s = scaleLinear().domain([lo, hi]).range(range).nice(count);
  const fmt = s.tickFormat(count);
  const ticks = s.ticks(count).map((t) => ({ value: t, x: s(t), label: fmt(t) }));
  const [a, b] = range[0] <= range[1] ? range : [range[1], range[0]];
  const d = s.domain() as [number, number];
  return { at: (v) => Math.max(a, Math.min(b, s(v))), ticks, domain: d };
}

/** Round to 0.1 so the SVG stays short. */
export function r1(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Where a value-axis tick label sits: centred under its tick, unless that
 * would cut it at the chart's edge (the "0.0" at the left edge of a phone
 * chart), in which case it is anchored to the edge it would cross.
 */
export function tickLabel(x: number, label: string, fontSize: number, width: number): { x: number; 'text-anchor': 'start' | 'middle' | 'end' } {
  const half = textWidth(label, fontSize) / 2;
  if (x - half < 0) return { x: Math.max(0, x - Math.min(half, 2)), 'text-anchor': 'start' };
  if (x + half > width) return { x: Math.min(width, x + Math.min(half, 2)), 'text-anchor': 'end' };
  return { x, 'text-anchor': 'middle' };
}
