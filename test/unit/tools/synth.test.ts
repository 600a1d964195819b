/**
 * The synthetic corpus (tools/synth.ts): deterministic from its seed number, distinct names in
 * distinct places, each disclosure's text its own, and a valid curated corpus whose check results
 * are its seed's.
 */
import Papa from 'papaparse';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNormalize } from '../../../src/build/normalize-run';
import { uncoveredNumbers } from '../../../src/normalize/coverage';
import { planCounties, seedFolders, synthesize, SYNTH_MARK, type SynthResult } from '../../../tools/synth';
import { makeRng } from '../../../tools/synth-random';
import { placeName } from '../../../tools/synth-names';
import { scaleDecimal } from '../../../tools/synth-text';

const tmp = mkdtempSync(join(tmpdir(), 'portal-synth-'));
const N = 23;
let result: SynthResult;

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}
const meta = (root: string, id: string) => JSON.parse(readFileSync(join(root, 'disclosures', id, 'disclosure.json'), 'utf8'));
const seedOf = (root: string, id: string) => /made from (\S+)/.exec(meta(root, id).source_note)![1];

beforeAll(() => {
  result = synthesize({ n: N, out: join(tmp, 'a'), seed: 7 });
  synthesize({ n: N, out: join(tmp, 'b'), seed: 7 });
  synthesize({ n: N, out: join(tmp, 'c'), seed: 8 });
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('synthetic corpus', () => {
  it('is the same byte for byte for the same n and seed number, and another for another seed number', () => {
    const a = tree(join(tmp, 'a'));
    expect(a).toEqual(tree(join(tmp, 'b')));
    expect(a).not.toEqual(tree(join(tmp, 'c')));
    expect(result.ids).toHaveLength(N);
    expect(readdirSync(join(tmp, 'a', 'disclosures')).sort()).toEqual(result.ids);
  });

  it('is a valid curated corpus: no problem, every number covered, every check result as in its seed', () => {
    const root = join(tmp, 'a');
    const seeds = new Map(runNormalize(process.cwd(), 'content').normalized.map((n) => [n.summary.id, n]));
    const r = runNormalize(process.cwd(), root);
    expect(r.problems).toEqual([]);
    expect(r.normalized).toHaveLength(N);
    const statuses = (checks: { rule: string; status: string }[]) => checks.map((c) => `${c.rule}:${c.status}`).sort();
    for (const n of r.normalized) {
      expect(uncoveredNumbers(n.source.text, n.details, n.notFigures), n.summary.id).toEqual([]);
      const seed = seeds.get(seedOf(root, n.summary.id))!;
      expect(statuses(n.details.checks), n.summary.id).toEqual(statuses(seed.details.checks));
      expect(n.details.facts).toHaveLength(seed.details.facts.length);
    }
  }, 300_000);

  it('marks every disclosure and county as synthetic, with codes no real county has', () => {
    const root = join(tmp, 'a');
    for (const id of result.ids) {
      const m = meta(root, id);
      expect(m.county_code).toMatch(/^9\d{5}$/);
      for (const f of ['title', 'department_name', 'department_short_name', 'source_note']) expect(m[f]).toContain(SYNTH_MARK);
    }
    const rows = readFileSync(join(root, 'registries', 'counties.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    expect(rows.length).toBe(result.counties.length);
    for (const row of rows) expect(row.endsWith(SYNTH_MARK)).toBe(true);
  });

  it('gives each disclosure its own text: no two sources alike, none its seed, seed names and project names replaced', () => {
    const root = join(tmp, 'a');
    const sources = result.ids.map((id) => readFileSync(join(root, 'disclosures', id, 'source.txt'), 'utf8'));
    expect(new Set(sources).size).toBe(N);
    const seedTexts = new Map(seedFolders('content').map((f) => [f, readFileSync(join('content', 'disclosures', f, 'source.txt'), 'utf8')]));
    const seedMeta = (f: string) => JSON.parse(readFileSync(join('content', 'disclosures', f, 'disclosure.json'), 'utf8'));
    const seedProjects = (dir: string) => (existsSync(join(dir, 'projects.csv')) ? projectNames(readFileSync(join(dir, 'projects.csv'), 'utf8')) : []);
    for (const [i, id] of result.ids.entries()) {
      const seed = seedOf(root, id);
      expect(sources[i]).not.toBe(seedTexts.get(seed));
      expect(sources[i]).not.toContain(seedMeta(seed).department_name);
      const mine = seedProjects(join(root, 'disclosures', id));
      const theirs = seedProjects(join('content', 'disclosures', seed));
      expect(mine).toHaveLength(theirs.length);
      for (const p of mine) expect(theirs).not.toContain(p);
    }
  });

  it('places counties with distinct names and codes in prefectures of several provinces', () => {
    const counties = planCounties(100_000, 5, makeRng(1));
    const codes = counties.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(counties.map((c) => c.name)).size).toBe(counties.length);
    const provinces = new Set(counties.map((c) => c.province_code));
    expect(provinces.size).toBeGreaterThan(5);
    expect(new Set(counties.map((c) => c.province)).size).toBe(provinces.size);
    const prefectureNames = new Map<string, string>();
    for (const c of counties) {
      expect(c.code.slice(0, 4) + '00').toBe(c.prefecture_code);
      expect(c.code.slice(0, 2) + '0000').toBe(c.province_code);
      prefectureNames.set(c.prefecture_code, c.prefecture);
    }
    expect(new Set(prefectureNames.values()).size).toBe(prefectureNames.size);
    expect(prefectureNames.size).toBeGreaterThan(provinces.size * 5);
  });

  it('makes distinct place names and scales amounts exactly', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => placeName(i, 0));
    expect(new Set(names).size).toBe(names.length);
    expect(scaleDecimal('162.935556', 7)).toBe('1140.548892');
    expect(scaleDecimal('0.3381', 3)).toBe('1.0143');
    expect(scaleDecimal('0.05', 2)).toBe('0.10');
    expect(scaleDecimal('15', 4)).toBe('60');
  });
});

/** Project names of a projects.csv (column `name`). */
function projectNames(csv: string): string[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' }).data.map((r) => r.name);
}
