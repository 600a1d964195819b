/**
 * The document's tables (公开01–09表, 基础数据表, 绩效自评表 …) in the shape it
 * publishes them, rebuilt from the curated facts' table / row / column / item
 * fields alone: a table per (section, table), its rows and columns as the
 * document names them, in document order, with codes and 合计 rows.
 *
 * Published tables are often side by side (公开01表: 收入 left, 支出 right;
 * 公开06表: three 科目 columns) or forms whose rows carry different columns
 * (a 基础数据表's staff line, then its money lines). Each such part becomes a
 * block with its own column headers: a side-by-side part is told by the cell
 * (tab position) its rows start at in the source line, a form part by a row
 * whose columns share none with the block above. A cell no fact fills is a
 * gap (the document leaves it blank), never a zero.
 *
 * Pure: facts and the source text in, plain data out.
 */
import type { Fact } from '../../schema/normalized';
import { figureView, type FigureView } from '../site/figures';
import { quoteHref } from '../../core/anchors';

/** One row of a block: the row label as printed, its code and depth, and one cell per block column. */
export interface TableRow {
  key: string;
  /** The row label as printed (the item when the document gives the row no label). */
  label: string;
  /** The classification code the row's figures carry (when they share one). */
  code: string | null;
  /** The label without the leading code (the code is shown apart); the item alone in a row split by item. */
  name: string;
  /** The row label shared by rows split by item (三、目标完成情况 → one row per goal), printed once above them. */
  group: string | null;
  /** 0 for 类 (3 digits), 1 for 款, 2 for 项; 0 without a code. */
  depth: number;
  /** A 合计 / 小计 / 总计 / 总分 row. */
  total: boolean;
  /** Several labelled figures of one published line: each cell names its figure's row label. */
  merged: boolean;
  /** Per block column: the facts in that cell (usually one; none where the document leaves it blank). */
  cells: Fact[][];
}

/** A run of rows sharing one header row. */
export interface TableBlock {
  key: string;
  /** Column labels as printed, in the document's order. */
  columns: string[];
  /** Per column, the unit all its stated figures share (then its cells omit it), else null. */
  units: (string | null)[];
  rows: TableRow[];
}

export interface StandardTable {
  key: string;
  table: string;
  section: string;
  /** Where the table starts in the source (its first figure's quote). */
  anchor: string;
  line: number;
  /** The unit every stated figure of the table shares (then cells omit it), else null. */
  unit: string | null;
  blocks: TableBlock[];
  /** Figures of the table with neither row nor column: a table published empty (本表无数据) and the like. */
  statements: Fact[];
  /** Every fact placed in this table (cells and statements), in document order. */
  facts: Fact[];
}

export interface StandardTablesView {
  tables: StandardTable[];
  /** Figures outside any table (sentences, headings), for the grouped lists. */
  rest: Fact[];
}

const TOTAL_RE = /(合计|小计|总计|总分)/;

/** Start offset of a quote anchor `q-<start>-<end>`; 0 when it is not one. */
export function anchorStart(anchor: string): number {
  const m = /^q-(\d+)-\d+$/.exec(anchor);
  return m ? Number(m[1]) : 0;
}

/** Index of the tab-separated cell of its line that `offset` falls in (0 for the first cell). */
export function cellIndexAt(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  let n = 0;
  for (let i = lineStart; i < offset && i < source.length; i++) if (source[i] === '\t') n++;
  return n;
}

/** Depth of a classification code: 3 digits 0, 5 digits 1, 7 digits 2. */
export function codeDepth(code: string | null): number {
  if (!code) return 0;
  return code.length >= 7 ? 2 : code.length >= 5 ? 1 : 0;
}

/** A fact with a place in a table: it names a table and a row or a column. */
export function hasTablePosition(f: Fact): boolean {
  return f.table.trim() !== '' && (f.row.trim() !== '' || f.column.trim() !== '');
}

interface Placed {
  fact: Fact;
  /** Position in the input (curated order), the tie-break for quotes that start together. */
  index: number;
  start: number;
}

const byPosition = (a: Placed, b: Placed) => a.start - b.start || a.index - b.index;

interface RowAcc {
  key: string;
  row: string;
  item: string;
  /** Row labels of single figures printed on one source line, merged into this row (元氏: 预算数 … 到位数 … 执行数 …). */
  merged: string[];
  placed: Placed[];
  first: Placed;
  /** Tab cell of its line where the row's first quote starts. */
  cell: number;
  line: number;
}

