/**
 * Scatter plot as an element tree: both axes start at zero and carry their
 * title and unit; each point is labelled, labels nudged apart so that they
 * overlap neither each other nor the points (a leader line when a label had
 * to move away). Pure: data in, tree out.
 */
import { chartSvg } from './frame';
import { fill, stroke, type Role } from './palette';
import { tickLabel, linearAxis } from './scale';
import { textWidth } from './text';
import { h, type Attr, type ElNode } from './tree';

const LABEL = 12;
const TICK = 11;

export interface ScatterDatum {
  key: string;
  x: number;
  y: number;
  /** Printed beside the point. */
  label: string;
  role?: Role;
  /** The highlighted point: bigger, bold label marked ▶. */
  strong?: boolean;
  /** Tooltip (an SVG <title>). */
  title?: string;
  attrs?: Record<string, Attr>;
}

export interface ScatterSpec {
  id: string;
  title: string;
  desc: string;
  /** Axis titles, e.g. 横轴：实有人数（人）. */
  xTitle: string;
  yTitle: string;
  points: ScatterDatum[];
  width: number;
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
export function placeLabels(pts: { px: number; py: number; w: number }[], bounds: Box): LabelSpot[] {
  const H = LABEL + 2;
  const order = pts.map((_, i) => i).sort((a, b) => pts[a].py - pts[b].py || pts[a].px - pts[b].px);
  const obstacles: Box[] = pts.map((p) => ({ x0: p.px - 6, x1: p.px + 6, y0: p.py - 6, y1: p.py + 6 }));
  const out: LabelSpot[] = new Array(pts.length);
  const inside = (b: Box) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  const free = (b: Box, self: number) => inside(b) && !obstacles.some((o, k) => k !== self && overlaps(o, b));
  for (const i of order) {
    const { px, py, w } = pts[i];
    // Text box for a baseline y: from y − LABEL + 1 to y + 3.
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
        for (const [x0, x, anchor] of [
          [px + 8, px + 8, 'start'],
          [px - 8 - w, px - 8, 'end'],
        ] as const) {
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

export function scatterChart(c: ScatterSpec): ElNode {
  const { width, points: pts } = c;
  const height = Math.round(Math.min(420, Math.max(260, width * 0.62)));
  const top = 30;
  const bottom = 48;
  const right = 12;
  // The y axis first, with a dummy range: its tick labels decide the left margin.
  const y0 = linearAxis(
    pts.map((p) => p.y),
    [0, 1],
    { ticks: 5, pad: 1.08, atLeast: 1 },
  );
  const left = Math.max(...y0.ticks.map((t) => textWidth(t.label, TICK))) + 12;
  const yAxis = linearAxis(
    pts.map((p) => p.y),
    [height - bottom, top],
    { ticks: 5, pad: 1.08, atLeast: 1 },
  );
  const xAxis = linearAxis(
    pts.map((p) => p.x),
    [left, width - right],
    { ticks: width < 480 ? 5 : 8, pad: 1.12, atLeast: 1 },
  );
  const xTicks = xAxis.ticks.filter((t) => Number.isInteger(t.value));
  const x = xAxis.at;
  const y = yAxis.at;

  const spots = placeLabels(
    pts.map((p) => ({ px: x(p.x), py: y(p.y), w: textWidth(p.label, LABEL) + (p.strong ? 16 : 0) })),
    { x0: 2, x1: width - 2, y0: top - 4, y1: height - bottom - 2 },
  );
  const marks = pts.map((p, i) => {
    const role = p.role ?? 'bar';
    const extra = p.attrs ?? {};
    return h(
      'g',
      { ...extra, class: ['mark point', extra.class].filter(Boolean).join(' '), 'data-key': p.key },
      p.title ? h('title', {}, p.title) : null,
      spots[i].leader ? h('line', { x1: x(p.x), y1: y(p.y), x2: spots[i].x, y2: spots[i].y - 4, ...stroke('axis', 'leader') }) : null,
      h('circle', { cx: x(p.x), cy: y(p.y), r: p.strong ? 7 : 5, ...fill(role, 'dot') }),
      h(
        'text',
        { x: spots[i].x, y: spots[i].y, 'text-anchor': spots[i].anchor, 'font-size': LABEL, 'font-weight': p.strong ? 700 : 400, ...fill('fg', 'point-label') },
        `${p.strong ? '▶ ' : ''}${p.label}`,
      ),
    );
  });
  return chartSvg(
    c,
    'chart-scatter',
    width,
    height,
    {},
    h(
      'g',
      { class: 'grid-lines' },
      yAxis.ticks.map((t) => h('line', { x1: left, x2: width - right, y1: t.x, y2: t.x, ...stroke('line', 'grid') })),
      xTicks.map((t) => h('line', { x1: t.x, x2: t.x, y1: top, y2: height - bottom, ...stroke('line', 'grid') })),
    ),
    h(
      'g',
      { class: 'axis' },
      h('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, ...stroke('axis', 'axis-line') }),
      h('line', { x1: left, x2: left, y1: top, y2: height - bottom, ...stroke('axis', 'axis-line') }),
      yAxis.ticks.map((t) => h('text', { x: left - 6, y: t.x + 4, 'text-anchor': 'end', 'font-size': TICK, ...fill('muted', 'tick') }, t.label)),
      xTicks.map((t) => h('text', { ...tickLabel(t.x, t.label, TICK, width), y: height - bottom + 15, 'font-size': TICK, ...fill('muted', 'tick') }, t.label)),
      h('text', { x: left, y: 14, 'font-size': TICK + 1, ...fill('fg', 'axis-title') }, c.yTitle),
      h('text', { x: width - right, y: height - 10, 'text-anchor': 'end', 'font-size': TICK + 1, ...fill('fg', 'axis-title') }, c.xTitle),
    ),
    h('g', { class: 'marks' }, marks),
  );
}
