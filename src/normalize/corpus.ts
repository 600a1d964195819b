/**
 * The whole curated corpus → normalized collections, or the complete list of
 * problems. Pure: it takes file contents in memory (path → bytes), so tests
 * can feed fixtures without touching the disk.
 */
import type { Problem } from '../lib/problems';
import { decodeUtf8 } from '../lib/text-decode';
import type { CountyEntry, DisclosureDetails, DisclosureSummary, SourceEntry } from '../schema/normalized';
import { normalizeDisclosure, type NormalizedDisclosure, type ReadText, type RunChecks } from './disclosure';
import { readRegistries, type Registries } from './registries';

export type CorpusFiles = Map<string, Uint8Array>;

export interface Collections {
  counties: CountyEntry[];
  disclosures: DisclosureSummary[];
  details: DisclosureDetails[];
  sources: SourceEntry[];
}

export interface CorpusResult {
  problems: Problem[];
  collections: Collections | null;
  /** Per disclosure, what tests need beyond the collections (verbatim text, not-figures rules). */
  normalized: NormalizedDisclosure[];
  registries: Registries;
}

export const DISCLOSURES_DIR = 'content/disclosures';

export function normalizeCorpus(files: CorpusFiles, runChecks: RunChecks): CorpusResult {
  const problems: Problem[] = [];
  const readText: ReadText = (path, opts) => {
    const bytes = files.get(path);
    if (!bytes) {
      if (!opts?.optional) problems.push({ file: path, expected: 'a file here', found: 'no such file' });
      return null;
    }
    const d = decodeUtf8(bytes);
    if (!d.ok) {
      problems.push({ file: path, expected: 'UTF-8 text', found: d.found });
      return null;
    }
    return d.text;
  };
  const registries = readRegistries(readText, problems);

  // A disclosure is a folder directly under content/disclosures/ (files beside the folders are ignored).
  const folders = [...new Set([...files.keys()].filter((p) => p.startsWith(DISCLOSURES_DIR + '/') && p.split('/').length >= 4).map((p) => p.split('/').slice(0, 3).join('/')))].sort();
  const normalized: NormalizedDisclosure[] = [];
  const idToFolder = new Map<string, string>();
  for (const folder of folders) {
    const n = normalizeDisclosure(folder, readText, registries, problems, runChecks);
    if (!n) continue;
    const prev = idToFolder.get(n.summary.id);
    if (prev) {
      problems.push({ file: `${folder}/disclosure.json`, where: '$.id', expected: 'a disclosure id used by one folder only', found: `duplicate id ${n.summary.id}, also in ${prev}/disclosure.json` });
      continue;
    }
    idToFolder.set(n.summary.id, folder);
    normalized.push(n);
  }
  if (problems.length) return { problems, collections: null, normalized, registries };

  const byCounty = new Map<string, string[]>();
  for (const n of normalized) byCounty.set(n.summary.county_code, [...(byCounty.get(n.summary.county_code) ?? []), n.summary.id]);
  const counties: CountyEntry[] = [...registries.counties.values()].map((c) => ({
    code: c.code,
    name: c.name,
    short_name: c.short_name,
    prefecture: c.prefecture,
    prefecture_code: c.prefecture_code,
    province: c.province,
    province_code: c.province_code,
    valid_from: c.valid_from ? Number(c.valid_from) : null,
    valid_to: c.valid_to ? Number(c.valid_to) : null,
    predecessor_code: c.predecessor_code || null,
    successor_code: c.successor_code || null,
    note: c.note,
    disclosure_ids: byCounty.get(c.code) ?? [],
  }));
  return {
    problems,
    collections: {
      counties,
      disclosures: normalized.map((n) => n.summary),
      details: normalized.map((n) => n.details),
      sources: normalized.map((n) => n.source),
    },
    normalized,
    registries,
  };
}
