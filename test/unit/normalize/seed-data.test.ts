/**
 * The five seed disclosures: every curated figure is quoted verbatim from its
 * source, every figure-like number of the source is captured (or listed as
 * not a figure with a reason), and the normalized output carries each figure
 * with its exact value.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/index';
import { toFen } from '../../../src/core/decimal';
import { normalizeCorpus } from '../../../src/normalize/corpus';
import { countedNumbers, uncoveredNumbers } from '../../../src/normalize/coverage';
import { locateQuote, quoteContainsValue } from '../../../src/normalize/locate';
import { readCorpusFiles } from '../../../src/build/corpus-files';

const SEEDS = '../shared/seeds';
const result = normalizeCorpus(readCorpusFiles('content'), runChecks);
const folders = readdirSync('content/disclosures', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data;

describe('seed corpus', () => {
  it('normalizes without a single problem', () => {
    expect(result.problems).toEqual([]);
    expect(result.collections!.disclosures.map((d) => d.id).sort()).toEqual(folders.sort());
  });

  // The seeds live beside the repository (../shared/seeds), as in CI; a clone elsewhere has no copy to compare.
  it.skipIf(!existsSync(SEEDS) && process.env.CI !== 'true')('has the five seed documents verbatim', () => {
    const seeds = new Map(
      readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, readFileSync(`${SEEDS}/${f}`, 'utf8')]),
    );
    for (const folder of folders) {
      const meta = JSON.parse(readFileSync(`content/disclosures/${folder}/disclosure.json`, 'utf8'));
      const seed = seeds.get(meta.source_file);
      if (seed === undefined) continue; // a disclosure added later, not one of the seeds
      expect(readFileSync(`content/disclosures/${folder}/source.txt`, 'utf8'), folder).toBe(seed);
    }
  });
});

describe.each(folders)('%s', (folder) => {
  const dir = `content/disclosures/${folder}`;
  const source = readFileSync(`${dir}/source.txt`, 'utf8');
  const facts = csv(`${dir}/facts.csv`);

  it('every quote occurs verbatim in the source and contains its value', () => {
    const bad: string[] = [];
    for (const f of facts) {
      const loc = locateQuote(source, f.quote, f.after);
      if (!loc.ok) bad.push(`${f.fact_id}: quote not found`);
      if (f.value && !quoteContainsValue(f.quote, f.value)) bad.push(`${f.fact_id}: quote lacks ${f.value}`);
    }
    expect(bad).toEqual([]);
  });

  it('every figure-like number of the source is captured or listed as not a figure', () => {
    const n = result.normalized.find((x) => x.summary.id === folder)!;
    const uncovered = uncoveredNumbers(n.source.text, n.details, n.notFigures);
    expect(uncovered.map((t) => `line ${t.line}: ${t.text}`)).toEqual([]);
  });

  it('every curated figure is in the normalized output with its exact value', () => {
    const details = result.collections!.details.find((d) => d.id === folder)!;
    const byId = new Map(details.facts.map((f) => [f.id, f]));
    expect(byId.size).toBe(facts.length);
    for (const row of facts) {
      const f = byId.get(row.fact_id)!;
      expect(f.published, row.fact_id).toBe(row.value);
      if (f.value_kind === 'money' && row.value) {
        const m = toFen(row.value, row.unit);
        expect(m.ok && Number(m.fen), row.fact_id).toBe(f.fen);
      }
    }
  });
});

describe('coverage rule', () => {
  it('fails on a figure that is neither captured nor excluded', () => {
    const n = result.normalized[0];
    const text = n.source.text + '\n另有支出12.34万元。';
    const missing = uncoveredNumbers(text, n.details, n.notFigures);
    expect(missing.map((t) => t.text)).toContain('12.34');
  });
});
