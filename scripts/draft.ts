/**
 * `npm run draft -- <source.txt> [--id <disclosure_id>] [--out <dir>] [--into-content] [--force]`:
 * draft a disclosure folder in the curated format from a document's plain
 * text, for a curator to review (REVIEW.md lists what to look at).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkDraft } from '../src/draft/check';
import { draftDisclosure } from '../src/draft/draft';
import { decodeUtf8 } from '../src/normalize/text-decode';
import { formatProblems } from '../src/core/problems';
import { loadRegistries, writeDraft } from '../src/build/draft-io';

const USAGE = 'usage: npm run draft -- <source.txt> [--id <disclosure_id>] [--out <dir>] [--into-content] [--force]';

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let file = '';
let id: string | undefined;
let out: string | undefined;
let intoContent = false;
let force = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--id') id = args[++i] ?? fail('--id needs a disclosure id');
  else if (a === '--out') out = args[++i] ?? fail('--out needs a folder');
  else if (a === '--into-content') intoContent = true;
  else if (a === '--force') force = true;
  else if (a.startsWith('--')) fail(`unknown option ${a}`);
  else if (!file) file = a;
  else fail(`one source file only (got ${file} and ${a})`);
}
if (!file) fail('no source file given');
if (!existsSync(file)) fail(`${file}: no such file`);
const bytes = readFileSync(file);
const decoded = decodeUtf8(bytes);
if (!decoded.ok) fail(`${file}: expected UTF-8 text, found ${decoded.found}`);

const root = process.cwd();
const { registries, text } = loadRegistries(root);
const draft = draftDisclosure(decoded.text, registries, { id, sourceFile: basename(file) });
if (!draft.id) fail(`${file}: could not determine the disclosure id; pass --id <county_code>-<type>-<year>-<kind>. Missing: ${draft.meta.missing.join('; ')}`);
const dir = resolve(out ? join(out, draft.id) : intoContent ? join('content/disclosures', draft.id) : join('drafts', draft.id));
if (!intoContent && (dir + '/').startsWith(resolve('content/disclosures') + '/')) fail('refusing to write into content/disclosures/ without --into-content');
if (existsSync(dir)) {
  if (!force) fail(`${dir} exists; pass --force to replace it`);
  rmSync(dir, { recursive: true });
}
writeDraft(dir, bytes, draft);
const problems = checkDraft(draft.id, { ...draft.files, 'source.txt': bytes }, text);
console.log(`Draft written to ${dir}`);
console.log(
  `  facts: ${draft.facts.length} (table cells ${draft.facts.filter((f) => f.kind === 'table').length}, sentence figures ${draft.facts.filter((f) => f.kind === 'sentence').length}); indicators: ${draft.indicators.length}; projects: ${draft.projects.length}; narrative: ${draft.narrative.length}; not-figure rules: ${draft.notFigures.length}`,
);
console.log(`  numbers no row covers: ${draft.uncovered.missing.length} of ${draft.uncovered.all} (listed in REVIEW.md)`);
if (problems.length) {
  process.stderr.write(`The checker finds problems in the draft (fix them while reviewing):\n${formatProblems(problems)}\n`);
  process.exit(1);
}
console.log('  the checker accepts the draft as it stands; review it (REVIEW.md) before moving it into content/disclosures/.');
