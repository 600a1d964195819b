/**
 * The horizontal bar chart, as an element tree: one row per datum, its label
 * on a line of its own above the bar (long Chinese labels fit a phone), the
 * value as printed at the bar's end. A gap is a row without a bar that says
 * why; a stated zero is a zero line. Optional: a reference value drawn as an
 * outline behind the bar (a weight, a full score), group headings (grouped
 * bars: each group's rows are its series, coloured by series), a computed
 * value drawn dashed and lighter. Negative values extend left of zero.
 * The unit sits under the axis. Pure: data in, tree out.
 */
import { chartSvg } from './frame';
import { color, fill, stroke, type Role } from './palette';
import { linearAxis, tickLabel } from './scale';
import { fitText, textWidth } from './text';
import { h, type Attr, type ElNode } from './tree';

export interface BarDatum {
  key: string;
  /** Printed above the bar (cut with … to the chart width; the data table has it whole). */
  label: string;
  /** Number for the geometry only; null draws no bar (a gap, explained by `display`). */
  value: number | null;
  /** What to print: the exact figure as published, or why there is none. */
  display: string;
  /** Reference drawn as an outline behind the bar (e.g. an indicator's weight). */
  ref?: number | null;
  /** Colour of the bar (default: the bar token). */
  role?: Role;
  /** A value the portal computed (not stated): lighter, with a dashed outline, in the colour of its role. */
  computed?: boolean;
  /** The highlighted row: bold, marked ▶. */
  strong?: boolean;
  /** Heading of the group the row starts or continues. */
  group?: string;
  /** Tooltip of the row (an SVG <title>). */
  title?: string;
  /** Extra attributes of the row's <g> (data-*, and classes added to "mark"). */
  attrs?: Record<string, Attr>;
}

export interface BarChartSpec {
  /** Unique on the page; prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  desc: string;
  /** Printed under the axis as 单位：…; empty for none. */
  unit: string;
  rows: BarDatum[];
  width: number;
  /** Extend the axis to at least this value (100 for percentages). */
  atLeast?: number;
  /** Class added to the <svg>. */
  className?: string;
}

export const BAR = { label: 13, value: 12, tick: 11, row: 42, group: 26, top: 4, left: 4, height: 15 } as const;

export function barChart(c: BarChartSpec): ElNode {
  const { label: LABEL, value: VALUE, tick: TICK, row: ROW, group: GROUP, top: TOP, left: LEFT, height: BH } = BAR;
  const drawn = c.rows.filter((r) => r.value !== null);
  const right = Math.max(40, ...drawn.map((r) => textWidth(r.display, VALUE + (r.strong ? 1 : 0)))) + 10;
  const plotW = Math.max(120, c.width - LEFT - right);
  const values = c.rows.flatMap((r) => [r.value ?? 0, r.ref ?? 0]);
  const axis = linearAxis(values, [LEFT, LEFT + plotW], { ticks: c.width < 480 ? 4 : 6, atLeast: c.atLeast ?? 0 });
  const x = axis.at;

  const rows: ElNode[] = [];
  let y = TOP;
  let group: string | undefined;
  for (const r of c.rows) {
    if (r.group !== undefined && r.group !== group) {
      group = r.group;
      rows.push(
        h(
          'text',
          { x: LEFT, y: y + 18, 'font-size': LABEL + 1, 'font-weight': 700, ...fill('fg', 'group-label') },
          fitText(r.group, c.width - LEFT, LABEL + 1),
        ),
      );
      y += GROUP;
    }
    const role = r.role ?? 'bar';
    const text = `${r.strong ? '▶ ' : ''}${r.label}`;
    const children: (ElNode | string | null)[] = [
      r.title ? h('title', {}, r.title) : null,
      h(
        'text',
        { x: LEFT, y: y + 14, 'font-size': LABEL, 'font-weight': r.strong ? 700 : 400, ...fill('fg', 'mark-label') },
        fitText(text, c.width - LEFT, LABEL),
      ),
    ];
    let end = x(0);
    if (r.ref !== undefined && r.ref !== null) {
      const rx0 = x(Math.min(0, r.ref));
      const rx1 = x(Math.max(0, r.ref));
      children.push(h('rect', { x: rx0, y: y + 19, width: rx1 - rx0, height: BH, 'stroke-width': 1.5, 'stroke-dasharray': '3 2', ...stroke('ref', 'ref') }));
      end = Math.max(end, rx1);
    }
    if (r.value !== null) {
      const x0 = x(Math.min(0, r.value));
      const x1 = x(Math.max(0, r.value));
      const w = x1 - x0;
      children.push(
        w > 0.5
          ? h('rect', {
              x: x0,
              y: y + 19,
              width: w,
              height: BH,
              ...fill(role, 'bar'),
              ...(r.computed
                ? { 'fill-opacity': 0.45, stroke: color(role), 'stroke-width': 1.5, 'stroke-dasharray': '4 3', class: `bar computed c-${role} s-${role}` }
                : {}),
            })
          : h('line', { x1: x0, x2: x0, y1: y + 17, y2: y + 36, 'stroke-width': 2, ...stroke(role, 'bar-zero') }),
        h('text', { x: Math.max(end, x1) + 5, y: y + 31, 'font-size': VALUE, 'font-weight': r.strong ? 700 : 400, ...fill('fg', 'bar-value') }, r.display),
      );
    } else {
      children.push(h('text', { x: LEFT, y: y + 32, 'font-size': VALUE, ...fill('muted', 'gap-text') }, r.display));
    }
    const extra = r.attrs ?? {};
    const cls = ['mark', extra.class].filter(Boolean).join(' ');
    rows.push(
      h(
        'g',
        { ...extra, class: cls, 'data-key': r.key },
        children.filter((n): n is ElNode => n !== null),
      ),
    );
    y += ROW;
  }
  const axisY = y + 4;
  const height = axisY + (c.unit ? 40 : 24);
  return chartSvg(
    c,
    `chart-bar${c.className ? ' ' + c.className : ''}`,
    c.width,
    height,
    {},
    h(
      'g',
      { class: 'grid-lines' },
      axis.ticks.map((t) => h('line', { x1: t.x, x2: t.x, y1: TOP, y2: axisY, ...stroke('line', 'grid') })),
    ),
    h('g', { class: 'marks' }, rows),
    h(
      'g',
      { class: 'axis' },
      h('line', { x1: LEFT, x2: LEFT + plotW, y1: axisY, y2: axisY, ...stroke('axis', 'axis-line') }),
      axis.ticks.map((t) => h('text', { ...tickLabel(t.x, t.label, TICK, c.width), y: axisY + 15, 'font-size': TICK, ...fill('muted', 'tick') }, t.label)),
      c.unit
        ? h('text', { x: LEFT + plotW, y: axisY + 33, 'font-size': TICK + 1, 'text-anchor': 'end', ...fill('fg', 'axis-title') }, `单位：${c.unit}`)
        : null,
    ),
  );
}
