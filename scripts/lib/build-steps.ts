/**
 * The steps that run over the built site before it is published (the search
 * index). Each gets the staging folder and the collections. The downloads are
 * written before the Astro build (see scripts/build.ts), because the /data/
 * page lists them.
 */
import type { Collections } from '../../src/normalize/corpus';
import { searchIndexStep } from '../steps/search-index';

export interface BuildContext {
  root: string;
  distDir: string;
  collections: Collections;
}

export interface BuildStep {
  name: string;
  run: (ctx: BuildContext) => void;
}

export const buildSteps: BuildStep[] = [searchIndexStep];
