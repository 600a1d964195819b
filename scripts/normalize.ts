/**
 * `npm run normalize`: validate the curated data and write the content
 * collections to .generated/ atomically (all or nothing).
 */
import { reportProblems, runNormalize } from './lib/normalize-run';
import { writeCollections, GENERATED_DIR } from './lib/write-collections';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDownloads } from './steps/downloads';
import { MANIFEST_FILE } from '../src/downloads/manifest';

const result = runNormalize(process.cwd());
if (reportProblems(result)) process.exit(1);
writeCollections(result.collections!, GENERATED_DIR);
// The /data/ page lists the downloads from their manifest; `astro dev` needs it too.
const tmp = mkdtempSync(join(tmpdir(), 'portal-downloads-'));
writeDownloads(result.collections!, join(tmp, 'data'), join(GENERATED_DIR, MANIFEST_FILE));
rmSync(tmp, { recursive: true, force: true });
console.log(`Normalized ${result.collections!.disclosures.length} disclosures into ${GENERATED_DIR}/`);
