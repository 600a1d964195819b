/** Shared by the downloads tests: the normalized corpus the build used, and the built /data/ folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { config } from '../../src/config';
import { join, relative } from 'node:path';
import { readCorpusFiles } from '../../src/build/corpus-files';
import { runChecks } from '../../src/checks/index';
import { normalizeCorpus, type Collections } from '../../src/normalize/corpus';
import { DIST_DIR } from './browser';

/** The collections of the content the build read (PORTAL_CONTENT_DIR, as the build). */
export function corpus(): Collections {
  const r = normalizeCorpus(readCorpusFiles(config.contentDir), runChecks);
  if (!r.collections) throw new Error(`the corpus does not normalize: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.collections;
}

export const DATA_DIR = join(DIST_DIR, 'data');

export function requireBuilt(): void {
  if (!existsSync(join(DATA_DIR, 'datapackage.json')))
    throw new Error(`${DATA_DIR}/datapackage.json is missing: build first (npm run build, or PORTAL_DIST_DIR=… for your own build)`);
}

/** Every file under /data/ as a path relative to it. */
export function dataFiles(dir = DATA_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A file's text (UTF-8), gunzipped when its name ends in .gz. */
export function readText(path: string, dir = DATA_DIR): string {
  const b = readFileSync(join(dir, path));
  return new TextDecoder('utf-8', { fatal: true }).decode(path.endsWith('.gz') ? gunzipSync(b) : b);
}

/** A whole table's path in a built data folder, as files.csv lists it: plain CSV, or csv.gz above the row threshold. */
export function wholeTable(name: string, dir = DATA_DIR): string {
  const rows = Papa.parse<Record<string, string>>(readText('files.csv', dir), { header: true, skipEmptyLines: true }).data;
  const r = rows.find((x) => x.table === name && x.partition === '' && x.disclosure_id === '');
  if (!r) throw new Error(`${dir}/files.csv lists no whole table ${name}`);
  return r.path;
}
