/**
 * The build's streaming normalizer (src/build/normalize-stream.ts): the
 * same output however the corpus is split over worker threads, the same as
 * the in-memory reference, every problem reported, nothing written on error.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeToDisk } from '../../../src/build/normalize-stream';
import { listDisclosureFolders } from '../../../src/build/normalize-slice';
import { readCorpusFiles } from '../../../src/build/corpus-files';
import { disclosureFolders } from '../../../src/normalize/corpus';
import { mkdirSync } from 'node:fs';
import { runNormalize } from '../../../src/build/normalize-run';
import { synthesize } from '../../../tools/synth';
import { canonicalBundle, produceDataset } from '../../../src/downloads/dataset';
import { buildInfo } from '../../../src/downloads/build-info';
import { fromManifest } from '../../../src/downloads/manifest';
import { MANIFEST_FILE } from '../../../src/downloads/manifest';

const tmp = mkdtempSync(join(tmpdir(), 'portal-stream-'));
const content = join(tmp, 'content');

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
  }
  return out;
}

function expectSameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [k, v] of a) expect(v.equals(b.get(k)!), k).toBe(true);
}

beforeAll(() => {
  process.env.PORTAL_BUILD_DATE = '2026-01-02';
  synthesize({ n: 13, out: content });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('streaming normalizer', () => {
  it('writes the same generated data and downloads with 1 or 3 workers, and the same as the in-memory reference', async () => {
    const runs = [];
    for (const workers of [1, 3]) {
      const gen = join(tmp, `gen-${workers}`);
      const data = join(tmp, `data-${workers}`);
      const r = await normalizeToDisk({ contentDir: content, generatedDir: gen, dataDir: data, workers });
      expect(r.problems).toEqual([]);
      expect(r.disclosures.map((d) => d.id)).toEqual(listDisclosureFolders(content));
      runs.push({ gen: tree(gen), data: tree(data), files: r.files! });
    }
    expectSameTree(runs[0].gen, runs[1].gen);
    expectSameTree(runs[0].data, runs[1].data);

    const ref = runNormalize(process.cwd(), content);
    expect(ref.problems).toEqual([]);
    const written = new Map<string, Buffer>();
    // Parquet and xlsx are written from the CSV by DuckDB and exceljs (read back in test/unit/downloads/binary.test.ts):
    // the reference takes them as the build listed them.
    const binary = runs[1].files.filter((f) => f.format === 'parquet' || f.format === 'xlsx').map(fromManifest);
    expect(binary.length).toBeGreaterThan(0);
    const expected = produceDataset(
      ref.collections!,
      buildInfo(),
      (path) => {
        const parts: Uint8Array[] = [];
        return { write: (b) => parts.push(Buffer.from(b)), close: () => written.set(path, Buffer.concat(parts)) };
      },
      binary,
    );
    for (const f of binary) written.set(f.path, runs[1].data.get(f.path)!);
    expectSameTree(runs[1].data, written);
    const key = (f: { path: string; bytes: number; sha256: string; rows: number | null }) => [f.path, f.bytes, f.sha256, f.rows];
    expect(runs[1].files.map(key).sort()).toEqual([...expected, ...binary].map(key).sort());
    expect(JSON.parse(runs[1].gen.get(MANIFEST_FILE)!.toString('utf8')).files).toEqual(runs[1].files);
    // Generated entries are the reference's, one file each.
    for (const d of ref.collections!.details) expect(JSON.parse(runs[1].gen.get(`details/${d.id}.json`)!.toString('utf8'))).toEqual(d);
    for (const c of ref.collections!.counties) expect(JSON.parse(runs[1].gen.get(`counties/${c.code}.json`)!.toString('utf8'))).toEqual(c);
  }, 60_000);

  it('finds the same disclosure folders as the in-memory normalizer (empty, dot-only and nested-empty folders are none)', () => {
    const root = join(tmp, 'folders');
    synthesize({ n: 2, out: root });
    mkdirSync(join(root, 'disclosures', 'empty'));
    mkdirSync(join(root, 'disclosures', 'dot-only'));
    writeFileSync(join(root, 'disclosures', 'dot-only', '.keep'), '');
    mkdirSync(join(root, 'disclosures', 'nested-empty', 'sub'), { recursive: true });
    mkdirSync(join(root, 'disclosures', 'nested-file', 'sub'), { recursive: true });
    writeFileSync(join(root, 'disclosures', 'nested-file', 'sub', 'x.txt'), 'x');
    const inMemory = disclosureFolders(readCorpusFiles(root).keys()).map((f) => f.split('/').pop());
    expect(inMemory).toContain('nested-file');
    expect(inMemory).not.toContain('nested-empty');
    expect(listDisclosureFolders(root)).toEqual(inMemory);
  });

  it('normalizer output is already canonical (the stream writes it without re-parsing)', () => {
    for (const dir of ['content', content]) {
      const r = runNormalize(process.cwd(), dir);
      for (const n of r.normalized) {
        const c = canonicalBundle(n);
        expect(JSON.stringify(n.summary)).toBe(JSON.stringify(c.summary));
        expect(JSON.stringify(n.details)).toBe(JSON.stringify(c.details));
        expect(JSON.stringify(n.source)).toBe(JSON.stringify(c.source));
      }
    }
  });

  it('reports the problems of every slice in folder order and writes nothing', async () => {
    const folders = listDisclosureFolders(content);
    const first = join(content, 'disclosures', folders[0], 'facts.csv');
    const last = join(content, 'disclosures', folders[folders.length - 1], 'disclosure.json');
    const saved = [readFileSync(first), readFileSync(last)];
    try {
      writeFileSync(first, Buffer.concat([saved[0], Buffer.from([0xff, 0xfe])]));
      writeFileSync(last, '{ not json');
      const gen = join(tmp, 'gen-bad');
      const r = await normalizeToDisk({ contentDir: content, generatedDir: gen, dataDir: join(tmp, 'data-bad'), workers: 3 });
      expect(r.files).toBeNull();
      const files = r.problems.map((p) => p.file);
      expect(files).toContain(`content/disclosures/${folders[0]}/facts.csv`);
      expect(files).toContain(`content/disclosures/${folders[folders.length - 1]}/disclosure.json`);
      expect(files.indexOf(`content/disclosures/${folders[0]}/facts.csv`)).toBeLessThan(
        files.indexOf(`content/disclosures/${folders[folders.length - 1]}/disclosure.json`),
      );
      expect(existsSync(gen)).toBe(false);
      expect(readdirSync(tmp).filter((n) => n.startsWith('gen-bad'))).toEqual([]);
    } finally {
      writeFileSync(first, saved[0]);
      writeFileSync(last, saved[1]);
    }
  }, 60_000);
});