/** The row a fact belongs to: its row label, split by item where one row/column pair holds several items. */
function rowsOf(placed: Placed[]): RowAcc[] {
  const itemsPerCell = new Map<string, Set<string>>();
  for (const p of placed) {
    const k = `${p.fact.row}\u0000${p.fact.column}`;
    const s = itemsPerCell.get(k) ?? new Set<string>();
    s.add(p.fact.item);
    itemsPerCell.set(k, s);
  }
  const splitRows = new Set<string>();
  for (const [k, items] of itemsPerCell) if (items.size > 1) splitRows.add(k.split('\u0000')[0]);
  const rows = new Map<string, RowAcc>();
  for (const p of placed) {
    const split = splitRows.has(p.fact.row);
    const key = split ? `${p.fact.row}\u0000${p.fact.item}` : p.fact.row;
    const r = rows.get(key);
    if (r) r.placed.push(p);
    else
      rows.set(key, {
        key,
        row: p.fact.row,
        item: split || !p.fact.row.trim() ? p.fact.item : '',
        placed: [p],
        first: p,
        cell: 0,
        line: p.fact.line,
        merged: [],
      });
  }
  return [...rows.values()];
}

function rowLabel(r: RowAcc): string {
  if (r.merged.length) {
    const parts: string[] = [];
    for (const l of r.merged) for (const part of l.split(/\s*\/\s*/)) if (part && !parts.includes(part)) parts.push(part);
    return parts.join(' / ');
  }
  const row = r.row.trim();
  const item = r.item.trim();
  if (!row) return item || '（未注明行）';
  return item && item !== row ? `${row} · ${item}` : row;
}

function tableRow(r: RowAcc, columns: string[]): TableRow {
  const codes = new Set(r.placed.map((p) => p.fact.code).filter((c): c is string => !!c));
  const code = codes.size === 1 ? [...codes][0] : null;
  const label = rowLabel(r);
  const split = !r.merged.length && r.row.trim() !== '' && r.item.trim() !== '' && r.item.trim() !== r.row.trim();
  const name = split ? r.item.trim() : code && label.startsWith(code) ? label.slice(code.length).trim() || label : label;
  return {
    key: r.key,
    label,
    code,
    name,
    depth: codeDepth(code),
    group: split ? r.row.trim() : null,
    total: TOTAL_RE.test(r.row),
    merged: r.merged.length > 0,
    cells: columns.map((c) => r.placed.filter((p) => p.fact.column === c).map((p) => p.fact)),
  };
}

/**
 * Single figures that one source line prints under different row labels and
 * in different columns (a form line "预算数：0.5  到位数：0.5  执行数：0.5  100%")
 * are one published row: merged, the labels kept in order.
 */
function mergeLineRows(rows: RowAcc[]): RowAcc[] {
  const out: RowAcc[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    const single = r.placed.length === 1;
    const lastSingle = last && (last.merged.length > 0 || last.placed.length === 1);
    const lastCols = last ? new Set(last.placed.map((p) => p.fact.column)) : new Set<string>();
    if (last && single && lastSingle && last.line === r.line && last.cell === r.cell && !lastCols.has(r.first.fact.column)) {
      if (!last.merged.length) last.merged.push(rowLabel(last));
      last.merged.push(rowLabel(r));
      last.key = `${last.key}\u0001${r.key}`;
      last.placed.push(...r.placed);
    } else out.push(r);
  }
  return out;
}

/** Columns of a set of rows in order of first appearance (quote start, then curated order). */
function columnsOf(rows: RowAcc[]): string[] {
  const first = new Map<string, Placed>();
  for (const r of rows)
    for (const p of r.placed) {
      const f = first.get(p.fact.column);
      if (!f || byPosition(p, f) < 0) first.set(p.fact.column, p);
    }
  return [...first.entries()].sort((a, b) => byPosition(a[1], b[1])).map(([c]) => c);
}

