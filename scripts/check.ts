/** `npm run check`: validate the curated data only (nothing written); exit 1 listing every problem. */
import { resolve } from 'node:path';
import { CONTENT_DIR, reportProblems } from '../src/build/normalize-run';
import { normalizeToDisk } from '../src/build/normalize-stream';

const result = await normalizeToDisk({ contentDir: resolve(CONTENT_DIR), generatedDir: null });
if (reportProblems(result)) process.exit(1);
console.log(`Curated data OK: ${result.disclosures.length} disclosures, ${result.facts} figures, ${result.counties.length} counties.`);
