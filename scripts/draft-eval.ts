/**
 * `npm run draft:eval`: draft every curated disclosure from its own
 * source.txt into a temporary folder and compare the draft with the hand
 * curation. Prints recall and precision of table cells, sentence figures and
 * indicator rows, the share of the source's numbers covered, and whether the
 * checker accepts the draft. Prints figures; asserts nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkDraft } from '../src/draft/check';
import { draftDisclosure } from '../src/draft/draft';
import { evaluateDraft, pct, type Evaluation, type Score } from '../src/draft/evaluate';
import { CONTENT_DIR } from '../src/build/normalize-run';
import { loadRegistries, writeDraft } from '../src/build/draft-io';

const root = process.cwd();
const dir = resolve(CONTENT_DIR, 'disclosures');
const { registries, text } = loadRegistries(root);
const tmp = mkdtempSync(join(tmpdir(), 'draft-eval-'));
const totals: Evaluation = { table: zero(), sentence: zero(), indicators: zero(), coverage: { covered: 0, all: 0 } };
function zero(): Score {
  return { curated: 0, drafted: 0, matched: 0, matchedDrafted: 0 };
}
const line = (name: string, e: Evaluation, ok: string) => {
  const s = (x: Score) =>
    `${pct(x.matched, x.curated).padStart(6)} ${pct(x.matchedDrafted, x.drafted).padStart(6)} (${x.matched}/${x.curated}, ${x.matchedDrafted}/${x.drafted})`.padEnd(
      34,
    );
  console.log(
    `${name.padEnd(46)} ${s(e.table)} ${s(e.sentence)} ${pct(e.indicators.matched, e.indicators.curated).padStart(6)} (${e.indicators.matched}/${e.indicators.curated})`.padEnd(
      150,
    ) + ` ${pct(e.coverage.covered, e.coverage.all).padStart(6)}  ${ok}`,
  );
};
try {
  console.log(
    `${'disclosure'.padEnd(46)} ${'table cells: recall precision'.padEnd(34)} ${'sentence figures: recall precision'.padEnd(34)} ${'indicator rows: recall'.padEnd(33)} numbers covered  check`,
  );
  for (const id of readdirSync(dir).sort()) {
    const folder = join(dir, id);
    if (!existsSync(join(folder, 'source.txt')) || !existsSync(join(folder, 'facts.csv'))) continue;
    const bytes = readFileSync(join(folder, 'source.txt'));
    const source = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const draft = draftDisclosure(source, registries, { id, sourceFile: 'source.txt' });
    writeDraft(join(tmp, id), bytes, draft);
    const problems = checkDraft(id, { ...draft.files, 'source.txt': bytes }, text);
    const indicators = existsSync(join(folder, 'indicators.csv')) ? readFileSync(join(folder, 'indicators.csv'), 'utf8') : null;
    const e = evaluateDraft(source, draft, readFileSync(join(folder, 'facts.csv'), 'utf8'), indicators);
    for (const k of ['table', 'sentence', 'indicators'] as const)
      for (const f of ['curated', 'drafted', 'matched', 'matchedDrafted'] as const) totals[k][f] += e[k][f];
    totals.coverage.covered += e.coverage.covered;
    totals.coverage.all += e.coverage.all;
    line(id, e, problems.length ? `${problems.length} problems` : 'accepted');
  }
  line('TOTAL', totals, '');
  console.log(
    `\nDrafts written to a temporary folder (removed). Targets (issue #14): table cells recall ≥ 95%, precision ≥ 98%; sentence figures recall ≥ 80%, precision ≥ 95%; indicator rows recall ≥ 90%.`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
