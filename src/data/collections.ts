/**
 * Read the collections once per build and share the results between pages
 * (module state lives for the whole static build).
 */
import { getCollection, getEntry } from 'astro:content';
import type { CountyEntry, DisclosureDetails, DisclosureSummary, SourceEntry } from '../schema/normalized';

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

export async function detailsOf(id: string): Promise<DisclosureDetails> {
  const e = await getEntry('details', id);
  if (!e) throw new Error(`no details entry for disclosure ${id}`);
  return e.data;
}

export async function sourceOf(id: string): Promise<SourceEntry> {
  const e = await getEntry('sources', id);
  if (!e) throw new Error(`no source entry for disclosure ${id}`);
  return e.data;
}
