/**
 * The downloadable chart: the chart's SVG on a white ground with its title
 * above, the caveats (比较须知) and the citation below, self-contained
 * (presentation attributes, no external styles), serialised with everything
 * from data escaped. A PNG is drawn from this SVG, so it carries the same.
 */
import { FONT, color } from './palette';
import { wrapText } from './text';
import { h, serialize, type ElNode } from './tree';

export const NOTES_TITLE = '比较须知';

export function exportTree(chart: ElNode, title: string, citation: string, notes: readonly string[] = []): ElNode {
  const w = Number(chart.attrs.width);
  const hgt = Number(chart.attrs.height);
  const titleLines = wrapText(title, 16, w - 24);
  const noteLines = notes.length ? [NOTES_TITLE, ...notes.flatMap((n) => wrapText(`· ${n}`, 11, w - 24))] : [];
  const citeLines = wrapText(citation, 11, w - 24);
  const top = 14 + titleLines.length * 22;
  const notesTop = top + hgt + 16;
  const citeTop = notesTop + noteLines.length * 15 + (noteLines.length ? 8 : 0);
  const total = citeTop + citeLines.length * 15 + 8;
  const meta = chart.children.filter((c): c is ElNode => typeof c !== 'string' && (c.tag === 'title' || c.tag === 'desc'));
  const body = chart.children.filter((c) => !(typeof c !== 'string' && (c.tag === 'title' || c.tag === 'desc')));
  return h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: w, height: total, viewBox: `0 0 ${w} ${total}`, 'font-family': FONT, role: 'img' },
    meta.map((m) => h(m.tag, {}, ...m.children)),
    h('rect', { x: 0, y: 0, width: w, height: total, fill: color('bg') }),
    titleLines.map((l, i) => h('text', { x: 12, y: 26 + i * 22, 'font-size': 16, 'font-weight': 700, fill: color('fg') }, l)),
    h('g', { transform: `translate(0 ${top})` }, body),
    noteLines.length
      ? h(
          'g',
          { class: 'export-notes' },
          noteLines.map((l, i) =>
            h('text', { x: 12, y: notesTop + i * 15, 'font-size': 11, 'font-weight': i === 0 ? 700 : 400, fill: color(i === 0 ? 'hl' : 'fg') }, l),
          ),
        )
      : null,
    citeLines.map((l, i) => h('text', { x: 12, y: citeTop + i * 15, 'font-size': 11, fill: color('muted') }, l)),
  );
}

export function exportSvg(chart: ElNode, title: string, citation: string, notes: readonly string[] = []): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(exportTree(chart, title, citation, notes))}\n`;
}
