/**
 * The one CSV writer (RFC 4180): fields joined by commas, a field quoted (its
 * quotes doubled) when it holds a comma, quote, tab, line break, byte-order
 * mark or leading/trailing white space; every record, the last too, ends with
 * the newline given (CRLF for the downloads and chart data, LF for curated
 * files). Browser-safe and dependency-free: the compare island uses it too.
 * Where the file is for a spreadsheet, pass the cells through
 * neutraliseFormula (src/core/spreadsheet-safe.ts) first.
 */
const NEEDS_QUOTES = /[",\r\n\t\uFEFF]|^\s|\s$/;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

export function csvField(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Records as CSV text, each ending with `newline`; no records → empty text. */
export function csvText(records: readonly (readonly string[])[], newline: string = CRLF): string {
  let out = '';
  for (const r of records) out += r.map(csvField).join(',') + newline;
  return out;
}
