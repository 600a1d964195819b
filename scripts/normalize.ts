/**
 * `npm run normalize`: validate the curated data and write the content
 * collections to .generated/ atomically (all or nothing).
 */
import { reportProblems, runNormalize } from './lib/normalize-run';
import { writeCollections, GENERATED_DIR } from './lib/write-collections';

const result = runNormalize(process.cwd());
if (reportProblems(result)) process.exit(1);
writeCollections(result.collections!, GENERATED_DIR);
console.log(`Normalized ${result.collections!.disclosures.length} disclosures into ${GENERATED_DIR}/`);
