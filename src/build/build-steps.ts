/**
 * The steps that run over the built site before it is published (the search
 * index, the leak scan). Each gets the staging folder and the collections. The downloads are
 * written before the Astro build (see scripts/build.ts), because the /data/
 * page lists them.
 */
import type { CountyEntry, DisclosureSummary } from '../schema/normalized';
import { searchIndexStep } from './steps/search-index';
import { leakScanStep } from './steps/leak-scan';

/**
 * What a step gets: the summaries and counties only. The per-disclosure
 * details and source texts stay on disk (<generatedDir>/details|sources/<id>.json):
 * at 100,000 disclosures they do not fit in memory at once.
 */
export interface BuildContext {
  root: string;
  distDir: string;
  generatedDir: string;
  collections: { counties: CountyEntry[]; disclosures: DisclosureSummary[] };
}

export interface BuildStep {
  name: string;
  run: (ctx: BuildContext) => void;
}

/** The leak scan comes last: it covers everything the site publishes, the search index included. */
export const buildSteps: BuildStep[] = [searchIndexStep, leakScanStep];
