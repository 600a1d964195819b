/**
 * Grouped horizontal bars: for each group (e.g. 基本支出) one thin bar per
 * series (e.g. 年初预算 / 全年预算 / 决算), on a shared value axis, with a
 * legend that wraps to the chart width. Pure: data in, geometry out.
 */
import { fitText, textWidth } from './text';
import { r1, valueAxis, type Tick } from './scale';

export interface Series {
  key: string;
  label: string;
}

export interface GroupRow {
  key: string;
  label: string;
  /** One value per series (null = not stated: no bar, `displays` says why). */
  values: (number | null)[];
  displays: string[];
}

export interface GroupedBar {
  series: number;
  y: number;
  width: number;
  height: number;
  display: string;
  valueY: number;
  missing: boolean;
}

export interface GroupGeom {
  key: string;
  label: string;
  fullLabel: string;
  labelY: number;
  bars: GroupedBar[];
}

export interface LegendItem {
  series: number;
  label: string;
  x: number;
  y: number;
  swatchY: number;
}

export interface GroupedLayout {
  width: number;
  height: number;
  plotWidth: number;
  legend: LegendItem[];
  groups: GroupGeom[];
  ticks: Tick[];
  axisTop: number;
  axisBottom: number;
  tickLabelY: number;
  fontSize: number;
  swatch: number;
}

export function layoutGrouped(series: Series[], groups: GroupRow[], opts: { width?: number; fontSize?: number; barHeight?: number; ticks?: number } = {}): GroupedLayout {
  const width = opts.width ?? 360;
  const fontSize = opts.fontSize ?? 12;
  const barHeight = opts.barHeight ?? 11;
  const swatch = 10;
  // Legend, wrapping.
  const legend: LegendItem[] = [];
  let lx = 0;
  let ly = fontSize;
  series.forEach((s, i) => {
    const w = swatch + 4 + textWidth(s.label, fontSize) + 14;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += fontSize + 8;
    }
    legend.push({ series: i, label: s.label, x: r1(lx), y: r1(ly), swatchY: r1(ly - swatch + 1) });
    lx += w;
  });
  const allDisplays = groups.flatMap((g) => g.displays);
  const valueWidth = Math.max(0, ...allDisplays.map((d) => textWidth(d, fontSize))) + 8;
  const plotWidth = Math.max(width * 0.45, width - valueWidth);
  const maxValue = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  const axis = valueAxis(maxValue, plotWidth, opts.ticks ?? 4);
  let y = ly + 12;
  const axisTop = r1(y);
  const geoms: GroupGeom[] = groups.map((g) => {
    const labelY = y + fontSize;
    y = labelY + 6;
    const bars: GroupedBar[] = series.map((_, si) => {
      const v = g.values[si] ?? null;
      const bar: GroupedBar = {
        series: si,
        y: r1(y),
        width: v === null ? 0 : r1(axis.x(v)),
        height: barHeight,
        display: g.displays[si] ?? '',
        valueY: r1(y + barHeight / 2 + fontSize * 0.35),
        missing: v === null,
      };
      y += barHeight + 3;
      return bar;
    });
    y += 9;
    return { key: g.key, label: fitText(g.label, width, fontSize), fullLabel: g.label, labelY: r1(labelY), bars };
  });
  const axisBottom = r1(y - 6);
  const tickLabelY = r1(axisBottom + fontSize + 2);
  return {
    width,
    height: r1(tickLabelY + 4),
    plotWidth: r1(plotWidth),
    legend,
    groups: geoms,
    ticks: axis.ticks.map((t) => ({ x: r1(t.x), label: t.label })),
    axisTop,
    axisBottom,
    tickLabelY,
    fontSize,
    swatch,
  };
}
