/**
 * The steps that run over the built site before it is published (the search
 * index, the leak scan). Each gets the staging folder and the collections. The downloads are
 * written before the Astro build (see scripts/build.ts), because the /data/
 * page lists them.
 */
import type { CountyEntry } from '../schema/normalized';
import type { DisclosureRef } from './normalize-slice';
import type { PlannedPartition } from './partition-keys';
import { searchIndexStep } from './steps/search-index';
import { leakScanStep } from './steps/leak-scan';

/**
 * What a step gets: slim disclosure entries (id, county) and the counties
 * only. The summaries, details and source texts stay on disk (each
 * partition's generated folder in the cache, <cache>/partitions/<id>/generated/):
 * at 100,000 disclosures they do not fit in memory at once.
 */
export interface BuildContext {
  root: string;
  distDir: string;
  generatedDir: string;
  /** The partition cache (partition-cache.ts) and the partitions of this build. */
  cacheDir: string;
  partitions: PlannedPartition[];
  collections: { counties: CountyEntry[]; disclosures: DisclosureRef[] };
  /** What each step reused from the cache and rebuilt, by partition (the build's report). */
  reuse: Record<string, { reused: string[]; rebuilt: string[] }>;
}

export interface BuildStep {
  name: string;
  run: (ctx: BuildContext) => void;
}

/** The leak scan comes last: it covers everything the site publishes, the search index included. */
export const buildSteps: BuildStep[] = [searchIndexStep, leakScanStep];
