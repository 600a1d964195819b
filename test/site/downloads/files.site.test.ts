/**
 * The built /data/ folder (PORTAL_DIST_DIR): the text files are exactly the
 * dataset of the corpus, datapackage.json is a Frictionless Data Package that
 * describes every bulk file and every CSV column (and only those), each
 * disclosure's folder has a package of its own, and both pass the CI
 * validator (frictionless.test.ts); no personal mobile number anywhere.
 * Parquet and xlsx are checked by reading them back (binary.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { MOBILE_LIKE } from '../../../src/normalize/redact';
import { looksLikeFormula } from '../../../src/core/spreadsheet-safe';
import { produceDataset, type ListedFile } from '../../../src/downloads/dataset';
import { parquetFile, workbookFile } from '../../../src/downloads/binary';
import { ALL_TABLES } from '../../../src/downloads/tables';
import { buildInfo } from '../../../src/downloads/build-info';
import { gunzipSync } from 'node:zlib';
import { corpus, DATA_DIR, dataFiles, readText, requireBuilt, wholeTable } from '../../support/downloads';
import { canonical } from '../../../src/downloads/dataset';
import { partitionOf, partitionPlan } from '../../../src/downloads/partitions';
import { dataFile } from '../../../src/downloads/paths';
import { validatePackage } from '../../support/frictionless';
import { expectedRows } from '../../support/downloads-expected';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (p: string) => readFileSync(join(DATA_DIR, p));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const utf8 = (b: Buffer) => new TextDecoder('utf-8', { fatal: true }).decode(b);
const isBinary = (p: string) => /\.(parquet|xlsx)$/.test(p);
function parse(p: string): { header: string[]; rows: string[][] } {
  const raw = read(p);
  const text = utf8(p.endsWith('.gz') ? gunzipSync(raw) : raw);
  const r = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  expect(r.errors, p).toEqual([]);
  const [header, ...rows] = r.data;
  return { header, rows };
}

let pkg: Json;
let onDisk: string[];
let listed: Json[];
beforeAll(() => {
  requireBuilt();
  pkg = JSON.parse(utf8(read('datapackage.json')));
  onDisk = dataFiles();
  listed = Papa.parse<Json>(utf8(read('files.csv')), { header: true, skipEmptyLines: true }).data;
});

describe('/data/ files', () => {
  it('are exactly the dataset of the corpus, byte for byte (plus the /data/ page; Parquet and xlsx as measured)', () => {
    // The binary files are written from the CSV by DuckDB and exceljs; the reference takes them as listed.
    const tables = new Map(ALL_TABLES.map((t) => [t.name, t]));
    const binary: ListedFile[] = listed
      .filter((r) => isBinary(r.path))
      .map((r) => ({
        ...(r.format === 'parquet' ? parquetFile(r.partition, tables.get(r.table)!, Number(r.rows)) : workbookFile(r.partition, Number(r.rows))),
        bytes: Number(r.bytes),
        sha256: r.sha256,
      }));
    for (const f of binary) expect(listed.find((r) => r.path === f.path)!.path).toBe(f.path);
    const info = buildInfo({ ...process.env, PORTAL_BUILD_DATE: String(pkg.created).slice(0, 10) });
    const expected = produceDataset(corpus(), info, undefined, binary);
    expect(onDisk).toEqual([...expected.map((f) => f.path), ...binary.map((f) => f.path), 'index.html'].sort());
    for (const f of expected) expect(sha256(read(f.path)), f.path).toBe(f.sha256);
  });

  it('files.csv lists every other file with its true size, hash and row count', () => {
    expect(listed.map((r) => r.path).sort()).toEqual(onDisk.filter((p) => !['files.csv', 'datapackage.json', 'index.html'].includes(p)).sort());
    for (const r of listed) {
      const b = read(r.path);
      expect(Number(r.bytes), r.path).toBe(statSync(join(DATA_DIR, r.path)).size);
      expect(r.sha256, r.path).toBe(sha256(b));
      if (r.format === 'csv') expect(Number(r.rows), r.path).toBe(parse(r.path).rows.length);
      else if (!isBinary(r.path)) expect(r.rows, r.path).toBe('');
      expect(r.compression, r.path).toBe(r.path.endsWith('.gz') ? 'gz' : '');
    }
  });

  it('text files are plain UTF-8 without BOM; CSV records end in CRLF', () => {
    for (const p of onDisk.filter((x) => !isBinary(x))) {
      const raw = read(p);
      const b = p.endsWith('.gz') ? gunzipSync(raw) : raw;
      expect(() => utf8(b), p).not.toThrow();
      expect(b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), `${p} starts with a BOM`).toBe(false);
      if (/\.csv(\.gz)?$/.test(p)) {
        const text = b.toString('utf8');
        expect(text.endsWith('\r\n'), p).toBe(true);
        expect(text.slice(0, text.indexOf('\r\n')), p).toMatch(/^[a-z_0-9,]+$/);
      }
    }
  });

  it('the bulk files are partitioned by province, each partition with every table as csv.gz and Parquet, a workbook and JSON', () => {
    const parts = [...new Set(listed.filter((r) => r.partition).map((r) => r.partition))];
    expect(parts.length).toBeGreaterThan(0);
    const tables = pkg.resources
      .filter((r: Json) => r.schema && !r.path.includes('/'))
      .map((r: Json) => r.name)
      .filter((n: string) => n !== 'files' && n !== 'counties');
    for (const p of parts) {
      expect(p).toMatch(/^\d{2}0000(\/\d{4})?$/);
      for (const t of tables) for (const ext of ['csv.gz', 'parquet']) expect(onDisk, `${p} ${t}.${ext}`).toContain(`provinces/${p}/${t}.${ext}`);
      expect(onDisk).toContain(`provinces/${p}/workbook.xlsx`);
      expect(onDisk).toContain(dataFile.partJson(p));
    }
    expect(onDisk.some((p) => p.startsWith('excel/') || p === 'all.json')).toBe(false);
  });

  it('no personal mobile number anywhere under /data/ (SHA-256 hex values aside)', () => {
    const leaks: string[] = [];
    for (const p of onDisk.filter((x) => !isBinary(x))) {
      const raw = read(p);
      const text = (p.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').replace(/[0-9a-f]{64}/g, '');
      for (const m of text.matchAll(MOBILE_LIKE)) leaks.push(`${p}: ${m[0]}`);
    }
    expect(onDisk.some((p) => p.endsWith('/source.txt'))).toBe(true);
    expect(leaks).toEqual([]);
  });
});

describe('compressed files and what is written once', () => {
  it('every .gz file gunzips to what the oracle says: each table record by record, the partition JSON entry by entry', () => {
    const { bundles } = canonical(corpus());
    const plan = partitionPlan(bundles.map((b) => b.summary.id));
    const gz = listed.filter((r) => r.compression === 'gz');
    expect(gz.length).toBeGreaterThan(0);
    for (const r of gz) {
      const mine = bundles.filter((b) => r.partition === '' || partitionOf(plan, b.summary.id) === r.partition);
      if (r.format === 'json') {
        const doc = JSON.parse(readText(r.path));
        expect(doc.partition, r.path).toBe(r.partition);
        expect(doc.disclosures, r.path).toEqual(mine.map((b) => ({ summary: b.summary, details: b.details })));
        continue;
      }
      expect(r.format, r.path).toBe('csv');
      const rows = Papa.parse<Record<string, string>>(readText(r.path), { header: true, skipEmptyLines: true }).data;
      expect(rows, r.path).toEqual(mine.flatMap((b) => expectedRows(r.table, b)));
    }
  });

  it('no disclosure’s datapackage.json repeats the dictionary; the full schema each names exists, once; each passes the CI validator', () => {
    const packages = onDisk.filter((p) => /^disclosures\/[^/]+\/datapackage\.json$/.test(p));
    expect(packages.length).toBeGreaterThan(0);
    const dictionary = new Set<string>(
      pkg.resources
        .filter((r: Json) => r.schema)
        .flatMap((r: Json) => r.schema.fields.map((f: Json) => f.description as string))
        .filter((d: string) => d.length > 20),
    );
    for (const p of packages) {
      const own = JSON.parse(utf8(read(p)));
      const text = JSON.stringify(own);
      for (const d of dictionary) expect(text.includes(JSON.stringify(d).slice(1, -1)), `${p} repeats "${d.slice(0, 30)}…"`).toBe(false);
      for (const r of own.resources.filter((x: Json) => x.schema)) {
        for (const f of r.schema.fields) expect(f.description ?? f.title_en ?? f.description_en, `${p} ${f.name}`).toBeUndefined();
        const named = /\(([^)]*\.table-schema\.json) from here\)/.exec(r.description)?.[1];
        expect(named, `${p} names its full schema`).toBeDefined();
        const inData = join(p, '..', named!).split('\\').join('/');
        expect(onDisk, `${p} → ${named}`).toContain(inData.replace(/^\.\//, ''));
      }
      const report = validatePackage(join(DATA_DIR, p));
      expect(report.errors.slice(0, 3), p).toEqual([]);
    }
    expect(onDisk.filter((p) => p.endsWith('.table-schema.json'))).toEqual([dataFile.tableSchema('facts')]);
  });
});

// ---------------------------------------------------------------- data package validity

const TYPES = new Set(['string', 'integer', 'number', 'boolean']);

function cellError(field: Json, v: string): string | null {
  const c = field.constraints ?? {};
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(v)) return 'not an integer';
      if (c.minimum !== undefined && Number(v) < c.minimum) return `below minimum ${c.minimum}`;
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(v)) return 'not a number';
      break;
    case 'boolean':
      if (![...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(v)) return 'not a boolean';
      break;
  }
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(v)) return `does not match ${c.pattern}`;
  if (c.enum && !c.enum.includes(v)) return 'not one of the enum values';
  return null;
}

describe('datapackage.json', () => {
  it('has the required package properties: name, title, version, created, licence CC-BY-4.0, sources, resources', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.title).toMatch(/[\u4e00-\u9fff]/);
    // version = build date (UTC+8) + content hash; id names the content
    expect(pkg.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{12}$/);
    expect(pkg.version.slice(0, 10)).toBe(String(pkg.created).slice(0, 10));
    expect(pkg.id).toMatch(new RegExp(`^urn:sha256:${pkg.version.slice(11)}[0-9a-f]{52}$`));
    expect(pkg.portal_version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(pkg.created).toMatch(/T00:00:00\+08:00$/);
    expect(pkg.contributors).toEqual([expect.objectContaining({ title: expect.stringMatching(/[\u4e00-\u9fff]/), role: 'publisher' })]);
    // homepage only when the site's address is known (never a made-up host)
    if (process.env.PORTAL_SITE) expect(pkg.homepage).toMatch(/^https?:\/\//);
    else expect(pkg.homepage).toBeUndefined();
    expect(pkg.licenses).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0', path: expect.stringMatching(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//) }),
    ]);
    expect(pkg.sources.length).toBeGreaterThan(0);
    for (const s of pkg.sources) expect(s.title).toBeTruthy();
    const names = pkg.resources.map((r: Json) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['disclosures', 'facts', 'key_figures', 'projects', 'indicators', 'checks', 'counties', 'files']));
    // every file but the per-disclosure ones (each folder has its own package) and the package itself is described
    const described = new Set(pkg.resources.map((r: Json) => r.path));
    expect(onDisk.filter((p) => !p.startsWith('disclosures/') && p !== 'datapackage.json' && p !== 'index.html' && !described.has(p))).toEqual([]);
    for (const id of new Set(onDisk.filter((p) => p.startsWith('disclosures/')).map((p) => p.split('/')[1]))) {
      const own = JSON.parse(utf8(read(`disclosures/${id}/datapackage.json`)));
      expect(own.resources.map((r: Json) => `disclosures/${id}/${r.path}`).sort()).toEqual(
        onDisk.filter((p) => p.startsWith(`disclosures/${id}/`) && !p.endsWith('datapackage.json')).sort(),
      );
    }
  });

  it('every resource has name, path, format, mediatype, encoding, and true bytes and sha256 hash', () => {
    for (const r of pkg.resources) {
      for (const k of ['name', 'path', 'format', 'mediatype', 'bytes', 'hash', 'title', 'description']) expect(r[k], `${r.name}.${k}`).toBeDefined();
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r.path).not.toMatch(/^\/|\.\./);
      if (!isBinary(r.path)) expect(r.encoding).toBe('utf-8');
      const b = read(r.path);
      expect(r.bytes, r.path).toBe(b.length);
      expect(r.hash, r.path).toBe(`sha256:${sha256(b)}`);
      if (r.format === 'csv') {
        expect(r.mediatype).toBe('text/csv');
        expect(r.profile).toBe('tabular-data-resource');
        expect(r.schema, r.name).toBeDefined();
      }
    }
  });

  it('describes every CSV column, and only those, with type, Chinese and English title, description; values parse as declared', () => {
    for (const r of pkg.resources.filter((x: Json) => x.schema)) {
      const { header, rows } = parse(r.path);
      const fields: Json[] = r.schema.fields;
      expect(header, r.path).toEqual(fields.map((f) => f.name));
      expect(r.schema.missingValues).toEqual(['']);
      for (const f of fields) {
        expect(TYPES.has(f.type), `${r.name}.${f.name} type ${f.type}`).toBe(true);
        expect(f.title, `${r.name}.${f.name} title`).toMatch(/[\u4e00-\u9fff]/);
        expect(f.title_en, `${r.name}.${f.name} title_en`).toBeTruthy();
        expect(f.description, `${r.name}.${f.name} description`).toMatch(/[\u4e00-\u9fff]/);
        expect(f.description_en, `${r.name}.${f.name} description_en`).toBeTruthy();
      }
      const problems: string[] = [];
      fields.forEach((f, j) => {
        const seen = new Set<string>();
        rows.forEach((row, i) => {
          const v = row[j];
          if (v === '') {
            if (f.constraints?.required) problems.push(`${r.path} record ${i + 1} ${f.name}: required but missing`);
            return;
          }
          const err = cellError(f, v);
          if (err) problems.push(`${r.path} record ${i + 1} ${f.name}: "${v.slice(0, 40)}" ${err}`);
          if (f.constraints?.unique) {
            if (seen.has(v)) problems.push(`${r.path} ${f.name}: "${v}" not unique`);
            seen.add(v);
          }
        });
      });
      expect(problems).toEqual([]);
    }
  });

  it('amounts in yuan are exact two-decimal strings and never 0 where the figure is missing', () => {
    const { header, rows } = parse(wholeTable('facts'));
    const [amount, status, published] = ['amount_yuan', 'status', 'published_value'].map((n) => header.indexOf(n));
    for (const r of rows) {
      if (r[amount] !== '') expect(r[amount]).toMatch(/^-?\d+\.\d{2}$/);
      if (r[status] !== 'reported' && r[published] === '') expect(r[amount]).toBe('');
    }
    const d = parse(wholeTable('disclosures'));
    for (const [j, n] of d.header.entries()) if (n.endsWith('_yuan')) for (const r of d.rows) if (r[j] !== '') expect(r[j]).toMatch(/^-?\d+\.\d{2}$/);
  });

  it('every _yuan column has its integer _fen twin with the same amount', () => {
    let pairs = 0;
    for (const r of pkg.resources.filter((x: Json) => x.schema && !x.path.includes('/'))) {
      const { header, rows } = parse(r.path);
      for (const [j, n] of header.entries()) {
        if (!n.endsWith('_yuan')) continue;
        const k = header.indexOf(n.replace(/_yuan$/, '_fen'));
        expect(k, `${r.path} ${n} has a _fen column`).toBeGreaterThan(-1);
        for (const row of rows) {
          pairs++;
          expect(
            row[k] === ''
              ? ''
              : (BigInt(row[k]) < 0n ? '-' : '') +
                  (BigInt(row[k]) < 0n ? -BigInt(row[k]) : BigInt(row[k]))
                    .toString()
                    .padStart(3, '0')
                    .replace(/(\d{2})$/, '.$1'),
            `${r.path} ${n}`,
          ).toBe(row[j]);
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('no value reads as missing in pandas or csvkit defaults where it is not missing (phase not_applicable, never none)', () => {
    const PANDAS_NA = new Set([
      '',
      '#N/A',
      '#N/A N/A',
      '#NA',
      '-1.#IND',
      '-1.#QNAN',
      '-NaN',
      '-nan',
      '1.#IND',
      '1.#QNAN',
      '<NA>',
      'N/A',
      'NA',
      'NULL',
      'NaN',
      'None',
      'n/a',
      'nan',
      'null',
      'none',
    ]);
    const bad: string[] = [];
    for (const r of pkg.resources.filter((x: Json) => x.schema && !x.path.includes('/'))) {
      const { header, rows } = parse(r.path);
      for (const row of rows) row.forEach((v, j) => v !== '' && PANDAS_NA.has(v) && bad.push(`${r.path} ${header[j]}: ${v}`));
    }
    expect(bad.slice(0, 10)).toEqual([]);
    const facts = parse(wholeTable('facts'));
    expect(facts.rows.some((row) => row[facts.header.indexOf('phase')] === 'not_applicable')).toBe(true);
  });

  // Primary and foreign keys: frictionless.test.ts runs the CI validator (frictionless-py's rules) over this package.
});
