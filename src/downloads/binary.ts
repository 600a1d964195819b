/**
 * The binary downloads, written from the partitions' CSV once they are on
 * disk: per partition, a Parquet file for each table (DuckDB's official Node
 * package; money as exact DECIMAL, other decimals as DECIMAL with the scale
 * their data needs, never rounded; the dictionary's descriptions as Parquet
 * key-value metadata, as Parquet has no column comments) and one Excel
 * workbook (exceljs: a sheet per table and a README sheet with the data
 * dictionary; text is written as text cells, never as formulas). Each table
 * and its columns come from the table specs, so a new table is a declaration.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MONEY_SQL_TYPE, type ColumnSpec, type TableSpec } from './columns';
import { parseCsvText } from './csv';
import type { ListedFile, MeasuredFile } from './dataset';
import { dataFile } from './paths';
import { countiesTable } from './tables';

/** Excel's last row, header included. */
export const EXCEL_MAX_ROWS = 1_048_576;

const isMoney = (c: ColumnSpec) => c.type === 'number' && c.meta.unit === '元';
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function fileStat(dataDir: string, path: string): { bytes: number; sha256: string } {
  const b = readFileSync(join(dataDir, path));
  return { bytes: statSync(join(dataDir, path)).size, sha256: createHash('sha256').update(b).digest('hex') };
}

/** The SQL type of each column; plain decimals get the largest scale found in the data (exact, never rounded). */
async function sqlTypes(con: Conn, t: TableSpec, source: string): Promise<Record<string, string>> {
  const plain = Object.entries(t.columns).filter(([, c]) => c.type === 'number' && !isMoney(c));
  const scales: Record<string, number> = {};
  const ints: Record<string, number> = {};
  if (plain.length) {
    const sel = plain
      .flatMap(([n]) => [`coalesce(max(length(split_part(${q(n)}, '.', 2))), 0)`, `coalesce(max(length(split_part(replace(${q(n)}, '-', ''), '.', 1))), 1)`])
      .join(', ');
    const r = (await con.runAndReadAll(`SELECT ${sel} FROM ${source}`)).getRows()[0];
    plain.forEach(([n], i) => {
      scales[n] = Number(r[2 * i]);
      ints[n] = Number(r[2 * i + 1]);
    });
  }
  const types: Record<string, string> = {};
  for (const [n, c] of Object.entries(t.columns)) {
    if (c.type === 'integer') types[n] = 'BIGINT';
    else if (c.type === 'boolean') types[n] = 'BOOLEAN';
    else if (isMoney(c)) types[n] = MONEY_SQL_TYPE;
    else if (c.type === 'number') {
      if (scales[n] + ints[n] > 38) throw new Error(`downloads: ${t.name}.${n} needs ${scales[n] + ints[n]} digits, more than DECIMAL(38) holds`);
      types[n] = `DECIMAL(38,${Math.min(scales[n], 38 - Math.max(ints[n], 1))})`;
    } else types[n] = 'VARCHAR';
  }
  return types;
}

interface Conn {
  run: (sql: string) => Promise<unknown>;
  runAndReadAll: (sql: string) => Promise<{ getRows: () => unknown[][] }>;
}

/** CSV read by DuckDB as text, exactly as written (empty field = NULL). */
const csvSource = (path: string, t: TableSpec) =>
  `read_csv(${lit(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', nullstr = '', columns = {${Object.keys(t.columns)
    .map((n) => `${lit(n)}: 'VARCHAR'`)
    .join(', ')}})`;

