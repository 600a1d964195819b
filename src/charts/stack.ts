/**
 * Composition (100 % stacked) bar as an element tree: each part's share of
 * the sum of the parts, as one horizontal bar, coloured by series. Shares to
 * print come from the caller when it can compute them exactly; otherwise from
 * the numbers, to one decimal. A share is printed inside its segment when it
 * fits; the legend is the chart's data table (series swatches by index).
 */
import { chartSvg } from './frame';
import { color, fill, seriesRole } from './palette';
import { r1 } from './scale';
import { textWidth } from './text';
import { h, type ElNode } from './tree';

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
  barHeight: number;
  labelY: number;
  fontSize: number;
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
  return { width, barHeight, labelY: r1(barHeight / 2 + fontSize * 0.35), fontSize, segments, total };
}

export function stackChart(c: { id: string; title: string; desc: string; parts: StackPart[]; width?: number }): ElNode {
  const L = layoutStack(c.parts, { width: c.width });
  return chartSvg(
    c,
    'chart-stack',
    L.width,
    L.barHeight,
    { 'font-size': L.fontSize },
    L.segments.map((s) =>
      h('rect', { x: s.x, y: 0, width: s.width, height: L.barHeight, ...fill(seriesRole(s.index), 'seg'), stroke: color('bg'), 'stroke-width': 1.5 }),
    ),
    L.segments
      .filter((s) => s.showLabel)
      .map((s) => h('text', { x: s.labelX, y: L.labelY, 'text-anchor': 'middle', 'font-weight': 700, ...fill('bg', 'seg-lbl') }, s.share)),
  );
}
