/**
 * Composition (100 % stacked) bar: each part's share of the sum of the parts,
 * as one horizontal bar. Shares for the labels come from the caller when it
 * can compute them exactly; otherwise from the numbers, to one decimal.
 */
import { textWidth } from './text';
import { r1 } from './scale';

export interface StackPart {
  key: string;
  label: string;
  value: number;
  /** Share to print, e.g. "39.5%"; computed from the values when absent. */
  share?: string;
}

export interface StackSegment {
  key: string;
  label: string;
  index: number;
  x: number;
  width: number;
  share: string;
  /** Whether the share label fits inside the segment. */
  showLabel: boolean;
  labelX: number;
}

export interface StackLayout {
  width: number;
  height: number;
  barY: number;
  barHeight: number;
  labelY: number;
  segments: StackSegment[];
  total: number;
}

export function shareText(value: number, total: number): string {
  if (!(total > 0)) return '—';
  return `${(Math.round((value / total) * 1000) / 10).toFixed(1)}%`;
}

export function layoutStack(parts: StackPart[], opts: { width?: number; barHeight?: number; fontSize?: number } = {}): StackLayout {
  const width = opts.width ?? 360;
  const barHeight = opts.barHeight ?? 32;
  const fontSize = opts.fontSize ?? 13;
  const positive = parts.map((p) => ({ ...p, value: Math.max(0, p.value) }));
  const total = positive.reduce((s, p) => s + p.value, 0);
  let x = 0;
  const segments = positive.map((p, index) => {
    const w = total > 0 ? (p.value / total) * width : 0;
    const share = p.share ?? shareText(p.value, total);
    const seg: StackSegment = {
      key: p.key,
      label: p.label,
      index,
      x: r1(x),
      width: r1(w),
      share,
      showLabel: w >= textWidth(share, fontSize) + 8,
      labelX: r1(x + w / 2),
    };
    x += w;
    return seg;
  });
  return { width, height: barHeight, barY: 0, barHeight, labelY: r1(barHeight / 2 + fontSize * 0.35), segments, total };
}
