/**
 * The downloadable chart: the chart's SVG on a white ground with its title
 * above and the citation below, self-contained (presentation attributes, no
 * external styles), serialised with everything from data escaped.
 */
import { FONT, color } from './palette';
import { wrapText } from './text';
import { h, serialize, type ElNode } from './tree';

export function exportTree(chart: ElNode, title: string, citation: string): ElNode {
  const w = Number(chart.attrs.width);
  const hgt = Number(chart.attrs.height);
  const titleLines = wrapText(title, 16, w - 24);
  const citeLines = wrapText(citation, 11, w - 24);
  const top = 14 + titleLines.length * 22;
  const total = top + hgt + 16 + citeLines.length * 15 + 8;
  const meta = chart.children.filter((c): c is ElNode => typeof c !== 'string' && (c.tag === 'title' || c.tag === 'desc'));
  const body = chart.children.filter((c) => !(typeof c !== 'string' && (c.tag === 'title' || c.tag === 'desc')));
  return h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: w, height: total, viewBox: `0 0 ${w} ${total}`, 'font-family': FONT, role: 'img' },
    meta.map((m) => h(m.tag, {}, ...m.children)),
    h('rect', { x: 0, y: 0, width: w, height: total, fill: color('bg') }),
    titleLines.map((l, i) => h('text', { x: 12, y: 26 + i * 22, 'font-size': 16, 'font-weight': 700, fill: color('fg') }, l)),
    h('g', { transform: `translate(0 ${top})` }, body),
    citeLines.map((l, i) => h('text', { x: 12, y: top + hgt + 16 + i * 15, 'font-size': 11, fill: color('muted') }, l)),
  );
}

export function exportSvg(chart: ElNode, title: string, citation: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(exportTree(chart, title, citation))}\n`;
}
