/**
 * `npm run normalize`: validate the curated data and write the content
 * collections to .generated/ atomically (all or nothing), with the downloads
 * manifest the /data/ page reads (`astro dev` needs it; the files themselves
 * are only kept by `npm run build`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTENT_DIR, reportProblems } from '../src/build/normalize-run';
import { normalizeToDisk } from '../src/build/normalize-stream';
import { GENERATED_DIR } from '../src/store/layout';
import { acquireLock, BuildLockedError } from '../src/build/publish';

let release: () => void = () => {};
try {
  release = acquireLock(resolve(GENERATED_DIR));
} catch (e) {
  if (!(e instanceof BuildLockedError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
process.on('exit', () => release());
const tmp = mkdtempSync(join(tmpdir(), 'portal-downloads-'));
const result = await normalizeToDisk({ contentDir: resolve(CONTENT_DIR), generatedDir: GENERATED_DIR, dataDir: join(tmp, 'data') }).finally(() =>
  rmSync(tmp, { recursive: true, force: true }),
);
if (reportProblems(result)) process.exit(1);
console.log(`Normalized ${result.disclosures.length} disclosures into ${GENERATED_DIR}/`);
