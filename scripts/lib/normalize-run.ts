/** Shared by `npm run check`, `npm run normalize` and the build: read, normalize, report. */
import { resolve } from 'node:path';
import { formatProblems } from '../../src/lib/problems';
import { normalizeCorpus, type CorpusResult } from '../../src/normalize/corpus';
import { runChecks } from '../../src/checks/index';
import { readCorpusFiles } from './corpus-files';

/** PORTAL_CONTENT_DIR points the build at another content folder (tests, the synthetic corpus). */
export const CONTENT_DIR = process.env.PORTAL_CONTENT_DIR ?? 'content';

export function runNormalize(root: string, contentDir = CONTENT_DIR): CorpusResult {
  return normalizeCorpus(readCorpusFiles(resolve(root, contentDir)), runChecks);
}

/** Print problems for a person (no stack trace: these are data errors) and say whether to stop. */
export function reportProblems(result: CorpusResult): boolean {
  if (result.problems.length === 0) return false;
  process.stderr.write(formatProblems(result.problems) + '\n\nNothing was written; the previous generated data and dist/ are untouched.\n');
  return true;
}
