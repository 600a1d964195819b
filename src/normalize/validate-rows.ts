/**
 * Turn zod issues on a CSV row or a JSON document into problems that name the
 * file and the place: "line 12, column value" or "$.dates[0].value".
 */
import type { ZodError, ZodTypeAny, z } from 'zod';
import { show, type Problem } from '../core/problems';
import { parseCsv, rowWhere, type CsvRow, type RowRef } from './csv';
import { findMobileNumbers } from './redact';
import { unsafeCharacters } from './text-safety';

/**
 * Fields that hold verbatim text of the source document (or a piece of it
 * that locates a quote): they are redacted and may hold what the source holds.
 * Every other curated text field is the curator's own words and must hold no
 * personal mobile number and no control or direction-override character.
 */
export const VERBATIM_FIELDS: ReadonlySet<string> = new Set(['quote', 'after', 'before', 'title_quote', 'pattern']);

/** Problems for a personal mobile number or an unsafe character in one curated field. */
export function fieldTextProblems(file: string, where: string, field: string, value: string, problems: Problem[]): void {
  const bad = unsafeCharacters(value, VERBATIM_FIELDS.has(field));
  if (bad) problems.push({ file, where, expected: 'text without control, NUL or direction-override characters', found: bad });
  if (VERBATIM_FIELDS.has(field)) return;
  const phones = findMobileNumbers(value);
  if (phones.length)
    problems.push({
      file,
      where,
      expected: 'no personal mobile number in a curated field (only the verbatim source and its quotes may hold one; they are redacted)',
      found: `a mobile number ${maskNumber(phones[0])}`,
    });
}

/** A number shown in a message without repeating it whole. */
export function maskNumber(n: string): string {
  return n.length > 5 ? `${n.slice(0, 3)}…${n.slice(-2)}` : n;
}

/** fieldTextProblems for every string leaf of a JSON value, named by its path. */
function jsonTextProblems(file: string, data: unknown, path: string, key: string, problems: Problem[]): void {
  if (typeof data === 'string') fieldTextProblems(file, path, key, data, problems);
  else if (Array.isArray(data)) data.forEach((v, i) => jsonTextProblems(file, v, `${path}[${i}]`, key, problems));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) jsonTextProblems(file, v, `${path}.${k}`, k, problems);
}

function expectedFrom(issue: ZodError['issues'][number]): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? `a value (required ${issue.expected})` : `a ${issue.expected}`;
    case 'invalid_enum_value':
      return `one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
    case 'unrecognized_keys':
      return 'only known fields';
    case 'too_small':
      return issue.type === 'string' ? 'a non-empty value' : issue.message;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/**
 * Validate each CSV record; a problem names the record's row and, where the file has one,
 * its id (`idColumn`, e.g. fact_id) so a curator finds it in a spreadsheet.
 */
export function validateCsvRows<S extends ZodTypeAny>(
  file: string,
  rows: CsvRow[],
  schema: S,
  problems: Problem[],
  idColumn?: { column: string; kind: string },
): { at: RowRef; data: z.output<S> }[] {
  const out: { at: RowRef; data: z.output<S> }[] = [];
  for (const row of rows) {
    const at = { row: row.row, line: row.line };
    const id = idColumn ? { kind: idColumn.kind, value: row.values[idColumn.column] ?? '' } : undefined;
    for (const [col, v] of Object.entries(row.values)) fieldTextProblems(file, rowWhere(at, id, col), col, v, problems);
    const r = schema.safeParse(row.values);
    if (r.success) {
      out.push({ at, data: r.data });
      continue;
    }
    for (const issue of r.error.issues) {
      const col = String(issue.path[0] ?? '');
      problems.push({ file, where: rowWhere(at, id, col), expected: expectedFrom(issue), found: show(row.values[col]) });
    }
  }
  return out;
}

/** What an identified curated table (facts.csv, projects.csv, indicators.csv) declares. */
export interface IdentifiedTable<S extends ZodTypeAny> {
  required: readonly string[];
  columns: readonly string[];
  schema: S;
  /** The id column, e.g. fact_id, and what a row is, e.g. fact (for "fact <id>" in messages). */
  idColumn: string;
  kind: string;
}

/**
 * Parses and validates a curated CSV whose rows carry an id, and reports an id
 * used twice. `firstOf` maps each id to the row that used it first: a caller
 * that must not keep a repeated row skips the others.
 */
export function validateIdentifiedCsv<S extends ZodTypeAny>(
  file: string,
  text: string,
  table: IdentifiedTable<S>,
  problems: Problem[],
): { rows: { at: RowRef; data: z.output<S> }[]; firstOf: Map<string, RowRef> } {
  const csv = parseCsv(text, file, table.required, table.columns);
  problems.push(...csv.problems);
  const rows = validateCsvRows(file, csv.rows, table.schema, problems, { column: table.idColumn, kind: table.kind });
  const firstOf = new Map<string, RowRef>();
  for (const { at, data } of rows) {
    const id = String(data[table.idColumn]);
    const prev = firstOf.get(id);
    if (prev === undefined) firstOf.set(id, at);
    else
      problems.push({
        file,
        where: rowWhere(at, undefined, table.idColumn),
        expected: `a ${table.idColumn} used once in the file`,
        found: `"${id}", already used on ${rowWhere(prev)}`,
      });
  }
  return { rows, firstOf };
}

export function validateJson<S extends ZodTypeAny>(file: string, data: unknown, schema: S, problems: Problem[]): z.output<S> | null {
  jsonTextProblems(file, data, '$', '', problems);
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
    const v = valueAt(data, issue.path);
    const found =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
        : issue.code === 'invalid_type' && v !== undefined
          ? `a ${issue.received} (${show(v)})`
          : show(v);
    problems.push({ file, where: `$${path}`, expected: expectedFrom(issue), found });
  }
  return null;
}

export function parseJson(file: string, text: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    let where: string | undefined;
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      where = `line ${before.split('\n').length}, column ${pos - before.lastIndexOf('\n')}`;
    }
    problems.push({ file, where, expected: 'valid JSON', found: `invalid JSON (${msg})` });
    return undefined;
  }
}
