/**
 * The data table of a chart: every plotted row, with the value as printed
 * (gaps in words), the full label, and the link of a value to its source.
 * The chart data types the pages' view-models produce live here too: values
 * are numbers for geometry only; `display` is the exact text printed (the
 * published figure or a gap label such as 文件未载明).
 */
import { seriesRole, type Role } from './palette';
import { h, type Attr, type ElNode } from './tree';

export interface ChartRow {
  key: string;
  label: string;
  value: number | null;
  display: string;
  href?: string | null;
  /** Optional reference value drawn behind the bar, with its printed form. */
  ref?: number | null;
  refDisplay?: string;
  /** Optional colour variant: "muted" (computed), "warn" (withheld). */
  tone?: string;
}

export interface CompositionPart {
  key: string;
  label: string;
  value: number;
  display: string;
  /** Share to print (exact, one decimal); computed from the values when absent. */
  share?: string;
  href?: string | null;
}

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartGroup {
  key: string;
  label: string;
  values: (number | null)[];
  displays: string[];
  hrefs?: (string | null)[];
}

export interface Cell {
  text: string;
  href?: string | null;
  /** A colour swatch before the text (the legend of a composition bar). */
  swatch?: Role;
  /** Extra attributes of the cell (e.g. data-col). */
  attrs?: Record<string, Attr>;
}

export interface ChartTable {
  /** Optional caption, with its id (for aria-labelledby). */
  caption?: { id: string; text: string };
  /** Column headers; the first column holds the row headers. */
  columns: { label: string; numeric: boolean }[];
  /** Rows; `attrs` are extra attributes of the <tr> (data-key, a class for gaps). */
  rows: { key: string; cells: Cell[]; attrs?: Record<string, Attr> }[];
  /** Optional closing row (e.g. the sum of the parts). */
  foot?: Cell[];
}

export function barTable(rows: ChartRow[], h: { label: string; value: string; ref: string }): ChartTable {
  const hasRef = rows.some((r) => r.ref !== undefined && r.ref !== null);
  return {
    columns: [{ label: h.label, numeric: false }, { label: h.value, numeric: true }, ...(hasRef ? [{ label: h.ref, numeric: true }] : [])],
    rows: rows.map((r) => ({ key: r.key, cells: [{ text: r.label }, { text: r.display, href: r.href }, ...(hasRef ? [{ text: r.refDisplay ?? '' }] : [])] })),
  };
}

export function groupedTable(series: ChartSeries[], groups: ChartGroup[], label: string): ChartTable {
  return {
    columns: [{ label, numeric: false }, ...series.map((s) => ({ label: s.label, numeric: true }))],
    rows: groups.map((g) => ({ key: g.key, cells: [{ text: g.label }, ...series.map((_, i) => ({ text: g.displays[i] ?? '', href: g.hrefs?.[i] }))] })),
  };
}

export function compositionTable(
  parts: CompositionPart[],
  shares: string[],
  h: { label: string; value: string },
  total?: { label: string; display: string },
): ChartTable {
  return {
    columns: [
      { label: h.label, numeric: false },
      { label: h.value, numeric: true },
      { label: '占比', numeric: true },
    ],
    rows: parts.map((p, i) => ({ key: p.key, cells: [{ text: p.label, swatch: seriesRole(i) }, { text: p.display, href: p.href }, { text: shares[i] }] })),
    foot: total ? [{ text: total.label }, { text: total.display }, { text: '100%' }] : undefined,
  };
}

function cellContent(c: Cell): (ElNode | string)[] {
  const text = c.href ? h('a', { href: c.href }, c.text) : c.text;
  return c.swatch ? [h('span', { class: `sw sw-${c.swatch}`, 'aria-hidden': 'true' }), text] : [text];
}

function rowTree(cells: Cell[], columns: ChartTable['columns'], attrs: Record<string, Attr> = {}): ElNode {
  return h(
    'tr',
    attrs,
    cells.map((c, i) =>
      i === 0 ? h('th', { scope: 'row', ...c.attrs }, cellContent(c)) : h('td', { class: columns[i]?.numeric ? 'num' : undefined, ...c.attrs }, cellContent(c)),
    ),
  );
}

/** The table as an element tree (rendered by Astro at build time, or in the browser). */
export function tableTree(t: ChartTable, className?: string, attrs: Record<string, Attr> = {}): ElNode {
  return h(
    'table',
    { class: className, ...attrs },
    t.caption ? h('caption', { id: t.caption.id }, t.caption.text) : null,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        t.columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : undefined }, c.label)),
      ),
    ),
    h(
      'tbody',
      {},
      t.rows.map((r) => rowTree(r.cells, t.columns, r.attrs)),
    ),
    t.foot ? h('tfoot', {}, rowTree(t.foot, t.columns)) : null,
  );
}
