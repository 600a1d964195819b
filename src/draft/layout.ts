/**
 * Table rows in the three layouts plain-text conversions produce:
 * - tab-separated: one row per line, cells split by tabs;
 * - space-aligned: one row per line, cells split by runs of two or more
 *   spaces (or ideographic spaces), in blocks of at least two such lines;
 * - flattened: one cell per line, each line starting with a tab, rows
 *   separated by blank lines (a line without a tab continues the cell above,
 *   e.g. "产出指标" / "(50 分)").
 * Every cell keeps its offsets so quotes and not-figure rules can point at it.
 */
import type { Line } from './text';

export type Layout = 'tab' | 'space' | 'flat';

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface Row {
  cells: Cell[];
  /** Offsets of the row's text in the source (the quote of the whole row). */
  start: number;
  end: number;
  /** 1-based line of the row's start. */
  line: number;
  lastLine: number;
  layout: Layout;
}

const SPACE_RUN = /[ \u3000]{2,}|\u3000/;

function splitCells(text: string, offset: number, sep: RegExp): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  const re = new RegExp(sep.source, 'g');
  for (const m of text.matchAll(re)) {
    cells.push(trimCell(text.slice(pos, m.index!), offset + pos));
    pos = m.index! + m[0].length;
  }
  cells.push(trimCell(text.slice(pos), offset + pos));
  return cells;
}

function trimCell(raw: string, start: number): Cell {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: start + lead, end: start + lead + text.length };
}

const isFlatCellLine = (t: string) => t.startsWith('\t') && !t.slice(1).includes('\t');
const isTabLine = (t: string) => t.includes('\t') && !isFlatCellLine(t);
/** A space-aligned line: at least three cells, or two with a number among them. */
const isSpaceLine = (t: string) => {
  if (t.includes('\t') || !t.trim()) return false;
  const n = splitCells(t.trim(), 0, SPACE_RUN).length;
  return n >= 3 || (n === 2 && /\d/.test(t));
};

export function rowsOf(lines: Line[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isTabLine(l.text)) {
      rows.push({ cells: splitCells(l.text, l.start, /\t/), start: l.start, end: l.start + l.text.length, line: l.n, lastLine: l.n, layout: 'tab' });
    } else if (isFlatCellLine(l.text)) {
      const cells: Cell[] = [];
      let j = i;
      for (; j < lines.length; j++) {
        const t = lines[j].text;
        if (t.trim() === '' && !isFlatCellLine(t)) break;
        if (isFlatCellLine(t)) cells.push(trimCell(t.slice(1), lines[j].start + 1));
        else if (!t.includes('\t') && cells.length && t.trim().length <= 30) {
          const c = cells[cells.length - 1];
          const end = lines[j].start + t.trimEnd().length;
          cells[cells.length - 1] = {
            text: (c.text ? c.text + '\n' : '') + t.trim(),
            start: c.text ? c.start : lines[j].start + (t.length - t.trimStart().length),
            end,
          };
        } else break;
      }
      const last = lines[j - 1];
      rows.push({ cells, start: l.start, end: last.start + last.text.length, line: l.n, lastLine: last.n, layout: 'flat' });
      i = j - 1;
    } else if (isSpaceLine(l.text) && (isSpaceLine(lines[i + 1]?.text ?? '') || isSpaceLine(lines[i - 1]?.text ?? ''))) {
      const lead = l.text.length - l.text.trimStart().length;
      rows.push({
        cells: splitCells(l.text.trim(), l.start + lead, SPACE_RUN),
        start: l.start + lead,
        end: l.start + l.text.trimEnd().length,
        line: l.n,
        lastLine: l.n,
        layout: 'space',
      });
    }
  }
  return rows;
}

/**
 * Consecutive rows form a block; blank lines may sit between rows, any other
 * line ends the block.
 */
export function blocksOf(rows: Row[], lines: Line[]): Row[][] {
  const blocks: Row[][] = [];
  let cur: Row[] = [];
  for (const r of rows) {
    const prev = cur[cur.length - 1];
    if (prev) {
      const between = lines.slice(prev.lastLine, r.line - 1);
      if (between.some((l) => l.text.trim() !== '')) {
        blocks.push(cur);
        cur = [];
      }
    }
    cur.push(r);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** The source text of a row. */
export const rowText = (source: string, r: Row) => source.slice(r.start, r.end);
