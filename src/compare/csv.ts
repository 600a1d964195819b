/**
 * CSV of a chart's data table (RFC 4180: CRLF, fields quoted when they hold a
 * comma, quote or line break). RFC 4180 has no comment lines, so the citation
 * is the last column, `citation`, with the same text on every row: the file
 * stays one rectangular table that pandas, R and Excel read as is.
 * UTF-8 with a byte-order mark so Excel shows the Chinese text; text cells that
 * a spreadsheet would run as a formula get a leading apostrophe
 * (src/core/spreadsheet-safe.ts).
 */
import type { DataTable } from './table';
import { neutraliseFormula as neutralise } from '../core/spreadsheet-safe';

export const BOM = '\uFEFF';

function field(s: string): string {
  return /[",\r\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export { neutralise };

export function tableCsv(table: DataTable, citation: string): string {
  const header = [...table.csvColumns, 'citation'];
  const lines = [header.map(field).join(',')];
  for (const r of table.rows) {
    lines.push([...table.csvColumns.map((c) => neutralise(r.cells[c] ?? '')), neutralise(citation)].map(field).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
