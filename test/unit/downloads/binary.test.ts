/**
 * The binary downloads read back by real clients: every Parquet file in
 * DuckDB (same rows as its CSV, money as DECIMAL with the exact same digits,
 * descriptions in the metadata), every workbook in exceljs (a sheet per table
 * with the CSV's rows, Chinese intact, no formula cell, a README sheet with
 * the dictionary).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONEY_SQL_TYPE } from '../../../src/downloads/columns';
import { ALL_TABLES } from '../../../src/downloads/tables';
import { DATA_DIR, requireBuilt } from '../../support/downloads';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let listed: Json[];
let con: DuckDBConnection;
let db: DuckDBInstance;
const tables = new Map(ALL_TABLES.map((t) => [t.name, t]));
const csvOf = (path: string): Record<string, string>[] => {
  const raw = readFileSync(join(DATA_DIR, path));
  return Papa.parse<Record<string, string>>((path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'), { header: true, skipEmptyLines: true }).data;
};

beforeAll(async () => {
  requireBuilt();
  listed = Papa.parse<Json>(readFileSync(join(DATA_DIR, 'files.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  db = await DuckDBInstance.create(':memory:', { threads: '1' });
  con = await db.connect();
});
afterAll(() => {
  con?.closeSync();
  db?.closeSync();
});

describe('Parquet (DuckDB)', () => {
  it('every partition table has a Parquet file whose rows are its CSV’s, money exact DECIMAL, text as written', async () => {
    const parquet = listed.filter((r) => r.format === 'parquet');
    expect(parquet.length).toBeGreaterThan(0);
    let money = 0;
    for (const r of parquet) {
      const t = tables.get(r.table)!;
      const csv = csvOf(r.path.replace(/\.parquet$/, '.csv.gz'));
      const path = join(DATA_DIR, r.path).replace(/'/g, "''");
      const types = Object.fromEntries(
        (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)).getRowObjects().map((x) => [String(x.column_name), String(x.column_type)]),
      );
      expect(Object.keys(types), r.path).toEqual(Object.keys(t.columns));
      for (const [n, c] of Object.entries(t.columns)) {
        if (c.type === 'number' && c.meta.unit === '元') expect(types[n], `${r.path} ${n}`).toBe(MONEY_SQL_TYPE);
        if (c.type === 'number') expect(types[n], `${r.path} ${n}`).toMatch(/^DECIMAL\(/);
        if (c.type === 'integer') expect(types[n], `${r.path} ${n}`).toBe('BIGINT');
        if (c.type === 'string') expect(types[n], `${r.path} ${n}`).toBe('VARCHAR');
      }
      // Read every column back as text: DECIMAL prints its exact digits.
      const select = Object.keys(t.columns)
        .map((n) => `CAST("${n}" AS VARCHAR) AS "${n}"`)
        .join(', ');
      const rows = (await con.runAndReadAll(`SELECT ${select} FROM read_parquet('${path}')`)).getRowObjects();
      expect(rows.length, r.path).toBe(csv.length);
      expect(rows.length, r.path).toBe(Number(r.rows));
      rows.forEach((row, i) => {
        for (const [n, c] of Object.entries(t.columns)) {
          const v = row[n] === null ? '' : String(row[n]);
          if (c.type === 'number' && csv[i][n] !== '') {
            // DECIMAL may print trailing zeros the CSV did not have (scale of the column): same number, same digits otherwise.
            expect(v.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''), `${r.path} record ${i + 1} ${n}`).toBe(
              csv[i][n].replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
            );
            if (c.meta.unit === '元') {
              expect(v, `${r.path} record ${i + 1} ${n}`).toBe(csv[i][n]);
              money++;
            }
          } else expect(v, `${r.path} record ${i + 1} ${n}`).toBe(csv[i][n]);
        }
      });
    }
    expect(money).toBeGreaterThan(0);
  });

  it('sums money exactly (DECIMAL, no float error) and carries the dictionary as key-value metadata', async () => {
    const facts = listed.filter((r) => r.format === 'parquet' && r.table === 'facts').map((r) => `'${join(DATA_DIR, r.path)}'`);
    const [row] = (
      await con.runAndReadAll(
        `SELECT CAST(sum(amount_fen) AS VARCHAR) AS fen, CAST(sum(amount_yuan) AS VARCHAR) AS yuan FROM read_parquet([${facts.join(', ')}])`,
      )
    ).getRowObjects();
    const fen = BigInt(String(row.fen));
    const sign = fen < 0n ? '-' : '';
    const abs = fen < 0n ? -fen : fen;
    expect(String(row.yuan)).toBe(`${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`);
    const meta = (await con.runAndReadAll(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${facts[0]})`)).getRowObjects();
    const byKey = new Map(meta.map((m) => [String(m.k), String(m.v)]));
    for (const [n, c] of Object.entries(tables.get('facts')!.columns)) expect(byKey.get(`column.${n}`), n).toContain(c.meta.description);
  });
});

describe('Excel workbooks (exceljs)', () => {
  it('a README sheet with the dictionary and one sheet per table with the CSV rows, Chinese intact, no formula cell', async () => {
    const books = listed.filter((r) => r.format === 'xlsx');
    expect(books.length).toBeGreaterThan(0);
    let chinese = 0;
    for (const b of books) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(DATA_DIR, b.path));
      const names = wb.worksheets.map((w) => w.name);
      expect(names[0], b.path).toBe('README');
      const readme = wb.getWorksheet('README')!;
      const described = new Set<string>();
      readme.eachRow((row) => described.add(`${row.getCell(1).text}.${row.getCell(2).text}`));
      let rows = 0;
      for (const name of names.slice(1)) {
        const t = tables.get(name)!;
        expect(t, `${b.path}: sheet ${name} is a table`).toBeDefined();
        for (const n of Object.keys(t.columns)) expect(described.has(`${name}.${n}`), `${b.path} README lists ${name}.${n}`).toBe(true);
        const csvPath = name === 'counties' ? 'counties.csv' : b.path.replace(/workbook\.xlsx$/, `${name}.csv.gz`);
        const csv = csvOf(csvPath);
        const ws = wb.getWorksheet(name)!;
        const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
        expect(header, `${b.path} ${name}`).toEqual(Object.keys(t.columns));
        expect(ws.actualRowCount - 1, `${b.path} ${name}`).toBe(csv.length);
        if (name !== 'counties') rows += csv.length;
        csv.forEach((rec, i) => {
          const row = ws.getRow(i + 2);
          header.forEach((n, j) => {
            const cell = row.getCell(j + 1);
            expect(cell.type, `${b.path} ${name}!${cell.address} is a formula`).not.toBe(ExcelJS.ValueType.Formula);
            expect(cell.formula, `${b.path} ${name}!${cell.address} has a formula`).toBeUndefined();
            const want = rec[n];
            const c = t.columns[n];
            if (want === '') expect(cell.value, `${name}!${cell.address}`).toBeNull();
            else if (c.type === 'string') {
              expect(cell.value, `${name}!${cell.address}`).toBe(want);
              if (/[\u4e00-\u9fff]/.test(want)) chinese++;
            } else if (c.type === 'boolean') expect(cell.value, `${name}!${cell.address}`).toBe(want === 'true');
            else if (typeof cell.value === 'number') expect(cell.value, `${name}!${cell.address}`).toBe(Number(want));
            else expect(cell.value, `${name}!${cell.address}`).toBe(want);
          });
        });
      }
      expect(rows, b.path).toBe(Number(b.rows) - csvOf('counties.csv').length);
    }
    expect(chinese).toBeGreaterThan(100);
  }, 60_000);
});
