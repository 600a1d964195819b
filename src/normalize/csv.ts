import Papa from 'papaparse';
import type { Problem } from '../core/problems';

/** Where a CSV record sits: its spreadsheet row (the header is row 1) and the file line it starts on. */
export interface RowRef {
  /** The record's row as a spreadsheet shows it: header row 1, first record row 2. */
  row: number;
  /** The 1-based line of the file it starts on; larger than `row` once a quoted field holds line breaks. */
  line: number;
}

/** One data row of a CSV file. */
export interface CsvRow extends RowRef {
  values: Record<string, string>;
}

/**
 * The place of a record in a problem message: "row 5, fact t05.total, column value". The
 * spreadsheet row is what a curator sees; the file line is added when quoted line breaks
 * make it differ.
 */
export function rowWhere(r: RowRef, id?: { kind: string; value: string }, column?: string): string {
  const parts = [r.line === r.row ? `row ${r.row}` : `row ${r.row} (line ${r.line} of the file)`];
  if (id && id.value) parts.push(`${id.kind} ${id.value}`);
  if (column) parts.push(`column ${column}`);
  return parts.join(', ');
}

export interface CsvResult {
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

/**
 * Parse RFC 4180 CSV with papaparse, reporting malformed rows (unterminated
 * quotes, wrong number of fields) as problems that name the line.
 */
/** `knownColumns` null: any further column is accepted (e.g. a table published by another version). */
export function parseCsv(text: string, file: string, requiredColumns: readonly string[], knownColumns: readonly string[] | null): CsvResult {
  const problems: Problem[] = [];
  if (text.trim() === '') {
    return { header: [], rows: [], problems: [{ file, expected: `a header row (${requiredColumns.join(',')}) and data rows`, found: 'an empty file' }] };
  }
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  // Line numbers: papaparse reports rows by index; map each row to its starting
  // line by counting the line breaks that precede it in the raw text.
  const lineOf = rowStartLines(text);
  const data = parsed.data;
  for (const e of parsed.errors) {
    const known = e.row !== undefined && e.row !== null;
    problems.push({
      file,
      where: known ? rowWhere({ row: e.row! + 1, line: lineOf[e.row!] ?? e.row! + 1 }) : undefined,
      expected: 'well-formed CSV (RFC 4180: fields with commas, quotes, tabs or line breaks in double quotes)',
      found: e.code === 'MissingQuotes' ? 'a quoted field that is never closed (unterminated quote)' : e.message,
    });
  }
  if (problems.length) return { header: [], rows: [], problems };
  const header = (data[0] ?? []).map((h) => h.trim());
  const dup = header.filter((h, i) => h !== '' && header.indexOf(h) !== i);
  if (dup.length)
    return {
      header: [],
      rows: [],
      problems: [
        {
          file,
          where: 'line 1 (header)',
          expected: 'each column once in the header',
          found: `column${dup.length > 1 ? 's' : ''} ${[...new Set(dup)].join(', ')} more than once`,
        },
      ],
    };
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length)
    problems.push({ file, where: 'line 1 (header)', expected: `columns ${missing.join(', ')}`, found: `header ${header.join(',') || '(none)'}` });
  const unknown = knownColumns ? header.filter((h) => !knownColumns.includes(h)) : [];
  if (unknown.length)
    problems.push({
      file,
      where: 'line 1 (header)',
      expected: `only known columns (${knownColumns!.join(', ')})`,
      found: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
    });
  const rows: CsvRow[] = [];
  for (let r = 1; r < data.length; r++) {
    const cells = data[r];
    const ref = { row: r + 1, line: lineOf[r] ?? r + 1 };
    if (cells.length !== header.length) {
      problems.push({
        file,
        where: rowWhere(ref),
        expected: `${header.length} fields as in the header`,
        found: `${cells.length} field${cells.length === 1 ? '' : 's'}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = cells[i]));
    rows.push({ ...ref, values });
  }
  return { header, rows, problems };
}

/** Starting line (1-based) of each CSV record, honouring quoted line breaks. */
function rowStartLines(text: string): number[] {
  const starts: number[] = [1];
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      if (!inQuotes) atRecordStart = true;
      continue;
    }
    if (atRecordStart && !inQuotes && ch !== '\r') {
      if (starts[starts.length - 1] !== line) starts.push(line);
      atRecordStart = false;
    } else if (atRecordStart && inQuotes) {
      if (starts[starts.length - 1] !== line) starts.push(line);
      atRecordStart = false;
    }
  }
  return starts;
}
