/**
 * Build-time data access. Summaries and counties are content collections
 * (small entries, read once per build and shared between pages). The large
 * per-disclosure payloads (all figures, the source text) are not: Astro
 * bundles the whole collection store into the build, so they are read from the
 * generated JSON on demand, one disclosure at a time, and validated against
 * the same zod schemas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { disclosureDetailsSchema, sourceEntrySchema, type CountyEntry, type DisclosureDetails, type DisclosureSummary, type SourceEntry } from '../schema/normalized';

export const GENERATED_DIR = process.env.PORTAL_GENERATED_DIR ?? '.generated';

let summaries: Promise<DisclosureSummary[]> | null = null;
let counties: Promise<CountyEntry[]> | null = null;

/** All disclosure summaries, newest year first, then by county code. */
export function allDisclosures(): Promise<DisclosureSummary[]> {
  summaries ??= getCollection('disclosures').then((es) =>
    es.map((e) => e.data).sort((a, b) => b.year - a.year || a.county_code.localeCompare(b.county_code) || a.id.localeCompare(b.id)),
  );
  return summaries;
}

/** Counties that have at least one disclosure, by code. */
export function allCounties(): Promise<CountyEntry[]> {
  counties ??= getCollection('counties').then((es) => es.map((e) => e.data).filter((c) => c.disclosure_ids.length > 0).sort((a, b) => a.code.localeCompare(b.code)));
  return counties;
}

function readGenerated<T>(kind: 'details' | 'sources', id: string, parse: (v: unknown) => T): T {
  const file = join(GENERATED_DIR, kind, `${id}.json`);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no ${kind} for disclosure ${id} (${file}): run \`npm run normalize\` or \`npm run build\``);
  }
  return parse(JSON.parse(raw));
}

export async function detailsOf(id: string): Promise<DisclosureDetails> {
  return readGenerated('details', id, (v) => disclosureDetailsSchema.parse(v));
}

export async function sourceOf(id: string): Promise<SourceEntry> {
  return readGenerated('sources', id, (v) => sourceEntrySchema.parse(v));
}

/** Every disclosure's details (for whole-corpus pages such as /data/), in id order. */
export async function allDetails(): Promise<DisclosureDetails[]> {
  return ids('details').map((id) => readGenerated('details', id, (v) => disclosureDetailsSchema.parse(v)));
}

export async function allSources(): Promise<SourceEntry[]> {
  return ids('sources').map((id) => readGenerated('sources', id, (v) => sourceEntrySchema.parse(v)));
}

function ids(kind: 'details' | 'sources'): string[] {
  return readdirSync(join(GENERATED_DIR, kind)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

let typeCounts: Promise<Map<string, number>> | null = null;

/** Number of disclosures per department type, counted once per build. */
export function disclosureCountByType(): Promise<Map<string, number>> {
  typeCounts ??= allDisclosures().then((ds) => {
    const m = new Map<string, number>();
    for (const d of ds) m.set(d.department_type, (m.get(d.department_type) ?? 0) + 1);
    return m;
  });
  return typeCounts;
}
