/**
 * Build-time data access to what `npm run normalize` wrote under
 * GENERATED_DIR (one JSON file per disclosure and kind). The normalizer
 * validated every entry before writing it, so pages read them back with a
 * plain JSON.parse and a typed cast: validating again per page cost more than
 * rendering it. Nothing here keeps the whole corpus in memory unless a page
 * asks for it (allDisclosures()); a disclosure page reads only its own files.
 *
 * Only counties (small) are a content collection: Astro
 * bundles the whole collection store into the build, which does not scale to
 * 100,000 summaries.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { CountyEntry, DisclosureDetails, DisclosureSummary, NoteEntry, SourceEntry } from '../schema/normalized';
import { parseDisclosureId } from '../core/disclosure-id';
import { rendersDisclosure, shardItems } from './shard';

export { isPrimaryShard, PAGE_SHARD, shardItems } from './shard';

import { entryFile, GENERATED_DIR, KINDS, kindDir, type Kind } from './layout';

export { GENERATED_DIR };

/** Trusted read of one generated file (see the module comment). */
function readGenerated<T>(kind: Kind, id: string): T {
  const file = entryFile(GENERATED_DIR, kind, id);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no ${kind} for disclosure ${id} (${file}): run \`npm run normalize\` or \`npm run build\``);
  }
  return JSON.parse(raw) as T;
}

function ids(kind: Kind): string[] {
  return readdirSync(kindDir(GENERATED_DIR, kind))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

let idList: string[] | null = null;
/** Every disclosure id, sorted (code-unit order); the list the shards split. */
export function disclosureIds(): string[] {
  idList ??= ids(KINDS.summaries);
  return idList;
}

/** The ids of the disclosure pages this build process renders (all of them unless sharded or partitioned). */
export function shardDisclosureIds(): string[] {
  return shardItems(disclosureIds().filter((id) => rendersDisclosure(id)));
}

export function summaryOf(id: string): DisclosureSummary {
  return readGenerated(KINDS.summaries, id);
}

export function detailsOf(id: string): DisclosureDetails {
  return readGenerated(KINDS.details, id);
}

export function sourceOf(id: string): SourceEntry {
  return readGenerated(KINDS.sources, id);
}

/** The disclosure's parsed editorial note, or null when it has none. */
export function noteOf(id: string): NoteEntry | null {
  return existsSync(entryFile(GENERATED_DIR, KINDS.notes, id)) ? readGenerated(KINDS.notes, id) : null;
}

let summaries: Promise<DisclosureSummary[]> | null = null;
let counties: Promise<CountyEntry[]> | null = null;

const newestFirst = (a: DisclosureSummary, b: DisclosureSummary) => b.year - a.year || a.county_code.localeCompare(b.county_code) || a.id.localeCompare(b.id);

/** All disclosure summaries, newest year first, then by county code. Holds every summary in memory. */
export function allDisclosures(): Promise<DisclosureSummary[]> {
  summaries ??= Promise.resolve().then(() => disclosureIds().map(summaryOf).sort(newestFirst));
  return summaries;
}

/** Counties that have at least one disclosure, by code. */
export function allCounties(): Promise<CountyEntry[]> {
  counties ??= getCollection('counties').then((es) =>
    es
      .map((e) => e.data)
      .filter((c) => c.disclosure_ids.length > 0)
      .sort((a, b) => a.code.localeCompare(b.code)),
  );
  return counties;
}

let typeCounts: Promise<Map<string, number>> | null = null;

/**
 * Number of disclosures per department type, counted once per build process
 * from the county records' disclosure ids (an id names its department type):
 * the counts are the corpus's even where the generated folder holds one
 * partition's disclosures only (`npm run build -- --partition`), and no
 * summary is read.
 */
export function disclosureCountByType(): Promise<Map<string, number>> {
  typeCounts ??= getCollection('counties').then((es) => {
    const m = new Map<string, number>();
    for (const e of es)
      for (const id of e.data.disclosure_ids) {
        const type = parseDisclosureId(id)?.department_type;
        if (type !== undefined) m.set(type, (m.get(type) ?? 0) + 1);
      }
    return m;
  });
  return typeCounts;
}
