/**
 * Turn zod issues on a CSV row or a JSON document into problems that name the
 * file and the place: "line 12, column value" or "$.dates[0].value".
 */
import type { ZodError, ZodTypeAny, z } from 'zod';
import { show, type Problem } from '../lib/problems';
import { rowWhere, type CsvRow, type RowRef } from '../lib/csv';

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
export function validateCsvRows<S extends ZodTypeAny>(file: string, rows: CsvRow[], schema: S, problems: Problem[], idColumn?: { column: string; kind: string }): { at: RowRef; data: z.output<S> }[] {
  const out: { at: RowRef; data: z.output<S> }[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row.values);
    const at = { row: row.row, line: row.line };
    if (r.success) {
      out.push({ at, data: r.data });
      continue;
    }
    const id = idColumn ? { kind: idColumn.kind, value: row.values[idColumn.column] ?? '' } : undefined;
    for (const issue of r.error.issues) {
      const col = String(issue.path[0] ?? '');
      problems.push({ file, where: rowWhere(at, id, col), expected: expectedFrom(issue), found: show(row.values[col]) });
    }
  }
  return out;
}

export function validateJson<S extends ZodTypeAny>(file: string, data: unknown, schema: S, problems: Problem[]): z.output<S> | null {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
    const v = valueAt(data, issue.path);
    const found =
      issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
      : issue.code === 'invalid_type' && v !== undefined ? `a ${issue.received} (${show(v)})`
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
