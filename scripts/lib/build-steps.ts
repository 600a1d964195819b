/**
 * The steps that run over the built site before it is published: the search
 * index and the downloads. Each gets the staging folder and the collections.
 */
import type { Collections } from '../../src/normalize/corpus';
import { searchIndexStep } from '../steps/search-index';
import { downloadsStep } from '../steps/downloads';

export interface BuildContext {
  root: string;
  distDir: string;
  collections: Collections;
}

export interface BuildStep {
  name: string;
  run: (ctx: BuildContext) => void;
}

export const buildSteps: BuildStep[] = [searchIndexStep, downloadsStep];
