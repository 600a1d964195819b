/**
 * What changed between two versions of the published data, for the
 * CHANGELOG: disclosures added, removed and changed (their content files'
 * hashes in files.csv when both versions list them, else their rows in
 * disclosures.csv and facts.csv), and figures corrected (the same fact key
 * with another published value, unit or status). Pure functions over the
 * tables both versions publish.
 */
import type { DatasetChanges } from './build-info';

/** One CSV record by column name. */
export type TableRow = Readonly<Record<string, string>>;

/** The tables of one version's data folder that the comparison reads. */
export interface PublishedTables {
  /** disclosures.csv */
  disclosures: readonly TableRow[];
  /** facts.csv */
  facts: readonly TableRow[];
  /** files.csv (path, disclosure_id, sha256), or null when the version has none. */
  files: readonly TableRow[] | null;
}

/** What a figure's correction is: the value as printed, its unit, its status (reported, withheld, empty). */
export const FACT_VALUE_COLUMNS = ['published_value', 'published_unit', 'status'] as const;

/** A disclosure's content files; its datapackage.json only describes them. */
const CONTENT_FILE = /\/(facts\.csv|disclosure\.json|source\.txt)$/;

/** Per disclosure, its content files' paths and SHA-256, or null when the version lists none. */
function fileHashes(files: readonly TableRow[] | null): Map<string, string> | null {
  if (!files) return null;
  const by = new Map<string, string[]>();
  for (const f of files) {
    const id = f.disclosure_id ?? '';
    if (id === '' || !CONTENT_FILE.test(f.path ?? '')) continue;
    const list = by.get(id) ?? [];
    list.push(`${f.path}\t${f.sha256}`);
    by.set(id, list);
  }
  if (by.size === 0) return null;
  return new Map([...by].map(([id, list]) => [id, list.sort().join('\n')]));
}

const columnsOf = (rows: readonly TableRow[]) => new Set(rows.flatMap((r) => Object.keys(r)));
const common = (a: readonly TableRow[], b: readonly TableRow[]) => {
  const bc = columnsOf(b);
  return [...columnsOf(a)].filter((c) => bc.has(c)).sort();
};
const pick = (r: TableRow, cols: readonly string[]) => JSON.stringify(cols.map((c) => r[c] ?? ''));

/** Per disclosure, its disclosures.csv row and its facts.csv rows (by fact_id), over the columns both versions have. */
function rowFingerprints(t: PublishedTables, dCols: readonly string[], fCols: readonly string[]): Map<string, string> {
  const facts = new Map<string, string[]>();
  for (const f of t.facts) {
    const list = facts.get(f.disclosure_id) ?? [];
    list.push(`${f.fact_id}\t${pick(f, fCols)}`);
    facts.set(f.disclosure_id, list);
  }
  return new Map(t.disclosures.map((d) => [d.disclosure_id, `${pick(d, dCols)}\n${(facts.get(d.disclosure_id) ?? []).sort().join('\n')}`]));
}

const sorted = (xs: Iterable<string>) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The changes from `prev` (published as `previousVersion`) to `cur`; `history` is the previous CHANGELOG's entries. */
export function datasetChanges(prev: PublishedTables, cur: PublishedTables, previousVersion: string, history = ''): DatasetChanges {
  const before = new Set(prev.disclosures.map((d) => d.disclosure_id));
  const now = new Set(cur.disclosures.map((d) => d.disclosure_id));
  const hp = fileHashes(prev.files);
  const hc = fileHashes(cur.files);
  const [fp, fc] =
    hp && hc
      ? [hp, hc]
      : (() => {
          const dCols = common(prev.disclosures, cur.disclosures);
          const fCols = common(prev.facts, cur.facts);
          return [rowFingerprints(prev, dCols, fCols), rowFingerprints(cur, dCols, fCols)];
        })();
  const valueCols = FACT_VALUE_COLUMNS.filter((c) => columnsOf(prev.facts).has(c) && columnsOf(cur.facts).has(c));
  const oldValues = new Map(prev.facts.map((f) => [f.fact_key, pick(f, valueCols)]));
  const corrected = cur.facts.filter((f) => oldValues.has(f.fact_key) && oldValues.get(f.fact_key) !== pick(f, valueCols)).map((f) => f.fact_key);
  return {
    previousVersion,
    added: sorted([...now].filter((id) => !before.has(id))),
    removed: sorted([...before].filter((id) => !now.has(id))),
    changed: sorted([...now].filter((id) => before.has(id) && fp.get(id) !== fc.get(id))),
    corrected: sorted(corrected),
    history,
  };
}

/** A CHANGELOG's entries: everything from its first "## " heading (its title line is written anew). */
export function changelogEntries(text: string): string {
  const m = /^## /m.exec(text);
  return m ? text.slice(m.index).replace(/\s+$/, '') + '\n' : '';
}
