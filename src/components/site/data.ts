/**
 * Collections as the site shell needs them, read once per build: every county
 * record (including codes without disclosures, for code histories) and the
 * places derived from them.
 */
import { getCollection } from 'astro:content';
import { allDisclosures } from '../../data/collections';
import type { CountyEntry, DisclosureSummary } from '../../schema/normalized';
import { placesWithDisclosures, type Place } from './model/regions';

let records: Promise<CountyEntry[]> | null = null;

/** Every county record of the registry, by code. */
export function allCountyRecords(): Promise<CountyEntry[]> {
  records ??= getCollection('counties').then((es) => es.map((e) => e.data).sort((a, b) => a.code.localeCompare(b.code)));
  return records;
}

let placesP: Promise<Place[]> | null = null;
export function allPlaces(): Promise<Place[]> {
  placesP ??= allCountyRecords().then(placesWithDisclosures);
  return placesP;
}

let byIdP: Promise<Map<string, DisclosureSummary>> | null = null;
export function disclosuresById(): Promise<Map<string, DisclosureSummary>> {
  byIdP ??= allDisclosures().then((ds) => new Map(ds.map((d) => [d.id, d])));
  return byIdP;
}
