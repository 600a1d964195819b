/**
 * CSV for the downloads, written by the one CSV writer (src/core/csv.ts: RFC
 * 4180, CRLF after every record) and read with papaparse. The research copy is UTF-8
 * without BOM; the Excel copy has a BOM and neutralises text a spreadsheet
 * would execute as a formula.
 */
import Papa from 'papaparse';
import { BOM, CRLF, csvText } from '../core/csv';
import { neutraliseFormula } from '../core/spreadsheet-safe';
import { DECIMAL, type Cell, type ColumnSpec, type Row, type TableSpec } from './columns';

export { BOM };
export const NEWLINE = CRLF;

/** A cell as CSV text: missing → empty field, booleans as true/false, numbers and decimals as written. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** Excel copy: formula-like text gets a leading apostrophe (the one neutraliser: src/core/spreadsheet-safe.ts). */
export const neutralise = neutraliseFormula;

export interface CsvOptions {
  excel?: boolean;
}

export function csvHeader(t: TableSpec): string {
  return csvText([Object.keys(t.columns)], NEWLINE);
}

/** Records of `rows` (each ending with CRLF), without the header. */
export function csvRecords(t: TableSpec, rows: readonly Row[], opts: CsvOptions = {}): string {
  const names = Object.keys(t.columns);
  const fix = opts.excel ? neutralise : (s: string) => s;
  return csvText(
    rows.map((r) => names.map((n) => fix(cellText(r[n])))),
    NEWLINE,
  );
}

/** A whole CSV file as one string (header and rows; BOM for the Excel copy). */
export function toCsv(t: TableSpec, rows: readonly Row[], opts: CsvOptions = {}): string {
  return (opts.excel ? BOM : '') + csvHeader(t) + csvRecords(t, rows, opts);
}

export interface ParsedCsv {
  hadBom: boolean;
  header: string[];
  records: string[][];
}

/** Read a CSV file written here (or any RFC 4180 CSV) with papaparse; throws on malformed CSV. */
export function parseCsvText(text: string): ParsedCsv {
  const hadBom = text.startsWith(BOM);
  const body = hadBom ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',', skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`malformed CSV: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  const [header = [], ...records] = parsed.data;
  for (const [i, r] of records.entries())
    if (r.length !== header.length) throw new Error(`malformed CSV: record ${i + 1} has ${r.length} fields, the header ${header.length}`);
  return { hadBom, header, records };
}

/** A CSV field back to its typed cell, as the column declares; throws when the text is not of that type. */
export function readCell(c: ColumnSpec, s: string): Cell {
  if (s === '') return null;
  switch (c.type) {
    case 'integer':
      if (!/^-?\d+$/.test(s)) throw new Error(`"${s}" is not an integer`);
      return Number(s);
    case 'number':
      if (!DECIMAL.test(s)) throw new Error(`"${s}" is not a decimal number`);
      return s;
    case 'boolean':
      if (s !== 'true' && s !== 'false') throw new Error(`"${s}" is not true or false`);
      return s === 'true';
    case 'string':
      return s;
  }
}

/** Parse a table's CSV back into typed rows (header must equal the spec's columns). */
export function readTable(t: TableSpec, text: string): Row[] {
  const { header, records } = parseCsvText(text);
  const names = Object.keys(t.columns);
  if (header.join(',') !== names.join(',')) throw new Error(`${t.name}: header ${header.join(',')} differs from the columns ${names.join(',')}`);
  return records.map((r, i) => {
    const row: Row = {};
    names.forEach((n, j) => {
      try {
        row[n] = readCell(t.columns[n], r[j]);
      } catch (e) {
        throw new Error(`${t.name} record ${i + 1}, column ${n}: ${(e as Error).message}`);
      }
    });
    return row;
  });
}
