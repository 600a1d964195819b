/**
 * A Frictionless Data Package validator for the test suite, applying the
 * rules of the reference implementation (frictionless-py 5, `frictionless
 * validate datapackage.json`), which cannot be installed here:
 *
 * - every resource: the file exists, `bytes` and `hash` (sha256:/md5:) hold;
 * - tabular resources (CSV, plain or gzip-compressed): the header equals the
 *   schema's field names; every row has as many cells as the header; each cell
 *   is a missing value or casts to its field type (string, integer, number,
 *   boolean with true/falseValues); constraints required, unique, pattern
 *   (anchored), enum, minimum, maximum, minLength, maxLength;
 * - primary key: no part missing, no tuple twice;
 * - foreign keys: a row is skipped only when *every* field of the key is
 *   missing (frictionless-py's rule: a half-empty composite key is an error);
 *   otherwise its tuple must occur in the referenced resource ("" = itself).
 *
 * - a schema given as a path (a string) is read relative to the package, but
 *   only inside its folder: absolute, "../" and hidden paths are "not safe"
 *   (frictionless-py's rule, test_package_resource_unsafe_schema), and a URL
 *   is not fetched here;
 *
 * Errors carry frictionless-py's error codes (hash-count, byte-count,
 * incorrect-label, type-error, constraint-error, primary-key, foreign-key …)
 * with resource, row (1-based, header = 1 as frictionless counts) and field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ValidationError {
  code: string;
  resource: string;
  row?: number;
  field?: string;
  message: string;
}

export interface ValidationReport {
  valid: boolean;
  errors: ValidationError[];
  /** Rows read per tabular resource. */
  rows: Record<string, number>;
  /** Foreign-key values looked up and found. */
  resolved: number;
}

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const INTEGER = /^[+-]?\d+$/;
// Python's Decimal, which frictionless-py casts numbers with (bareNumber, no group character).
const NUMBER = /^[+-]?((\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|nan|NaN|inf|INF|Infinity)$/;

interface Table {
  header: string[];
  rows: string[][];
}

function fileBytes(base: string, path: string): Buffer | null {
  const p = join(base, path);
  return existsSync(p) ? readFileSync(p) : null;
}

function checkHash(r: Json, bytes: Buffer, errors: ValidationError[]): void {
  if (r.bytes !== undefined && r.bytes !== bytes.length)
    errors.push({ code: 'byte-count', resource: r.name, message: `bytes ${r.bytes} declared, the file has ${bytes.length}` });
  if (r.hash !== undefined) {
    const [algo, value] = String(r.hash).includes(':') ? String(r.hash).split(':') : ['md5', String(r.hash)];
    const actual = createHash(algo).update(bytes).digest('hex');
    if (actual !== value) errors.push({ code: 'hash-count', resource: r.name, message: `${algo} ${value} declared, the file has ${actual}` });
  }
}

function parseTable(r: Json, bytes: Buffer): Table {
  const compressed = r.compression === 'gz' || String(r.path).endsWith('.gz');
  let text = new TextDecoder('utf-8', { fatal: true }).decode(compressed ? gunzipSync(bytes) : bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1); // frictionless-py reads utf-8 with BOM as utf-8-sig
  const d = r.dialect ?? {};
  const parsed = Papa.parse<string[]>(text, { delimiter: d.delimiter ?? ',', quoteChar: d.quoteChar ?? '"', skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

function typeError(field: Json, v: string): string | null {
  switch (field.type) {
    case 'string':
      return null;
    case 'integer':
      return INTEGER.test(v) ? null : 'not an integer';
    case 'number':
      return NUMBER.test(v) ? null : 'not a number';
    case 'boolean':
      return [...(field.trueValues ?? DEFAULT_TRUE), ...(field.falseValues ?? DEFAULT_FALSE)].includes(v) ? null : 'not a boolean';
    default:
      return `type ${field.type} is not supported by this validator`;
  }
}

/** A cell's value as frictionless-py compares it (numbers by value, booleans as flags). */
function castKey(field: Json, v: string): string {
  if (field.type === 'integer') return BigInt(v).toString();
  if (field.type === 'boolean') return (field.trueValues ?? DEFAULT_TRUE).includes(v) ? 'true' : 'false';
  return v;
}

function constraintError(field: Json, v: string): string | null {
  const c = field.constraints ?? {};
  if (c.pattern !== undefined && field.type === 'string' && !new RegExp(`^(?:${c.pattern})$`, 'u').test(v)) return `does not match pattern ${c.pattern}`;
  if (c.enum !== undefined && !c.enum.map(String).includes(v)) return 'not one of enum';
  if (c.minLength !== undefined && [...v].length < c.minLength) return `shorter than ${c.minLength}`;
  if (c.maxLength !== undefined && [...v].length > c.maxLength) return `longer than ${c.maxLength}`;
  if (field.type === 'integer' || field.type === 'number') {
    const n = Number(v);
    if (c.minimum !== undefined && n < c.minimum) return `below minimum ${c.minimum}`;
    if (c.maximum !== undefined && n > c.maximum) return `above maximum ${c.maximum}`;
  }
  return null;
}

/** Validate the table of one resource: header, cells, types, constraints, primary key. */
function validateTable(r: Json, t: Table, errors: ValidationError[]): void {
  const schema = r.schema;
  const fields: Json[] = schema.fields;
  const missing = new Set<string>(schema.missingValues ?? ['']);
  const names = fields.map((f) => f.name);
  names.forEach((n, j) => {
    if (t.header[j] === undefined) errors.push({ code: 'missing-label', resource: r.name, field: n, message: `no header label for field ${n}` });
    else if (t.header[j] !== n)
      errors.push({ code: 'incorrect-label', resource: r.name, field: n, message: `header "${t.header[j]}" where field ${n} is declared` });
  });
  for (const extra of t.header.slice(names.length))
    errors.push({ code: 'extra-label', resource: r.name, field: extra, message: `header label "${extra}" has no field` });
  const unique = fields.map((f) => (f.constraints?.unique ? new Set<string>() : null));
  const pk: string[] = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const pkIdx = pk.map((n) => names.indexOf(n));
  const pkSeen = new Set<string>();
  t.rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length > names.length) errors.push({ code: 'extra-cell', resource: r.name, row, message: `${cells.length} cells, ${names.length} fields` });
    fields.forEach((f, j) => {
      const v = cells[j];
      if (v === undefined) {
        errors.push({ code: 'missing-cell', resource: r.name, row, field: f.name, message: 'cell missing' });
        return;
      }
      if (missing.has(v)) {
        if (f.constraints?.required) errors.push({ code: 'constraint-error', resource: r.name, row, field: f.name, message: 'required value missing' });
        return;
      }
      const te = typeError(f, v);
      if (te) {
        errors.push({ code: 'type-error', resource: r.name, row, field: f.name, message: `"${v.slice(0, 60)}" ${te}` });
        return;
      }
      const ce = constraintError(f, v);
      if (ce) errors.push({ code: 'constraint-error', resource: r.name, row, field: f.name, message: `"${v.slice(0, 60)}" ${ce}` });
      const u = unique[j];
      if (u) {
        const k = castKey(f, v);
        if (u.has(k)) errors.push({ code: 'unique-error', resource: r.name, row, field: f.name, message: `"${v.slice(0, 60)}" occurs twice` });
        u.add(k);
      }
    });
    if (pk.length) {
      const parts = pkIdx.map((j) => cells[j]);
      if (parts.some((p) => p === undefined || missing.has(p)))
        errors.push({ code: 'primary-key', resource: r.name, row, message: `primary key ${pk.join('+')} has a missing part` });
      else {
        const k = JSON.stringify(parts.map((p, x) => castKey(fields[pkIdx[x]], p)));
        if (pkSeen.has(k))
          errors.push({ code: 'primary-key', resource: r.name, row, message: `primary key ${pk.join('+')} = ${parts.join('+')} occurs twice` });
        pkSeen.add(k);
      }
    }
  });
}

function validateForeignKeys(r: Json, tables: Map<string, { r: Json; t: Table }>, errors: ValidationError[]): number {
  const me = tables.get(r.name)!;
  const missing = new Set<string>(r.schema.missingValues ?? ['']);
  const fieldsOf = (x: Json) => new Map<string, Json>(x.schema.fields.map((f: Json) => [f.name, f]));
  let resolved = 0;
  for (const fk of r.schema.foreignKeys ?? []) {
    const fields: string[] = typeof fk.fields === 'string' ? [fk.fields] : fk.fields;
    const refFields: string[] = typeof fk.reference.fields === 'string' ? [fk.reference.fields] : fk.reference.fields;
    const refName = fk.reference.resource === '' ? r.name : fk.reference.resource;
    const ref = tables.get(refName);
    if (!ref) {
      errors.push({ code: 'foreign-key', resource: r.name, message: `reference to resource "${refName}", which the package does not have as a table` });
      continue;
    }
    const myFields = fieldsOf(r);
    const theirFields = fieldsOf(ref.r);
    const refIdx = refFields.map((n) => ref.t.header.indexOf(n));
    const lookup = new Set(
      ref.t.rows.map((cells) => JSON.stringify(refIdx.map((j, x) => (missing.has(cells[j]) ? null : castKey(theirFields.get(refFields[x])!, cells[j]))))),
    );
    const idx = fields.map((n) => me.t.header.indexOf(n));
    me.t.rows.forEach((cells, i) => {
      const values = idx.map((j) => cells[j]);
      if (values.every((v) => v === undefined || missing.has(v))) return; // all parts missing: nothing referenced
      const key = JSON.stringify(values.map((v, x) => (v === undefined || missing.has(v) ? null : castKey(myFields.get(fields[x])!, v))));
      if (lookup.has(key)) resolved++;
      else
        errors.push({
          code: 'foreign-key',
          resource: r.name,
          row: i + 2,
          field: fields.join('+'),
          message: `values "${values.map((v) => (v === undefined || missing.has(v) ? 'None' : v)).join(', ')}" not found in the lookup table "${refName}" as ${refFields.join(', ')}`,
        });
    });
  }
  return resolved;
}

/** Validate a datapackage.json on disk and the files it describes. */
export function validatePackage(descriptorPath: string): ValidationReport {
  const base = dirname(descriptorPath);
  const pkg: Json = JSON.parse(readFileSync(descriptorPath, 'utf8'));
  const errors: ValidationError[] = [];
  const tables = new Map<string, { r: Json; t: Table }>();
  const names = new Set<string>();
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0)
    errors.push({ code: 'package-error', resource: '', message: 'the package has no resources' });
  for (const r of pkg.resources ?? []) {
    if (typeof r.name !== 'string' || !/^[a-z0-9._-]+$/.test(r.name))
      errors.push({ code: 'resource-error', resource: String(r.name), message: 'name must be lower-case letters, digits, . _ -' });
    if (names.has(r.name)) errors.push({ code: 'resource-error', resource: r.name, message: 'resource name used twice' });
    names.add(r.name);
    if (typeof r.path !== 'string' || r.path.startsWith('/') || r.path.split('/').includes('..')) {
      errors.push({ code: 'resource-error', resource: r.name, message: `path ${r.path} must be relative and inside the package` });
      continue;
    }
    const bytes = fileBytes(base, r.path);
    if (!bytes) {
      errors.push({ code: 'scheme-error', resource: r.name, message: `${r.path} does not exist` });
      continue;
    }
    checkHash(r, bytes, errors);
    if (typeof r.schema === 'string') {
      const p: string = r.schema;
      if (/^[a-z][a-z0-9+.-]*:/i.test(p)) {
        errors.push({ code: 'schema-error', resource: r.name, message: `schema ${p} is a URL, which this validator does not fetch` });
        continue;
      }
      if (p.startsWith('/') || p.split('/').some((x) => x === '..' || x.startsWith('.'))) {
        errors.push({ code: 'resource-error', resource: r.name, message: `schema path ${p} is not safe (outside the package's folder)` });
        continue;
      }
      const text = fileBytes(base, p);
      if (!text) {
        errors.push({ code: 'schema-error', resource: r.name, message: `schema ${p} does not exist` });
        continue;
      }
      r.schema = JSON.parse(text.toString('utf8'));
    }
    if (r.schema) {
      if (r.format !== 'csv') {
        errors.push({ code: 'format-error', resource: r.name, message: `tabular format ${r.format} is not read by this validator` });
        continue;
      }
      let t: Table;
      try {
        t = parseTable(r, bytes);
      } catch (e) {
        errors.push({ code: 'encoding-error', resource: r.name, message: (e as Error).message });
        continue;
      }
      validateTable(r, t, errors);
      tables.set(r.name, { r, t });
    }
  }
  let resolved = 0;
  for (const { r } of tables.values()) resolved += validateForeignKeys(r, tables, errors);
  return { valid: errors.length === 0, errors, rows: Object.fromEntries([...tables].map(([n, x]) => [n, x.t.rows.length])), resolved };
}
