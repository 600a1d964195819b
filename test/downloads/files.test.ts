/**
 * The built /data/ folder (PORTAL_DIST_DIR): the files are exactly the
 * dataset of the corpus, datapackage.json is a valid Frictionless Data
 * Package that describes every CSV column (and only those), whose types,
 * constraints, keys, sizes and hashes hold on the files; the Excel copies
 * are safe; no personal mobile number anywhere.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { MOBILE_LIKE } from '../../src/normalize/redact';
import { looksLikeFormula } from '../../src/lib/spreadsheet-safe';
import { produceDataset } from '../../src/downloads/dataset';
import { corpus, DATA_DIR, dataFiles, requireBuilt } from './support';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (p: string) => readFileSync(join(DATA_DIR, p));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const utf8 = (b: Buffer) => new TextDecoder('utf-8', { fatal: true }).decode(b);
function parse(p: string): { header: string[]; rows: string[][] } {
  const text = utf8(read(p)).replace(/^\uFEFF/, '');
  const r = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  expect(r.errors, p).toEqual([]);
  const [header, ...rows] = r.data;
  return { header, rows };
}

let pkg: Json;
let onDisk: string[];
beforeAll(() => {
  requireBuilt();
  pkg = JSON.parse(utf8(read('datapackage.json')));
  onDisk = dataFiles();
});

describe('/data/ files', () => {
  it('are exactly the dataset of the corpus, byte for byte (plus the /data/ page)', () => {
    const expected = produceDataset(corpus(), { version: pkg.version, date: String(pkg.created).slice(0, 10) });
    expect(onDisk).toEqual([...expected.map((f) => f.path), 'index.html'].sort());
    for (const f of expected) expect(sha256(read(f.path)), f.path).toBe(f.sha256);
  });

  it('files.csv lists every other file with its true size, hash and row count', () => {
    const { header, rows } = parse('files.csv');
    const col = (n: string) => header.indexOf(n);
    const listed = rows.map((r) => r[col('path')]);
    expect(listed.sort()).toEqual(onDisk.filter((p) => !['files.csv', 'datapackage.json', 'index.html'].includes(p)).sort());
    for (const r of rows) {
      const p = r[col('path')];
      const b = read(p);
      expect(Number(r[col('bytes')]), p).toBe(statSync(join(DATA_DIR, p)).size);
      expect(r[col('sha256')], p).toBe(sha256(b));
      expect(r[col('bom')], p).toBe(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 'true' : 'false');
      if (p.endsWith('.csv')) expect(Number(r[col('rows')]), p).toBe(parse(p).rows.length);
      else expect(r[col('rows')], p).toBe('');
    }
  });

  it('research CSV and all text files are plain UTF-8 without BOM; CSV records end in CRLF', () => {
    // The spreadsheet copies: excel/ and each disclosure's CSV (offered on its page to readers).
    for (const p of onDisk.filter((x) => !x.startsWith('excel/') && !/^disclosures\/.*\.csv$/.test(x))) {
      const b = read(p);
      expect(() => utf8(b), p).not.toThrow();
      expect(b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), `${p} starts with a BOM`).toBe(false);
      if (p.endsWith('.csv')) {
        const text = b.toString('utf8');
        expect(text.endsWith('\r\n'), p).toBe(true);
        expect(text.slice(0, text.indexOf('\r\n')), p).toMatch(/^[a-z_0-9,]+$/);
      }
    }
  });

  it('each disclosure CSV is a spreadsheet copy: BOM, no executable cell', () => {
    const own = onDisk.filter((p) => /^disclosures\/.*\.csv$/.test(p));
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) {
      expect([...read(p).subarray(0, 3)], p).toEqual([0xef, 0xbb, 0xbf]);
      for (const row of parse(p).rows) for (const cell of row) expect(looksLikeFormula(cell), `${p}: ${JSON.stringify(cell.slice(0, 40))}`).toBe(false);
    }
  });

  it('Excel copies start with a BOM, keep the Chinese, contain no executable cell, and hold the research data', () => {
    const excel = onDisk.filter((p) => p.startsWith('excel/'));
    expect(excel.length).toBe(6);
    for (const p of excel) {
      const b = read(p);
      expect([...b.subarray(0, 3)], p).toEqual([0xef, 0xbb, 0xbf]);
      const x = parse(p);
      const r = parse(p.replace(/^excel\//, ''));
      expect(x.header).toEqual(r.header);
      expect(x.rows.length).toBe(r.rows.length);
      x.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          expect(looksLikeFormula(cell), `${p} record ${i + 1} ${x.header[j]}: ${JSON.stringify(cell.slice(0, 40))}`).toBe(false);
          const research = r.rows[i][j];
          expect(cell === research || cell === `'${research}`, `${p} record ${i + 1} ${x.header[j]}`).toBe(true);
        }),
      );
    }
    expect(utf8(read('excel/facts.csv'))).toContain('一般公共预算');
  });

  it('no personal mobile number anywhere under /data/ (SHA-256 hex values aside)', () => {
    const leaks: string[] = [];
    for (const p of onDisk) {
      const text = read(p).toString('utf8');
      for (const m of text.matchAll(MOBILE_LIKE)) leaks.push(`${p}: ${m[0]}`);
    }
    expect(onDisk.some((p) => p.startsWith('sources/'))).toBe(true);
    expect(leaks).toEqual([]);
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
    expect(pkg.profile).toBe('data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.title).toMatch(/[\u4e00-\u9fff]/);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(Number.isNaN(Date.parse(pkg.created))).toBe(false);
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: expect.stringMatching(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//) })]);
    expect(pkg.sources.length).toBeGreaterThan(0);
    for (const s of pkg.sources) expect(s.title).toBeTruthy();
    const names = pkg.resources.map((r: Json) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['disclosures', 'facts', 'projects', 'indicators', 'checks', 'counties', 'files', 'all']));
  });

  it('every resource has name, path, format, mediatype, encoding, and true bytes and sha256 hash', () => {
    for (const r of pkg.resources) {
      for (const k of ['name', 'path', 'format', 'mediatype', 'encoding', 'bytes', 'hash', 'title', 'description']) expect(r[k], `${r.name}.${k}`).toBeDefined();
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r.path).not.toMatch(/^\/|\.\./);
      expect(r.encoding).toBe('utf-8');
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
    const { header, rows } = parse('facts.csv');
    const [amount, status, published] = ['amount_yuan', 'status', 'published_value'].map((n) => header.indexOf(n));
    for (const r of rows) {
      if (r[amount] !== '') expect(r[amount]).toMatch(/^-?\d+\.\d{2}$/);
      if (r[status] !== 'reported' && r[published] === '') expect(r[amount]).toBe('');
    }
    const d = parse('disclosures.csv');
    for (const [j, n] of d.header.entries()) if (n.endsWith('_yuan')) for (const r of d.rows) if (r[j] !== '') expect(r[j]).toMatch(/^-?\d+\.\d{2}$/);
  });

  it('primary keys are unique and foreign keys resolve', () => {
    const tables = new Map<string, { header: string[]; rows: string[][] }>();
    for (const r of pkg.resources.filter((x: Json) => x.schema)) tables.set(r.name, parse(r.path));
    const tuple = (t: { header: string[] }, row: string[], fields: string[]) => fields.map((f) => row[t.header.indexOf(f)]);
    const problems: string[] = [];
    let resolved = 0;
    for (const r of pkg.resources.filter((x: Json) => x.schema)) {
      const t = tables.get(r.name)!;
      const pk: string[] = r.schema.primaryKey;
      expect(pk.length, r.name).toBeGreaterThan(0);
      const keys = t.rows.map((row) => JSON.stringify(tuple(t, row, pk)));
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      if (dupes.length) problems.push(`${r.name}: duplicate primary keys ${dupes.slice(0, 3).join(' ')}`);
      for (const fk of r.schema.foreignKeys) {
        const refName = fk.reference.resource === '' ? r.name : fk.reference.resource;
        const ref = tables.get(refName);
        if (!ref) {
          problems.push(`${r.name}: foreign key to unknown resource ${refName}`);
          continue;
        }
        const refKeys = new Set(ref.rows.map((row) => JSON.stringify(tuple(ref, row, fk.reference.fields))));
        for (const row of t.rows) {
          const v = tuple(t, row, fk.fields);
          if (v.some((x) => x === '')) continue; // a missing value references nothing
          if (refKeys.has(JSON.stringify(v))) resolved++;
          else problems.push(`${r.name} ${fk.fields.join('+')}=${v.join('+')}: not in ${refName} ${fk.reference.fields.join('+')}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(resolved).toBeGreaterThan(500);
  });
});
