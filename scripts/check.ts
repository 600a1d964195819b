/** `npm run check`: validate the curated data only (fast); exit 1 listing every problem. */
import { reportProblems, runNormalize } from './lib/normalize-run';

const result = runNormalize(process.cwd());
if (reportProblems(result)) process.exit(1);
const c = result.collections!;
const facts = c.details.reduce((n, d) => n + d.facts.length, 0);
console.log(`Curated data OK: ${c.disclosures.length} disclosures, ${facts} figures, ${c.counties.length} counties.`);
