/**
 * What the /data/ page needs to know about each written download, without
 * its content: written by the build before the Astro build, read by the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeasuredFile } from './dataset';
import { ALL_TABLES } from './tables';
import type { TableSpec } from './columns';

export type ManifestEntry = Omit<MeasuredFile, 'chunks' | 'table'> & { table: string | null };

export const MANIFEST_FILE = 'downloads-manifest.json';

export function toManifest(files: MeasuredFile[]): ManifestEntry[] {
  return files.map(({ chunks: _c, table, ...rest }) => ({ ...rest, table: table?.name ?? null }));
}

export type ListedFile = Omit<MeasuredFile, 'chunks'>;

/** The manifest with table specs resolved again (for the data dictionary links). */
export function readManifest(generatedDir: string): ListedFile[] {
  const entries = JSON.parse(readFileSync(join(generatedDir, MANIFEST_FILE), 'utf8')) as ManifestEntry[];
  const byName = new Map<string, TableSpec>(ALL_TABLES.map((t) => [t.name, t]));
  return entries.map((e) => ({ ...e, table: e.table === null ? null : byName.get(e.table) ?? null }));
}
