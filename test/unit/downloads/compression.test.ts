/**
 * What keeps /data/ from repeating itself (issue #15, dist/ per disclosure):
 * gzip written as fixed-size members (the same bytes whatever the chunks, one
 * stream for every gunzip, DuckDB included), whole tables gzipped above
 * WHOLE_PLAIN_MAX_ROWS rows (shown here with a threshold of 0, so this holds
 * for any corpus), the partition JSON gzipped, and each disclosure's data
 * package without the dictionary, which is written once. Compressed content
 * is compared with the independent oracle (test/support/downloads-expected.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInfo } from '../../../src/downloads/build-info';
import {
  canonical,
  contribution,
  corpusFiles,
  gzipMembers,
  partitionJsonSchemaRef,
  partsInMemory,
  produceDataset,
  runFile,
  WHOLE_PLAIN_MAX_ROWS,
  type DataFile,
} from '../../../src/downloads/dataset';
import { compactSchema, ownTableSchema, tableSchema } from '../../../src/downloads/datapackage';
import { partitionPlan } from '../../../src/downloads/partitions';
import { dataFile } from '../../../src/downloads/paths';
import { DATA_TABLES, factsTable } from '../../../src/downloads/tables';
import { validatePackage } from '../../support/frictionless';
import { corpus } from '../../support/downloads';
import { expectedRows } from '../../support/downloads-expected';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const collections = corpus();
const { bundles, counties } = canonical(collections);
const plan = partitionPlan(bundles.map((b) => b.summary.id));
const parts = () =>
  partsInMemory(
    bundles.map((b) => contribution(b, plan)),
    counties,
  );
const bytesOf = (f: DataFile) => Buffer.concat([...f.chunks()].map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c))));
const rowsOf = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const dir = mkdtempSync(join(tmpdir(), 'compression-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gzip members', () => {
  const text = bundles.map((b) => b.source.text).join('\n');
  const whole = Buffer.from(text, 'utf8');
  const cut = (sizes: number[]): Buffer[] => {
    const out: Buffer[] = [];
    for (let at = 0, i = 0; at < whole.length; i++) {
      const n = sizes[i % sizes.length];
      out.push(whole.subarray(at, at + n));
      at += n;
    }
    return out;
  };

  it('the same bytes whatever the chunks; gunzip gives the content back; one member per memberBytes of input', () => {
    const member = 4096;
    const reference = Buffer.concat([...gzipMembers([text], member)]);
    for (const sizes of [[1], [7, 4095, 4097], [10_000], [whole.length]])
      expect(Buffer.concat([...gzipMembers(cut(sizes), member)]).equals(reference), String(sizes)).toBe(true);
    expect(gunzipSync(reference).equals(whole)).toBe(true);
    expect([...gzipMembers([text], member)].length).toBe(Math.ceil(whole.length / member));
    // Content under one member: a single ordinary gzip stream.
    expect([...gzipMembers(['a,b\r\n'])].length).toBe(1);
    expect(gunzipSync(Buffer.concat([...gzipMembers([])])).length).toBe(0);
  });

  it('DuckDB reads a CSV of several members as one table (as the Parquet writer and the DuckDB snippet do)', async () => {
    const header = 'n,word\r\n';
    const lines = Array.from({ length: 3000 }, (_, i) => `${i},词${i}\r\n`);
    const members = [...gzipMembers([header, ...lines], 1024)];
    expect(members.length).toBeGreaterThan(10);
    const p = join(dir, 'members.csv.gz');
    writeFileSync(p, Buffer.concat(members));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const r = (
      await con.runAndReadAll(`SELECT count(*)::INTEGER AS n, sum(n)::BIGINT AS s, max(word) AS w FROM read_csv('${p}', header = true)`)
    ).getRowObjects();
    expect(Number(r[0].n)).toBe(3000);
    expect(Number(r[0].s)).toBe((2999 * 3000) / 2);
    expect(r[0].w).toBe('词999');
  });
});

describe('whole tables above the row threshold', () => {
  const plain = corpusFiles(parts(), { plainMaxRows: Number.MAX_SAFE_INTEGER }).filter((f) => f.group === 'table');
  const gz = corpusFiles(parts(), { plainMaxRows: 0 }).filter((f) => f.group === 'table');

  it('are csv.gz (compression gz) and gunzip to exactly the plain CSV', () => {
    expect(gz.map((f) => f.path)).toEqual(DATA_TABLES.map((t) => dataFile.table(t.name, true)));
    expect(plain.map((f) => f.path)).toEqual(DATA_TABLES.map((t) => dataFile.table(t.name)));
    for (const [i, f] of gz.entries()) {
      expect(f.compression, f.path).toBe('gz');
      expect(f.rows, f.path).toBe(plain[i].rows);
      expect(gunzipSync(bytesOf(f)).equals(bytesOf(plain[i])), f.path).toBe(true);
    }
  });

  it('say what the oracle says: each table record by record', () => {
    const text = (name: string) => gunzipSync(bytesOf(gz.find((f) => f.path === dataFile.table(name, true))!)).toString('utf8');
    for (const t of DATA_TABLES.map((x) => x.name).filter((n) => n !== 'counties'))
      expect(rowsOf(text(t)), t).toEqual(bundles.flatMap((b) => expectedRows(t, b)));
  });

  it('the threshold is a row count: a table at it stays plain, one row above is gzipped', () => {
    const facts = plain.find((f) => f.table === factsTable)!;
    const at = corpusFiles(parts(), { plainMaxRows: facts.rows! }).find((f) => f.table === factsTable && f.group === 'table')!;
    const above = corpusFiles(parts(), { plainMaxRows: facts.rows! - 1 }).find((f) => f.table === factsTable && f.group === 'table')!;
    expect([at.path, above.path]).toEqual([dataFile.table('facts'), dataFile.table('facts', true)]);
    expect(WHOLE_PLAIN_MAX_ROWS).toBeGreaterThan(0);
  });

  it('a package of gzipped whole tables is valid for the CI validator (frictionless-py’s rules), links resolved', async () => {
    const { dataPackage } = await import('../../../src/downloads/datapackage');
    const { datasetVersion } = await import('../../../src/downloads/dataset');
    const out = join(dir, 'gz-package');
    const open = (p: string) => {
      const chunks: Uint8Array[] = [];
      return {
        write: (b: Uint8Array) => chunks.push(b),
        close: () => {
          const full = join(out, p);
          mkdirSync(posix.dirname(full), { recursive: true });
          writeFileSync(full, Buffer.concat(chunks));
        },
      };
    };
    const listed = corpusFiles(parts(), { plainMaxRows: 0 })
      .filter((f) => f.group === 'table')
      .map((f) => runFile(f, open));
    const info = buildInfo({ PORTAL_BUILD_DATE: '2024-02-29' });
    writeFileSync(join(out, 'datapackage.json'), JSON.stringify(dataPackage(listed, datasetVersion(listed, info.date), info)));
    const r = validatePackage(join(out, 'datapackage.json'));
    expect(r.errors.slice(0, 5)).toEqual([]);
    expect(r.resolved).toBeGreaterThan(0);
    expect(r.rows.facts).toBe(bundles.reduce((n, b) => n + b.details.facts.length, 0));
  });
});

describe('the partition JSON', () => {
  it('is gzipped, and its $schema names the JSON Schema from its own folder, at any depth', () => {
    const files = corpusFiles(parts());
    for (const p of [...new Set(bundles.map((b) => contribution(b, plan).partition))]) {
      const f = files.find((x) => x.path === dataFile.partJson(p))!;
      expect(f.path).toMatch(/\.json\.gz$/);
      expect(f.compression).toBe('gz');
      const doc = JSON.parse(gunzipSync(bytesOf(f)).toString('utf8'));
      expect(doc.partition).toBe(p);
      expect(posix.normalize(posix.join(posix.dirname(f.path), doc.$schema))).toBe(dataFile.jsonSchema('partition'));
    }
    for (const p of ['430000', '430000/2024'])
      expect(posix.normalize(posix.join(posix.dirname(dataFile.partJson(p)), partitionJsonSchemaRef(p)))).toBe(dataFile.jsonSchema('partition'));
  });
});

describe('each disclosure’s datapackage.json', () => {
  const info = buildInfo({ PORTAL_BUILD_DATE: '2024-02-29' });
  const files = produceDataset(collections, info);
  const byPath = new Map(files.map((f) => [f.path, f]));

  it('inlines only the compact schema (names, types, Chinese titles, constraints), never the dictionary', () => {
    const fullFields = tableSchema(factsTable).fields as Json[];
    for (const b of bundles) {
      const pkg: Json = JSON.parse(bytesOf(byPath.get(dataFile.disclosurePackage(b.summary.id))!).toString('utf8'));
      const tabular = pkg.resources.filter((r: Json) => r.schema);
      expect(tabular.map((r: Json) => r.path)).toEqual(['facts.csv']);
      const fields: Json[] = tabular[0].schema.fields;
      expect(fields.map((f) => f.name)).toEqual(fullFields.map((f) => f.name));
      for (const f of fields) {
        expect(
          Object.keys(f).filter((k) => !['name', 'type', 'title', 'constraints', 'trueValues', 'falseValues'].includes(k)),
          f.name,
        ).toEqual([]);
        const full = fullFields.find((x) => x.name === f.name)!;
        expect([f.type, f.title, f.constraints], f.name).toEqual([full.type, full.title, full.constraints]);
      }
      expect(tabular[0].schema).toEqual(compactSchema(factsTable));
      for (const d of fullFields.map((x) => x.description as string).filter((d) => d.length > 20))
        expect(JSON.stringify(pkg).includes(JSON.stringify(d).slice(1, -1)), `${b.summary.id} repeats "${d.slice(0, 30)}…"`).toBe(false);
    }
  });

  it('names the full schema, which the dataset writes once and which is the whole table’s dictionary without links', () => {
    const shared = byPath.get(dataFile.tableSchema('facts'));
    expect(shared, dataFile.tableSchema('facts')).toBeDefined();
    expect(JSON.parse(bytesOf(shared!).toString('utf8'))).toEqual(ownTableSchema(factsTable));
    expect(files.filter((f) => f.path.endsWith('.table-schema.json')).map((f) => f.path)).toEqual([dataFile.tableSchema('facts')]);
    const b = bundles[0];
    const pkg: Json = JSON.parse(bytesOf(byPath.get(dataFile.disclosurePackage(b.summary.id))!).toString('utf8'));
    const facts = pkg.resources.find((r: Json) => r.path === 'facts.csv');
    const named = /\(([^)]*table-schema\.json) from here\)/.exec(facts.description)?.[1];
    expect(named).toBeDefined();
    expect(posix.normalize(posix.join(posix.dirname(dataFile.disclosurePackage(b.summary.id)), named!))).toBe(dataFile.tableSchema('facts'));
  });

  it('stays valid on its own for the CI validator (frictionless-py’s rules)', () => {
    const out = join(dir, 'own');
    for (const b of bundles.slice(0, 2)) {
      const own = files.filter((f) => f.disclosureId === b.summary.id);
      for (const f of own) {
        const p = join(out, f.path);
        mkdirSync(posix.dirname(p), { recursive: true });
        writeFileSync(p, bytesOf(f));
      }
      const r = validatePackage(join(out, dataFile.disclosurePackage(b.summary.id)));
      expect(r.errors.slice(0, 5), b.summary.id).toEqual([]);
      expect(r.rows['facts']).toBe(b.details.facts.length);
    }
  });
});
