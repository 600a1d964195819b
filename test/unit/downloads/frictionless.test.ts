/**
 * The CI validator (test/support/frictionless.ts): it reports what
 * frictionless-py reports, shown on a small package with one fault of each
 * kind, and the built /data/ package passes it with 0 errors.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePackage } from '../../support/frictionless';
import { DATA_DIR, requireBuilt } from '../../support/downloads';

const dir = mkdtempSync(join(tmpdir(), 'frictionless-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function pkgWith(
  files: Record<string, string | Buffer>,
  resources: Record<string, unknown>[],
  fix: Record<string, Partial<Record<string, unknown>>> = {},
): string {
  for (const [p, c] of Object.entries(files)) writeFileSync(join(dir, p), c);
  const res = resources.map((r) => {
    const b = Buffer.isBuffer(files[r.path as string]) ? (files[r.path as string] as Buffer) : Buffer.from(files[r.path as string] as string);
    return { ...r, bytes: b.length, hash: sha(b), ...(fix[r.name as string] ?? {}) };
  });
  const p = join(dir, `datapackage-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(p, JSON.stringify({ name: 'demo', resources: res }));
  return p;
}

const parents = {
  name: 'parents',
  path: 'parents.csv',
  format: 'csv',
  schema: {
    fields: [
      { name: 'doc', type: 'string' },
      { name: 'item', type: 'string' },
      { name: 'n', type: 'integer', constraints: { minimum: 0 } },
    ],
    primaryKey: ['doc', 'item'],
    missingValues: [''],
  },
};
const children = (fk: unknown) => ({
  name: 'children',
  path: 'children.csv',
  format: 'csv',
  schema: {
    fields: [
      { name: 'doc', type: 'string', constraints: { required: true } },
      { name: 'item', type: 'string' },
      { name: 'flag', type: 'boolean', trueValues: ['true'], falseValues: ['false'] },
    ],
    missingValues: [''],
    foreignKeys: [fk],
  },
});

describe('the CI validator applies frictionless-py’s rules', () => {
  const parentsCsv = 'doc,item,n\r\na,x,1\r\na,y,2\r\n';

  it('a composite foreign key with one part empty is an error (skipped only when all parts are empty)', () => {
    const p = pkgWith({ 'parents.csv': parentsCsv, 'children.csv': 'doc,item,flag\r\na,x,true\r\na,,false\r\n,,true\r\n' }, [
      parents,
      children({ fields: ['doc', 'item'], reference: { resource: 'parents', fields: ['doc', 'item'] } }),
    ]);
    const r = validatePackage(p);
    expect(r.errors.filter((e) => e.code === 'foreign-key')).toEqual([
      expect.objectContaining({ resource: 'children', row: 3, message: 'values "a, None" not found in the lookup table "parents" as doc, item' }),
    ]);
    // the row with every part empty is skipped; its required doc is a constraint error
    expect(r.errors.filter((e) => e.code === 'constraint-error')).toEqual([expect.objectContaining({ row: 4, field: 'doc' })]);
    expect(r.resolved).toBe(1);
  });

  it('types, constraints, primary keys, labels, bytes and hash', () => {
    const p = pkgWith(
      { 'parents.csv': 'doc,item,n\r\na,x,1\r\na,x,-2\r\nb,,z\r\n', 'children.csv': 'doc,itm,flag\r\na,x,yes\r\n' },
      [parents, children({ fields: ['doc'], reference: { resource: '', fields: ['doc'] } })],
      { parents: { bytes: 1 }, children: { hash: 'sha256:00' } },
    );
    const codes = validatePackage(p).errors.map((e) => `${e.code} ${e.resource} ${e.row ?? ''} ${e.field ?? ''}`.trim());
    expect(codes).toEqual(
      expect.arrayContaining([
        'byte-count parents',
        'hash-count children',
        'primary-key parents 3',
        'constraint-error parents 3 n',
        'type-error parents 4 n',
        'primary-key parents 4',
        'incorrect-label children  item',
        'type-error children 2 flag',
      ]),
    );
  });

  it('reads gzip-compressed CSV', () => {
    const gz = gzipSync(Buffer.from(parentsCsv));
    const p = pkgWith({ 'parents.csv.gz': gz }, [{ ...parents, path: 'parents.csv.gz', compression: 'gz' }]);
    const r = validatePackage(p);
    expect(r.errors).toEqual([]);
    expect(r.rows.parents).toBe(2);
  });
});

describe('a schema given by path (why a disclosure’s package inlines its compact schema)', () => {
  const parentsCsv = 'doc,item,n\r\na,x,1\r\na,y,2\r\n';
  const schemaOf = (r: Record<string, unknown>) => r.schema;

  it('is read from inside the package’s folder', () => {
    writeFileSync(join(dir, 'parents.schema.json'), JSON.stringify(schemaOf(parents)));
    const r = validatePackage(pkgWith({ 'parents.csv': parentsCsv }, [{ ...parents, schema: 'parents.schema.json' }]));
    expect(r.errors).toEqual([]);
    expect(r.rows.parents).toBe(2);
  });

  it('outside it ("../", absolute, hidden) is not safe, as frictionless-py says without trusted=True; a missing one is an error', () => {
    for (const path of ['../parents.schema.json', '/tmp/parents.schema.json', '.hidden/parents.schema.json'])
      expect(validatePackage(pkgWith({ 'parents.csv': parentsCsv }, [{ ...parents, schema: path }])).errors, path).toEqual([
        expect.objectContaining({ code: 'resource-error', resource: 'parents', message: expect.stringContaining('not safe') }),
      ]);
    expect(validatePackage(pkgWith({ 'parents.csv': parentsCsv }, [{ ...parents, schema: 'none.json' }])).errors).toEqual([
      expect.objectContaining({ code: 'schema-error' }),
    ]);
  });
});

describe('the built /data/ package', () => {
  it('passes with 0 errors and resolves its links', () => {
    requireBuilt();
    const r = validatePackage(join(DATA_DIR, 'datapackage.json'));
    expect(r.errors.slice(0, 20)).toEqual([]);
    expect(r.resolved).toBeGreaterThan(0);
    for (const [name, n] of Object.entries(r.rows)) expect(n, name).toBeGreaterThan(0);
  });
});