async function writeParquet(con: Conn, dataDir: string, csv: MeasuredFile, out: string): Promise<void> {
  const t = csv.table!;
  const source = csvSource(join(dataDir, csv.path), t);
  const types = await sqlTypes(con, t, source);
  const select = Object.keys(t.columns)
    .map((n) => `CAST(${q(n)} AS ${types[n]}) AS ${q(n)}`)
    .join(', ');
  const meta = [
    ['table', `${t.zh}（${t.en}）：${t.description} ${t.description_en}`],
    ...Object.entries(t.columns).map(([n, c]) => [
      `column.${n}`,
      `${c.meta.zh}（${c.meta.en}${c.meta.unit ? `，${c.meta.unit}` : ''}）：${c.meta.description} ${c.meta.description_en}`,
    ]),
  ];
  const kv = `{${meta.map(([k, v]) => `${lit(k)}: ${lit(v)}`).join(', ')}}`;
  await con.run(`COPY (SELECT ${select} FROM ${source}) TO ${lit(join(dataDir, out))} (FORMAT parquet, COMPRESSION zstd, KV_METADATA ${kv})`);
}

/** The rows of a table file written here (plain or gzip CSV) as text records. */
function csvRecords(dataDir: string, f: ListedFile): { header: string[]; records: string[][] } {
  const bytes = readFileSync(join(dataDir, f.path));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(f.compression === 'gz' ? gunzipSync(bytes) : bytes);
  return parseCsvText(text);
}

/** A cell for Excel: numbers and flags typed, everything else a text cell (never a formula). */
function excelValue(c: ColumnSpec, s: string): string | number | boolean | null {
  if (s === '') return null;
  if (c.type === 'integer') return Number(s);
  if (c.type === 'boolean') return s === 'true';
  // A double holds 15 significant digits exactly; longer decimals stay text rather than being rounded.
  if (c.type === 'number') return s.replace(/[-.]/g, '').replace(/^0+/, '').length <= 15 ? Number(s) : s;
  return s;
}

/** Sheet names: the table name, "<name>_2" … when a table passes Excel's row limit. */
export function sheetNames(t: TableSpec, rows: number): string[] {
  const per = EXCEL_MAX_ROWS - 1;
  const n = Math.max(1, Math.ceil(rows / per));
  return Array.from({ length: n }, (_, i) => (i === 0 ? t.name : `${t.name}_${i + 1}`));
}

async function writeWorkbook(dataDir: string, tables: { t: TableSpec; file: ListedFile }[], out: string, date: string): Promise<number> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dataDir, out), useStyles: true, useSharedStrings: true });
  wb.creator = 'county-fiscal-portal';
  wb.created = new Date(`${date}T00:00:00+08:00`);
  wb.modified = wb.created;
  const readme = wb.addWorksheet('README');
  readme.columns = [
    { header: '表 table', key: 'table', width: 14 },
    { header: '列 column', key: 'column', width: 24 },
    { header: '中文名', key: 'zh', width: 24 },
    { header: 'title', key: 'en', width: 24 },
    { header: '类型 type', key: 'type', width: 10 },
    { header: '单位 unit', key: 'unit', width: 8 },
    { header: '说明', key: 'description', width: 60 },
    { header: 'description', key: 'description_en', width: 60 },
  ];
  readme
    .addRow({
      table: '说明',
      column: '',
      zh: '每张表一个工作表，列与同名 CSV 相同（见 datapackage.json）。文字单元格均为文本，不会被当作公式执行；金额（元）为两位小数的数字。',
    })
    .commit();
  for (const { t } of tables) {
    readme.addRow({ table: t.name, column: '', zh: t.zh, en: t.en, description: t.description, description_en: t.description_en }).commit();
    for (const [n, c] of Object.entries(t.columns))
      readme
        .addRow({
          table: t.name,
          column: n,
          zh: c.meta.zh,
          en: c.meta.en,
          type: c.type,
          unit: c.meta.unit ?? '',
          description: c.meta.description,
          description_en: c.meta.description_en,
        })
        .commit();
  }
  readme.commit();
  let total = 0;
  for (const { t, file } of tables) {
    const { header, records } = csvRecords(dataDir, file);
    const specs = header.map((h) => t.columns[h]);
    const names = sheetNames(t, records.length);
    const per = EXCEL_MAX_ROWS - 1;
    names.forEach((name, k) => {
      const ws = wb.addWorksheet(name);
      ws.columns = header.map((h) => ({
        header: h,
        key: h,
        width: Math.min(40, Math.max(10, h.length + 2)),
        style: isMoney(t.columns[h]) ? { numFmt: '0.00' } : {},
      }));
      for (const r of records.slice(k * per, (k + 1) * per)) ws.addRow(r.map((s, j) => excelValue(specs[j], s))).commit();
      ws.commit();
    });
    total += records.length;
  }
  await wb.commit();
  fixZipTimes(join(dataDir, out), date);
  return total;
}

