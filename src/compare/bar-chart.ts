/**
 * Horizontal bar chart as an element tree (d3-scale for the geometry). One
 * row per mark: the label (county, year, document kind) above its bar, the
 * value at the bar's end; a gap is a row without a bar that says why. The
 * unit sits under the axis. Optional group headings (the pair page).
 */
import { scaleLinear } from 'd3';
import { groupThousands } from '../core/decimal';
import { COLOR, FONT, fill, stroke, type Role } from './chart-style';
import type { Mark, Tone } from './model';
import { textWidth } from './text-width';
import { h, type ElNode } from './tree';

export interface BarChartInput {
  id: string;
  title: string;
  desc: string;
  unit: string;
  marks: Mark[];
  /** Extend the axis to at least this value (100 for percentages). */
  domainAtLeast: number;
  width: number;
}

const LABEL = 13;
const VALUE = 12;
const TICK = 11;
const ROW = 42;
const GROUP = 26;
const TOP = 4;
const LEFT = 4;

const TONE_ROLE: Record<Tone, Role> = { default: 'bar', hl: 'hl', a: 'a', b: 'b' };

/** A value is flagged when it is, or rests on, a sum the portal computed in place of a stated total. */
export function isFlagged(m: Mark): boolean {
  return m.value.status === 'ok' && m.value.computed && m.value.reason !== null;
}

export function valueLabel(m: Mark): string {
  return `${groupThousands(m.value.value!)}${isFlagged(m) ? '（计算值）' : ''}`;
}

export function markTitle(m: Mark, unit: string): string {
  const group = m.group ? `${m.group}，` : '';
  return m.value.status === 'ok' ? `${group}${m.label}：${valueLabel(m)} ${unit}` : `${group}${m.label}：空缺，${m.value.reason}`;
}

export function barChartTree(c: BarChartInput): ElNode {
  const ok = c.marks.filter((m) => m.value.status === 'ok');
  const nums = ok.map((m) => Number(m.value.value));
  const right = Math.max(40, ...ok.map((m) => textWidth(valueLabel(m), VALUE))) + 10;
  const plotW = Math.max(120, c.width - LEFT - right);
  const lo = Math.min(0, ...nums);
  const hi = Math.max(c.domainAtLeast, ...nums, lo === 0 ? 1 : 0);
  const x = scaleLinear().domain([lo, hi]).nice(5).range([LEFT, LEFT + plotW]);
  const ticks = x.ticks(c.width < 480 ? 4 : 6);
  const tickText = x.tickFormat(c.width < 480 ? 4 : 6);

  const rows: ElNode[] = [];
  let y = TOP;
  let group: string | undefined;
  for (const m of c.marks) {
    if (m.group !== undefined && m.group !== group) {
      group = m.group;
      rows.push(h('text', { x: LEFT, y: y + 18, 'font-size': LABEL + 1, 'font-weight': 700, ...fill('fg', 'group-label') }, m.group));
      y += GROUP;
    }
    const role = TONE_ROLE[m.tone];
    const strong = m.tone === 'hl';
    const children: (ElNode | string)[] = [
      h('title', {}, markTitle(m, c.unit)),
      h('text', { x: LEFT, y: y + 14, 'font-size': LABEL, 'font-weight': strong ? 700 : 400, ...fill('fg', 'mark-label') }, `${strong ? '▶ ' : ''}${m.label}`),
    ];
    if (m.value.status === 'ok') {
      const v = Number(m.value.value);
      const x0 = x(Math.min(0, v));
      const x1 = x(Math.max(0, v));
      const w = x1 - x0;
      children.push(
        w > 0.5
          ? h('rect', { x: x0, y: y + 19, width: w, height: 15, ...fill(role, `bar tone-${m.tone}`), ...(isFlagged(m) ? { 'fill-opacity': 0.55, stroke: COLOR[role], 'stroke-dasharray': '3 2' } : {}) })
          : h('line', { x1: x0, x2: x0, y1: y + 17, y2: y + 36, 'stroke-width': 2, ...stroke(role, `bar-zero tone-${m.tone}`) }),
        h('text', { x: x1 + 5, y: y + 31, 'font-size': VALUE, ...fill('fg', 'bar-value'), 'font-weight': strong ? 700 : 400 }, valueLabel(m)),
      );
    } else {
      children.push(h('text', { x: LEFT, y: y + 32, 'font-size': VALUE, ...fill('muted', 'gap-text') }, `空缺：${m.value.reason}`));
    }
    rows.push(h('g', { class: `mark status-${m.value.status}`, 'data-key': m.key, 'data-county': m.record.county_code, 'data-status': m.value.status, 'data-value': m.value.value ?? '' }, children));
    y += ROW;
  }
  const axisY = y + 4;
  const height = axisY + 40;
  const grid = ticks.map((t) => h('line', { x1: x(t), x2: x(t), y1: TOP, y2: axisY, ...stroke('line', 'grid') }));
  const axis = h(
    'g',
    { class: 'axis' },
    h('line', { x1: LEFT, x2: LEFT + plotW, y1: axisY, y2: axisY, ...stroke('axis', 'axis-line') }),
    ticks.map((t) => h('text', { x: x(t), y: axisY + 15, 'font-size': TICK, 'text-anchor': 'middle', ...fill('muted', 'tick') }, tickText(t))),
    h('text', { x: LEFT + plotW, y: axisY + 33, 'font-size': TICK + 1, 'text-anchor': 'end', ...fill('fg', 'axis-title') }, `单位：${c.unit}`),
  );
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart chart-bar',
      viewBox: `0 0 ${c.width} ${height}`,
      width: c.width,
      height,
      role: 'img',
      'aria-labelledby': `${c.id}-title ${c.id}-desc`,
      'font-family': FONT,
    },
    h('title', { id: `${c.id}-title` }, c.title),
    h('desc', { id: `${c.id}-desc` }, c.desc),
    h('g', { class: 'grid-lines' }, grid),
    h('g', { class: 'marks' }, rows),
    axis,
  );
}

/** One-sentence description of a bar chart for screen readers. */
export function barDesc(marks: Mark[], unit: string, sortText: string): string {
  const ok = marks.filter((m) => m.value.status === 'ok');
  const gaps = marks.length - ok.length;
  const parts = [`条形图，${marks.length} 项，${sortText}。`];
  if (ok.length) parts.push(ok.map((m) => `${m.group ? m.group + ' ' : ''}${m.label} ${valueLabel(m)} ${unit}`).join('；') + '。');
  if (gaps) parts.push(`${gaps} 项空缺，原因见表。`);
  return parts.join('');
}
