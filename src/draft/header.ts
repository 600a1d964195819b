/**
 * The header of a table block: which leading rows are headers, the label
 * path of every column (merged header cells carried over), and the 栏次 /
 * column-number rows that are not figures.
 */
import type { Row } from './layout';

export const NUMBER_CELL = /^-?\d+(?:\.\d+)?$/;
export const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');

export interface Header {
  headerRows: Row[];
  /** 栏次 rows and rows numbering the columns 1, 2, 3 … */
  columnNumberRows: Row[];
  dataRows: Row[];
  /** Per column index: labels from the top header row down (normalised, empty ones left out). */
  labels: string[][];
}

/** A row that numbers the columns: 栏次 … or 1 2 3 … n. */
export function isColumnNumberRow(r: Row): boolean {
  const t = r.cells.map((c) => norm(c.text)).filter(Boolean);
  if (t[0] === '栏次') return true;
  return t.length >= 3 && t.every((x, i) => x === String(i + 1));
}

export function splitHeader(block: Row[]): Header {
  const headerRows: Row[] = [];
  const columnNumberRows: Row[] = [];
  let i = 0;
  for (; i < block.length; i++) {
    const r = block[i];
    if (isColumnNumberRow(r)) {
      columnNumberRows.push(r);
      i++;
      break;
    }
    if (r.cells.some((c) => NUMBER_CELL.test(norm(c.text)))) break;
    headerRows.push(r);
  }
  const dataRows = block.slice(i).filter((r) => !isColumnNumberRow(r) || !columnNumberRows.push(r));
  const width = Math.max(0, ...block.map((r) => r.cells.length));
  const labels: string[][] = Array.from({ length: width }, () => []);
  headerRows.forEach((r, k) => {
    let left = '';
    for (let c = 0; c < width; c++) {
      const own = norm(r.cells[c]?.text ?? '');
      if (own) {
        left = own;
        labels[c].push(own);
        continue;
      }
      // A merged cell: the label to the left spans this column when this is
      // the top header row, or when a lower header row names this column.
      const lowerNames = headerRows.slice(k + 1).some((h) => norm(h.cells[c]?.text ?? ''));
      if (left && c > 0 && (k === 0 || lowerNames)) labels[c].push(left);
    }
  });
  return { headerRows, columnNumberRows, dataRows, labels };
}
