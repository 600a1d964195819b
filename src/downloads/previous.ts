/**
 * Reading a published data folder (what dist/data/ holds) for the CHANGELOG:
 * PORTAL_PREVIOUS_DATA names the previous version's folder (e.g. the last
 * release's data folder, downloaded), and the build reads its own new folder
 * the same way. A folder that is missing, unreadable or not this portal's
 * package is an error naming the path and what was expected, all problems at
 * once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../normalize/csv';
import { formatProblem, type Problem } from '../core/problems';
import { changelogEntries, type PublishedTables, type TableRow } from './changes';
import { PACKAGE_NAME } from './citation';
import { dataFile } from './paths';

export interface DataFolder {
  /** The package's version (datapackage.json `version`). */
  version: string;
  tables: PublishedTables;
  /** The entries of its CHANGELOG.md ("" when it has none). */
  history: string;
}

export class DataFolderError extends Error {}

const EXPECTED = `a published data folder of this portal (what dist/data/ holds: ${dataFile.datapackage()} named "${PACKAGE_NAME}", ${dataFile.table('disclosures')}, ${dataFile.table('facts')})`;

const REQUIRED = {
  disclosures: ['disclosure_id'],
  facts: ['disclosure_id', 'fact_id', 'fact_key', 'published_value', 'published_unit', 'status'],
  files: ['path', 'disclosure_id', 'sha256'],
} as const;

type Read = (f: string, optional?: boolean) => string | null;

/** A whole table is published plain or, above a row count, gzipped (dataset.ts WHOLE_PLAIN_MAX_ROWS): read whichever the folder has. */
function published(dir: string, f: string): string {
  const gz = `${f}.gz`;
  return f.endsWith('.csv') && !existsSync(join(dir, f)) && existsSync(join(dir, gz)) ? gz : f;
}

function reader(dir: string, problems: Problem[]): Read {
  return (f, optional = false) => {
    try {
      const p = published(dir, f);
      const b = readFileSync(join(dir, p));
      return new TextDecoder('utf-8').decode(p.endsWith('.gz') ? gunzipSync(b) : b);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!(optional && code === 'ENOENT'))
        problems.push({ file: join(dir, f), expected: EXPECTED, found: code === 'ENOENT' ? 'no such file' : `an unreadable file (${(e as Error).message})` });
      return null;
    }
  };
}

function table(dir: string, read: Read, problems: Problem[], name: keyof typeof REQUIRED, optional = false): TableRow[] | null {
  const file = name === 'files' ? dataFile.files() : dataFile.table(name);
  const text = read(file, optional);
  if (text === null) return null;
  const r = parseCsv(text.replace(/^\uFEFF/, ''), join(dir, file), REQUIRED[name], null);
  problems.push(...r.problems);
  return r.rows.map((x) => x.values);
}

const failure = (what: string, dir: string, problems: Problem[]) =>
  new DataFolderError(`${what}: ${dir} is not ${EXPECTED}:\n${problems.map((p, i) => `  ${i + 1}. ${formatProblem(p)}`).join('\n')}`);

/** Read `dir` (named `what` in messages, e.g. "PORTAL_PREVIOUS_DATA"); throws a DataFolderError listing every problem. */
export function readDataFolder(dir: string, what: string): DataFolder {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DataFolderError(
      `${what}: ${formatProblem({ file: dir, expected: EXPECTED, found: existsSync(dir) ? 'a file, not a folder' : 'no such folder' })}`,
    );
  }
  const problems: Problem[] = [];
  const read = reader(dir, problems);
  const pkgFile = join(dir, dataFile.datapackage());
  let version = '';
  const pkgText = read(dataFile.datapackage());
  if (pkgText !== null) {
    let pkg: unknown = null;
    try {
      pkg = JSON.parse(pkgText);
    } catch (e) {
      problems.push({ file: pkgFile, expected: 'JSON (a Frictionless data package)', found: `invalid JSON (${(e as Error).message})` });
    }
    if (pkg !== null) {
      const p = pkg as { name?: unknown; version?: unknown };
      if (p.name !== PACKAGE_NAME)
        problems.push({ file: pkgFile, where: 'name', expected: `"${PACKAGE_NAME}" (this portal's package)`, found: JSON.stringify(p.name ?? null) });
      if (typeof p.version !== 'string' || p.version === '')
        problems.push({
          file: pkgFile,
          where: 'version',
          expected: 'the dataset version, e.g. "2026-01-31.0123456789ab"',
          found: JSON.stringify(p.version ?? null),
        });
      else version = p.version;
    }
  }
  const disclosures = table(dir, read, problems, 'disclosures');
  const facts = table(dir, read, problems, 'facts');
  const files = table(dir, read, problems, 'files', true);
  const changelog = read(dataFile.changelog(), true);
  if (problems.length) throw failure(what, dir, problems);
  return { version, tables: { disclosures: disclosures!, facts: facts!, files }, history: changelog === null ? '' : changelogEntries(changelog) };
}

/** The tables of the data folder being built (its whole CSV tables just written; files.csv is not yet, so `files` comes from the build's list). */
export function builtTables(dir: string, files: readonly { path: string; disclosureId: string | null; sha256: string }[]): PublishedTables {
  const problems: Problem[] = [];
  const read = reader(dir, problems);
  const disclosures = table(dir, read, problems, 'disclosures');
  const facts = table(dir, read, problems, 'facts');
  if (problems.length) throw failure('the new data folder', dir, problems);
  return { disclosures: disclosures!, facts: facts!, files: files.map((f) => ({ path: f.path, disclosure_id: f.disclosureId ?? '', sha256: f.sha256 })) };
}
