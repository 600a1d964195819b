/**
 * CSV of a chart's data table, by the one CSV writer (src/core/csv.ts: RFC
 * 4180, CRLF). RFC 4180 has no comment lines, so the caveats (比较须知) and
 * the citation (with the source list) are the last two columns, `caveats` and
 * `citation`, with the same text on every row: the file stays one rectangular
 * table that pandas, R and Excel read as is.
 * UTF-8 with a byte-order mark so Excel shows the Chinese text; text cells that
 * a spreadsheet would run as a formula get a leading apostrophe
 * (src/core/spreadsheet-safe.ts).
 */
import type { DataTable } from './table';
import { BOM, CRLF, csvText } from '../core/csv';
import { neutraliseFormula as neutralise } from '../core/spreadsheet-safe';

export { BOM, neutralise };

export function tableCsv(table: DataTable, citation: string, notes: readonly string[] = []): string {
  const header = [...table.csvColumns, 'caveats', 'citation'];
  const caveats = neutralise(notes.join(' '));
  const rows = table.rows.map((r) => [...table.csvColumns.map((c) => neutralise(r.cells[c] ?? '')), caveats, neutralise(citation)]);
  return BOM + csvText([header, ...rows], CRLF);
}