/** Rows grouped into blocks: by side-by-side part, then split where a row shares no column with the block above. */
function blocksOf(tableKey: string, rows: RowAcc[], sideBySide: boolean): TableBlock[] {
  const parts = new Map<number, RowAcc[]>();
  for (const r of rows) {
    const k = sideBySide ? r.cell : 0;
    const list = parts.get(k) ?? [];
    list.push(r);
    parts.set(k, list);
  }
  const blocks: TableBlock[] = [];
  for (const [part, list] of [...parts.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => byPosition(a.first, b.first));
    let current: RowAcc[] = [];
    let cols = new Set<string>();
    const flush = () => {
      if (!current.length) return;
      const columns = columnsOf(current);
      const rows = current.map((r) => tableRow(r, columns));
      const units = columns.map((_, i) => commonUnit(rows.flatMap((r) => r.cells[i])));
      blocks.push({ key: `${tableKey}\u0000${part}\u0000${blocks.length}`, columns, units, rows });
    };
    for (const r of list) {
      const rc = new Set(r.placed.map((p) => p.fact.column));
      if (current.length && ![...rc].some((c) => cols.has(c))) {
        flush();
        current = [];
        cols = new Set();
      }
      current.push(r);
      for (const c of rc) cols.add(c);
    }
    flush();
  }
  return blocks;
}

/** The unit every stated figure of `facts` shares (then their cells omit it), else null. */
export function commonUnit(facts: Fact[]): string | null {
  const units = new Set(facts.filter((f) => f.value !== null && f.published.trim() !== '').map((f) => f.unit));
  return units.size === 1 ? [...units][0] : null;
}

/**
 * Every fact with a table lands in exactly one table: in one cell when it has
 * a row or a column, else among the table's statements. `source` is the text
 * the quote anchors point into (to tell side-by-side parts apart); without it
 * each table is read as one part.
 */
export function standardTables(facts: Fact[], source?: string): StandardTablesView {
  const groups = new Map<string, Placed[]>();
  const rest: Fact[] = [];
  facts.forEach((fact, index) => {
    if (!fact.table.trim()) {
      rest.push(fact);
      return;
    }
    const key = `${fact.section}\u0000${fact.table}`;
    const list = groups.get(key) ?? [];
    list.push({ fact, index, start: anchorStart(fact.anchor) });
    groups.set(key, list);
  });
  const tables: StandardTable[] = [];
  for (const [key, placed] of groups) {
    placed.sort(byPosition);
    const cellFacts = placed.filter((p) => hasTablePosition(p.fact));
    const located = rowsOf(cellFacts);
    for (const r of located) {
      r.first = r.placed.reduce((a, b) => (byPosition(b, a) < 0 ? b : a));
      r.cell = source ? cellIndexAt(source, r.first.start) : 0;
      r.line = r.first.fact.line;
    }
    located.sort((a, b) => byPosition(a.first, b.first));
    // Without the source a line's cells are unknown: nothing is merged.
    const rows = source ? mergeLineRows(located) : located;
    // Side by side when one source line starts rows at different cells.
    const cellsPerLine = new Map<number, Set<number>>();
    for (const r of rows) cellsPerLine.set(r.line, (cellsPerLine.get(r.line) ?? new Set()).add(r.cell));
    const sideBySide = [...cellsPerLine.values()].some((s) => s.size > 1);
    const first = placed[0].fact;
    tables.push({
      key,
      table: first.table,
      section: first.section,
      anchor: first.anchor,
      line: first.line,
      unit: commonUnit(placed.map((p) => p.fact)),
      blocks: blocksOf(key, rows, sideBySide),
      statements: placed.filter((p) => !hasTablePosition(p.fact)).map((p) => p.fact),
      facts: placed.map((p) => p.fact),
    });
  }
  tables.sort((a, b) => anchorStart(a.anchor) - anchorStart(b.anchor) || a.line - b.line);
  return { tables, rest };
}

/**
 * A table cell's figure for FigureValue: the value exactly as published,
 * linked to its quote; the unit left out when the table states one for all
 * its figures.
 */
export function cellView(f: Fact, tableUnit: string | null): FigureView {
  const v = figureView(f, f.id, { href: quoteHref(f.anchor) });
  return tableUnit && v.isNumber && f.unit === tableUnit ? { ...v, unit: '' } : v;
}

/** A cell the document leaves blank: shown as a gap, never as zero. */
export const BLANK_CELL: FigureView = figureView(null);

/** Header of the label column: 科目 where rows carry classification codes, else 项目. */
export function labelHeader(block: TableBlock): string {
  return block.rows.some((r) => r.code) ? '科目' : '项目';
}
