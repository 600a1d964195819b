/**
 * Column specs of the download tables. Each output column is defined once
 * here: its zod type (what a cell may hold before it is written), its
 * Frictionless Table Schema type and constraints, its Chinese and English
 * titles and descriptions, and its unit. Where a column carries a field of the
 * normalized schemas (src/schema/normalized.ts) it is built from that field,
 * so enum values and nullability follow the schema. The CSV writer, the data
 * package, the data dictionary on /data/ and the tests all read these specs.
 */
import { z, type ZodTypeAny } from 'zod';

/** Frictionless Table Schema field types used by the downloads. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/** A cell before it is written: text, an exact decimal (as a string), an integer, a flag, or missing. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ColumnMeta {
  /** Chinese title (the data package `title`, the dictionary's 中文名). */
  zh: string;
  /** English title. */
  en: string;
  /** Chinese description. */
  description: string;
  /** English description. */
  description_en: string;
  /** Unit of the values (元, 万元, %, 人 …), when there is one. */
  unit?: string;
  /** A value is always present (primary-key parts, ids). */
  required?: boolean;
  /** Regular expression every non-empty value matches (Frictionless `pattern`, strings only). */
  pattern?: RegExp;
  /** Smallest allowed value (integers). */
  minimum?: number;
  /** Values are unique within the table. */
  unique?: boolean;
  /** Chinese labels of enum values, for the dictionary and the data package `categories`. */
  labels?: Readonly<Record<string, string>>;
  /**
   * Read as text, never as a number, even when every value looks like one:
   * codes whose digits are significant (430223, 2013701) and values kept as
   * printed ("0.00", "10"). The pandas and R snippets list these columns.
   */
  readAsText?: boolean;
}

export interface ColumnSpec {
  type: FieldType;
  /** Allowed values (from a zod enum of the normalized schemas). */
  enum?: readonly string[];
  /** The zod type of a cell (null = missing, written as an empty field). */
  zod: ZodTypeAny;
  meta: ColumnMeta;
}

/** Exact decimal as a string: "899300.00", "-3.5", "62". Never a float. */
export const DECIMAL = /^-?\d+(\.\d+)?$/;
/** SQL type of the yuan columns in Parquet and the DuckDB snippet: exact, up to 10^16 yuan. */
export const MONEY_SQL_TYPE = 'DECIMAL(18,2)';
/** Exact yuan with two decimals, from fen. */
export const YUAN = /^-?\d+\.\d{2}$/;

function finish(spec: Omit<ColumnSpec, 'zod'>, base: ZodTypeAny): ColumnSpec {
  return { ...spec, zod: spec.meta.required ? base : base.nullable() };
}

/** Unwrap .nullable()/.optional()/.default() of a normalized-schema field. */
function unwrap(t: ZodTypeAny): ZodTypeAny {
  let cur = t;
  for (;;) {
    if (cur instanceof z.ZodNullable || cur instanceof z.ZodOptional) cur = cur.unwrap();
    else if (cur instanceof z.ZodDefault) cur = cur._def.innerType;
    else return cur;
  }
}

/**
 * A column that carries a field of a normalized schema: the Table Schema type
 * and the enum values come from the zod field. Strings become text, enums
 * text with an `enum` constraint, integers `integer`.
 */
export function fromField(field: ZodTypeAny, meta: ColumnMeta): ColumnSpec {
  const inner = unwrap(field);
  if (inner instanceof z.ZodEnum) {
    const values = inner.options as string[];
    return finish({ type: 'string', enum: values, meta }, z.enum(values as [string, ...string[]]));
  }
  if (inner instanceof z.ZodString) return text(meta);
  if (inner instanceof z.ZodNumber) {
    if (!inner.isInt) throw new Error(`column "${meta.en}": only integer numbers are carried from the schemas`);
    return integer(meta);
  }
  if (inner instanceof z.ZodBoolean) return finish({ type: 'boolean', meta }, z.boolean());
  throw new Error(`column "${meta.en}": cannot derive a column from zod type ${inner.constructor.name}`);
}

/** Text. An empty string is written as a missing value, so a text cell is never "". */
export function text(meta: ColumnMeta): ColumnSpec {
  let base = z.string().min(1);
  if (meta.pattern) base = base.regex(meta.pattern);
  return finish({ type: 'string', meta }, base);
}

/** A whole number (counts, years, bytes). */
export function integer(meta: ColumnMeta): ColumnSpec {
  let base = z.number().int();
  if (meta.minimum !== undefined) base = base.min(meta.minimum);
  return finish({ type: 'integer', meta }, base);
}

/** An exact decimal number kept as its decimal string (no binary floating point). */
export function decimal(meta: ColumnMeta): ColumnSpec {
  return finish({ type: 'number', meta }, z.string().regex(DECIMAL));
}

/** An amount in yuan with exactly two decimals, converted exactly from fen. */
export function yuan(meta: Omit<ColumnMeta, 'unit'>): ColumnSpec {
  return finish({ type: 'number', meta: { ...meta, unit: '元' } }, z.string().regex(YUAN));
}

/** Text from a fixed list of values (for columns that no normalized schema carries). */
export function choice(values: readonly [string, ...string[]], meta: ColumnMeta): ColumnSpec {
  return finish({ type: 'string', enum: values, meta }, z.enum(values as [string, ...string[]]));
}

export function boolean(meta: ColumnMeta): ColumnSpec {
  return finish({ type: 'boolean', meta }, z.boolean());
}

export interface ForeignKey {
  fields: string[];
  /** Resource name; "" for the same table. */
  resource: string;
  referenceFields: string[];
}

export interface TableSpec {
  /** Resource name in the data package; the file is `<name>.csv`. */
  name: string;
  zh: string;
  en: string;
  description: string;
  description_en: string;
  columns: Readonly<Record<string, ColumnSpec>>;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** The zod object of one output row, built from the column specs. */
export function rowSchema(t: TableSpec): z.ZodObject<Record<string, ZodTypeAny>> {
  return z.object(Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, c.zod]))).strict();
}

export function columnNames(t: TableSpec): string[] {
  return Object.keys(t.columns);
}

/** Empty strings and undefined become missing (null): an empty CSV field means "not stated". */
export function cell(v: string | number | boolean | null | undefined): Cell {
  return v === undefined || v === '' ? null : v;
}

/** A row in column order with empty values as null, for a table. */
export function makeRow(t: TableSpec, values: Record<string, string | number | boolean | null | undefined>): Row {
  const row: Row = {};
  for (const k of Object.keys(t.columns)) {
    if (!(k in values)) throw new Error(`table ${t.name}: the row builder gives no value for column ${k}`);
    row[k] = cell(values[k]);
  }
  for (const k of Object.keys(values)) if (!(k in t.columns)) throw new Error(`table ${t.name}: the row builder gives unknown column ${k}`);
  return row;
}
