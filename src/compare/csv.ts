/**
 * CSV of a chart's data table, by the one CSV writer (src/core/csv.ts: RFC
 * 4180, CRLF). RFC 4180 has no comment lines, so the citation
 * is the last column, `citation`, with the same text on every row: the file
 * stays one rectangular table that pandas, R and Excel read as is.
 * UTF-8 with a byte-order mark so Excel shows the Chinese text; text cells that
 * a spreadsheet would run as a formula get a leading apostrophe
 * (src/core/spreadsheet-safe.ts).
 */
import type { DataTable } from './table';
import { BOM, CRLF, csvText } from '../core/csv';
import { neutraliseFormula as neutralise } from '../core/spreadsheet-safe';

export { BOM, neutralise };

export function tableCsv(table: DataTable, citation: string): string {
  const header = [...table.csvColumns, 'citation'];
  const rows = table.rows.map((r) => [...table.csvColumns.map((c) => neutralise(r.cells[c] ?? '')), neutralise(citation)]);
  return BOM + csvText([header, ...rows], CRLF);
}