/**
 * Set every entry's time in a zip file (an xlsx) to the build date, midnight:
 * the zip writer stamps the current time, which would make the same data a
 * different file on every build. Only the headers' DOS date and time fields
 * change; the entries' data and CRCs are untouched.
 */
export function fixZipTimes(path: string, date: string): void {
  const b = readFileSync(path);
  const [y, m, d] = date.split('-').map(Number);
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path}: not a zip file (no end of central directory)`);
  const entries = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (b.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: malformed central directory at byte ${at}`);
    b.writeUInt16LE(0, at + 12);
    b.writeUInt16LE(dosDate, at + 14);
    const local = b.readUInt32LE(at + 42);
    if (b.readUInt32LE(local) !== 0x04034b50) throw new Error(`${path}: malformed local header at byte ${local}`);
    b.writeUInt16LE(0, local + 10);
    b.writeUInt16LE(dosDate, local + 12);
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  writeFileSync(path, b);
}

type Described = Omit<ListedFile, 'bytes' | 'sha256'>;

/** How the listing describes a partition's Parquet file of a table. */
export function parquetFile(p: string, t: TableSpec, rows: number): Described {
  return {
    path: dataFile.partParquet(p, t.name),
    group: 'partition',
    title: `${t.zh}（Parquet，${p}）`,
    table: t,
    disclosureId: null,
    partition: p,
    format: 'parquet',
    compression: null,
    mediatype: 'application/vnd.apache.parquet',
    bom: false,
    rows,
  };
}

/** How the listing describes a partition's workbook (rows: of all its table sheets). */
export function workbookFile(p: string, rows: number): Described {
  return {
    path: dataFile.partXlsx(p),
    group: 'partition',
    title: `Excel 工作簿（${p}：每表一个工作表，README 为数据字典）`,
    table: null,
    disclosureId: null,
    partition: p,
    format: 'xlsx',
    compression: null,
    mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bom: false,
    rows,
  };
}

/** Parquet for every partition table, one workbook per partition; measured from disk. */
export async function writeBinaryFiles(dataDir: string, written: readonly MeasuredFile[], date: string): Promise<ListedFile[]> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = (await db.connect()) as unknown as Conn;
  const out: ListedFile[] = [];
  const counties = written.find((f) => f.table === countiesTable && f.partition === null && f.format === 'csv');
  try {
    const partitions = [...new Set(written.filter((f) => f.group === 'partition' && f.partition !== null).map((f) => f.partition!))].sort();
    for (const p of partitions) {
      const tables = written.filter((f) => f.partition === p && f.table !== null && f.format === 'csv');
      for (const f of tables) {
        const d = parquetFile(p, f.table!, f.rows!);
        await writeParquet(con, dataDir, f, d.path);
        out.push({ ...d, ...fileStat(dataDir, d.path) });
      }
      const sheets = [
        ...tables.map((f) => ({ t: f.table!, file: f as ListedFile })),
        ...(counties ? [{ t: countiesTable, file: counties as ListedFile }] : []),
      ];
      const xlsx = dataFile.partXlsx(p);
      const rows = await writeWorkbook(dataDir, sheets, xlsx, date);
      out.push({ ...workbookFile(p, rows), ...fileStat(dataDir, xlsx) });
    }
  } finally {
    (con as unknown as { closeSync?: () => void }).closeSync?.();
    (db as unknown as { closeSync?: () => void }).closeSync?.();
  }
  return out;
}
