/** Shared by `npm run check`, `npm run normalize` and the build: read, normalize, report. */
import { resolve } from 'node:path';
import { config } from '../config';
import { formatProblems } from '../core/problems';
import { normalizeCorpus, type CorpusResult } from '../normalize/corpus';
import { runChecks } from '../checks/index';
import { readCorpusFiles } from './corpus-files';
import type { Problem } from '../core/problems';

/** PORTAL_CONTENT_DIR points the build at another content folder (tests, the synthetic corpus). */
export const CONTENT_DIR = config.contentDir;

/** The whole corpus in memory (tests and small tools; the build streams: normalize-stream.ts). */
export function runNormalize(root: string, contentDir = CONTENT_DIR): CorpusResult {
  return normalizeCorpus(readCorpusFiles(resolve(root, contentDir)), runChecks);
}

/** Print problems for a person (no stack trace: these are data errors) and say whether to stop. */
export function reportProblems(result: { problems: Problem[] }): boolean {
  if (result.problems.length === 0) return false;
  process.stderr.write(formatProblems(result.problems) + '\n\nNothing was written; the previous generated data and dist/ are untouched.\n');
  return true;
}
