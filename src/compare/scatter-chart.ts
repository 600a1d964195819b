/**
 * Scatter of staff (x) against an amount (y) as an element tree. Each point
 * is labelled with county, year and document kind; labels are nudged apart
 * so they do not overlap. Both axes start at zero and carry their unit.
 */
import { scaleLinear } from 'd3';
import { groupThousands } from '../core/decimal';
import { FONT, fill, stroke, type Role } from './chart-style';
import type { ScatterModel, ScatterPoint, Tone } from './model';
import { shortLabel } from './records';
import { textWidth } from './text-width';
import { h, type ElNode } from './tree';

const LABEL = 12;
const TICK = 11;
const TONE_ROLE: Record<Tone, Role> = { default: 'bar', hl: 'hl', a: 'a', b: 'b' };

export function plotted(p: ScatterPoint): boolean {
  return p.x.status === 'ok' && p.y.status === 'ok';
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A leader line from the point to the label when the label had to move away. */
  leader: boolean;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Place each label next to its point: right, left, above or below, the first
 * spot inside the plot that overlaps no point and no label placed before;
 * failing that, the nearest free spot straight below or above on the right,
 * with a leader line.
 */
export function placeLabels(pts: { px: number; py: number; w: number }[], bounds: { x0: number; x1: number; y0: number; y1: number }): LabelSpot[] {
  const H = LABEL + 2;
  const order = pts.map((_, i) => i).sort((a, b) => pts[a].py - pts[b].py || pts[a].px - pts[b].px);
  const obstacles: Box[] = pts.map((p) => ({ x0: p.px - 6, x1: p.px + 6, y0: p.py - 6, y1: p.py + 6 }));
  const out: LabelSpot[] = new Array(pts.length);
  const inside = (b: Box) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  const free = (b: Box, self: number) => inside(b) && !obstacles.some((o, k) => k !== self && overlaps(o, b));
  for (const i of order) {
    const { px, py, w } = pts[i];
    // Text box for a baseline y: from y − LABEL + 2 to y + 3.
    const box = (x0: number, y: number): Box => ({ x0, x1: x0 + w, y0: y - LABEL + 1, y1: y + 3 });
    const candidates: [Box, LabelSpot][] = [
      [box(px + 8, py + 4), { x: px + 8, y: py + 4, anchor: 'start', leader: false }],
      [box(px - 8 - w, py + 4), { x: px - 8, y: py + 4, anchor: 'end', leader: false }],
      [box(px - w / 2, py - 9), { x: px, y: py - 9, anchor: 'middle', leader: false }],
      [box(px - w / 2, py + 18), { x: px, y: py + 18, anchor: 'middle', leader: false }],
    ];
    let found = candidates.find(([b]) => free(b, i));
    for (let step = 1; !found && step < 40; step++) {
      for (const dy of [step * H, -step * H]) {
        for (const [x0, x, anchor] of [[px + 8, px + 8, 'start'], [px - 8 - w, px - 8, 'end']] as const) {
          const b = box(x0, py + 4 + dy);
          if (!found && free(b, i)) found = [b, { x, y: py + 4 + dy, anchor, leader: true }];
        }
      }
    }
    const chosen = found ?? candidates[0];
    obstacles.push(chosen[0]);
    out[i] = chosen[1];
  }
  return out;
}

export function scatterChartTree(m: ScatterModel, width: number, desc: string): ElNode {
  const pts = m.points.filter(plotted);
  const xs = pts.map((p) => Number(p.x.value));
  const ys = pts.map((p) => Number(p.y.value));
  const height = Math.round(Math.min(420, Math.max(260, width * 0.62)));
  const y = scaleLinear().domain([0, Math.max(1, ...ys) * 1.08]).nice(5);
  const yTicks = y.ticks(5);
  const yFmt = y.tickFormat(5);
  const left = Math.max(...yTicks.map((t) => textWidth(yFmt(t), TICK))) + 12;
  const top = 30;
  const bottom = 48;
  const right = 12;
  y.range([height - bottom, top]);
  const x = scaleLinear().domain([0, Math.max(1, ...xs) * 1.12]).nice(5).range([left, width - right]);
  const xTicks = x.ticks(width < 480 ? 5 : 8).filter((t) => Number.isInteger(t));

  const labels = pts.map((p) => shortLabel(p.record));
  const spots = placeLabels(
    pts.map((p, i) => ({ px: x(xs[i]), py: y(ys[i]), w: textWidth(labels[i], LABEL) + (p.tone === 'hl' ? 16 : 0) })),
    { x0: 2, x1: width - 2, y0: top - 4, y1: height - bottom - 2 },
  );
  const marks = pts.map((p, i) => {
    const role = TONE_ROLE[p.tone];
    const strong = p.tone === 'hl';
    return h(
      'g',
      { class: 'mark point', 'data-key': p.key, 'data-county': p.record.county_code, 'data-x': p.x.value, 'data-y': p.y.value },
      h('title', {}, `${p.label}：${m.xLabel} ${p.x.value} ${m.xUnit}，${m.yLabel} ${groupThousands(p.y.value!)} ${m.yUnit}`),
      spots[i].leader ? h('line', { x1: x(xs[i]), y1: y(ys[i]), x2: spots[i].x, y2: spots[i].y - 4, ...stroke('axis', 'leader') }) : null,
      h('circle', { cx: x(xs[i]), cy: y(ys[i]), r: strong ? 7 : 5, ...fill(role, `dot tone-${p.tone}`) }),
      h('text', { x: spots[i].x, y: spots[i].y, 'text-anchor': spots[i].anchor, 'font-size': LABEL, 'font-weight': strong ? 700 : 400, ...fill('fg', 'point-label') }, `${strong ? '▶ ' : ''}${labels[i]}`),
    );
  });
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart chart-scatter',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${m.id}-title ${m.id}-desc`,
      'font-family': FONT,
    },
    h('title', { id: `${m.id}-title` }, m.title),
    h('desc', { id: `${m.id}-desc` }, desc),
    h(
      'g',
      { class: 'grid-lines' },
      yTicks.map((t) => h('line', { x1: left, x2: width - right, y1: y(t), y2: y(t), ...stroke('line', 'grid') })),
      xTicks.map((t) => h('line', { x1: x(t), x2: x(t), y1: top, y2: height - bottom, ...stroke('line', 'grid') })),
    ),
    h(
      'g',
      { class: 'axis' },
      h('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, ...stroke('axis', 'axis-line') }),
      h('line', { x1: left, x2: left, y1: top, y2: height - bottom, ...stroke('axis', 'axis-line') }),
      yTicks.map((t) => h('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': TICK, ...fill('muted', 'tick') }, yFmt(t))),
      xTicks.map((t) => h('text', { x: x(t), y: height - bottom + 15, 'text-anchor': 'middle', 'font-size': TICK, ...fill('muted', 'tick') }, String(t))),
      h('text', { x: left, y: 14, 'font-size': TICK + 1, ...fill('fg', 'axis-title') }, `纵轴：${m.yLabel}（${m.yUnit}）`),
      h('text', { x: width - right, y: height - 10, 'text-anchor': 'end', 'font-size': TICK + 1, ...fill('fg', 'axis-title') }, `横轴：${m.xLabel}（${m.xUnit}）`),
    ),
    h('g', { class: 'marks' }, marks),
  );
}

export function scatterDesc(m: ScatterModel): string {
  const pts = m.points.filter(plotted);
  const gaps = m.points.length - pts.length;
  const list = pts.map((p) => `${p.label} ${p.x.value} ${m.xUnit}、${groupThousands(p.y.value!)} ${m.yUnit}`).join('；');
  return `散点图，横轴${m.xLabel}（${m.xUnit}），纵轴${m.yLabel}（${m.yUnit}），${pts.length} 个点${list ? '：' + list : ''}。${gaps ? `${gaps} 份文件缺少数据未画点，见表。` : ''}`;
}
