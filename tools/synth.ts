/**
 * `npm run synth -- --n 1000 [--out .bench/content-1000] [--seed 1]`: a synthetic corpus for scale
 * tests and the benchmark, written to its own content root (never under content/).
 *
 * Each synthetic disclosure is one of the five curated seeds (both kinds, their tables, indicators,
 * projects and narrative, so sized like the real thing) rewritten for search to read like a document of
 * its own (tools/synth-text.ts): a synthetic county, prefecture and province with distinct names, one
 * of forty county department types with the words of its line of work in place of the seeds' 网信
 * vocabulary, project names of its own, and every amount multiplied by a whole number drawn for it
 * (exactly, so its sums and rates hold as in the seed). Counties spread over ten provinces of uneven
 * size and their prefectures, so the build's partitions (src/core/partitions.ts) are exercised. Codes
 * start with 9 (no GB/T 2260 code does), titles and names carry 【合成数据】, and the registry marks
 * every county as synthetic. The same n and seed number give the same corpus byte for byte. Build it
 * with PORTAL_CONTENT_DIR=<out>.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDisclosureId } from '../src/core/disclosure-id';
import type { PlaceInput } from '../src/search/manifest';
import { makeRng, type Rng } from './synth-random';
import { COMMON_WORDS, DEPARTMENT_TYPES, PROJECT_ENDINGS, placeName, type SynthDepartment } from './synth-names';
import { factorJudge, makeRewriter, quotesStayUnique, readSeedTemplate, rewriteFiles, type SeedTemplate } from './synth-text';

export const SYNTH_MARK = '【合成数据】';

export interface SynthOptions {
  n: number;
  out: string;
  seedContent?: string;
  /** Seed number of the generator (default 1): the same n and seed give the same corpus. */
  seed?: number;
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** The seed folders of a content root, sorted. */
export function seedFolders(seedContent: string): string[] {
  return readdirSync(join(seedContent, 'disclosures'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** An empty synthetic content root with the seeds' classification-code registries. */
export function startSynthRoot(out: string, seedContent: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'registries'), { recursive: true });
  mkdirSync(join(out, 'disclosures'), { recursive: true });
  for (const f of ['functional-codes.csv', 'economic-codes.csv']) cpSync(join(seedContent, 'registries', f), join(out, 'registries', f));
}

/** The synthetic department types' registry for the given ids, in order: the named departments, else 合成部门1…n. */
export function writeSynthDepartmentTypes(out: string, ids: readonly string[], named?: readonly SynthDepartment[]): void {
  writeFileSync(
    join(out, 'registries', 'department-types.json'),
    JSON.stringify(
      ids.map((id, i) => {
        const d = named?.[i];
        return d
          ? { id, name: d.name, full_name: d.name, en: `Synthetic: ${d.en}`, variants: [...new Set([d.name, d.short])] }
          : { id, name: `合成部门${i + 1}`, full_name: `合成部门${i + 1}办公室`, en: `Synthetic department ${i + 1}`, variants: [`合成部门${i + 1}`] };
      }),
    ),
  );
}

/** The metadata of a seed disclosure. */
export function seedMetaOf(seedContent: string, seed: string): Record<string, string> & { id: string; year: number; kind: string } {
  return JSON.parse(readFileSync(join(seedContent, 'disclosures', seed, 'disclosure.json'), 'utf8'));
}

/**
 * One synthetic disclosure: the seed's folder copied under a synthetic county and department type, its
 * names marked 【合成数据】, its editorial note dropped (a note belongs to the real document). Returns the id.
 */
export function copySeedAs(seedContent: string, seed: string, out: string, countyCode: string, departmentType: string, purpose: string): string {
  const meta = seedMetaOf(seedContent, seed);
  const id = formatDisclosureId({ county_code: countyCode, department_type: departmentType, year: meta.year, kind: meta.kind });
  const dir = join(out, 'disclosures', id);
  cpSync(join(seedContent, 'disclosures', seed), dir, { recursive: true });
  rmSync(join(dir, 'note.md'), { force: true });
  writeFileSync(
    join(dir, 'disclosure.json'),
    JSON.stringify(
      {
        ...meta,
        id,
        county_code: countyCode,
        department_type: departmentType,
        title: `${SYNTH_MARK}${meta.title}`,
        department_name: `${SYNTH_MARK}${meta.department_name}`,
        department_short_name: `${SYNTH_MARK}${meta.department_short_name}`,
        source_note: `${SYNTH_MARK} Synthetic copy of ${meta.id} for ${purpose}.`,
      },
      null,
      2,
    ),
  );
  return id;
}

/** The seeds' words of their line of work (网信), rewritten into the synthetic department's words. */
const SEED_WORK_WORDS = [
  '网络安全',
  '信息化',
  '舆情',
  '舆论',
  '网民',
  '意识形态',
  '网评',
  '网宣',
  '留言',
  '监测',
  '互联网',
  '新媒体',
  '网站',
  '媒体',
  '处置',
  '网信',
  '网络',
  '信息',
  '安全',
  '宣传',
];

/** Ten synthetic provinces (codes 90–99) of uneven size, so the largest split into prefectures at scale. */
const PROVINCE_WEIGHTS = [14, 12, 11, 10, 9, 8, 7, 6, 5, 4];

export interface SynthCounty extends PlaceInput {
  /** Index among all synthetic counties (names derive from it). */
  index: number;
  departments: SynthDepartment[];
}

export interface SynthResult {
  ids: string[];
  counties: SynthCounty[];
  /** Disclosures per province code. */
  byProvince: Map<string, number>;
  /** Disclosures whose text uses a work word or name, per word (for choosing benchmark queries). */
  wordDisclosures: Map<string, number>;
}

function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let x = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
  return weights.length - 1;
}

/**
 * Counties enough for n disclosures: each publishes for 3–12 department types (one disclosure per seed
 * each), in prefectures of 6–14 counties, in one of ten provinces drawn by weight.
 */
export function planCounties(n: number, seeds: number, rng: Rng): SynthCounty[] {
  const counties: SynthCounty[] = [];
  const prefectures = PROVINCE_WEIGHTS.map(() => ({ count: 0, counties: 0, capacity: 0, index: -1 }));
  let prefectureIndex = 0;
  for (let made = 0; made < n;) {
    const p = pickWeighted(rng, PROVINCE_WEIGHTS);
    const pref = prefectures[p];
    if (pref.counties >= pref.capacity) {
      if (pref.count >= 99) throw new Error(`synth: province ${90 + p} has no prefecture code left (n too large)`);
      pref.count++;
      pref.counties = 0;
      pref.capacity = 6 + rng.int(9);
      pref.index = prefectureIndex++;
    }
    pref.counties++;
    const provinceCode = `${90 + p}0000`;
    const prefectureCode = `${90 + p}${String(pref.count).padStart(2, '0')}00`;
    const index = counties.length;
    const base = placeName(index, 0);
    const suffix = rng.next() < 0.8 ? '县' : rng.next() < 0.75 ? '市' : '区';
    const departments = rng.sample(DEPARTMENT_TYPES, 3 + rng.int(10)).sort((a, b) => (a.id < b.id ? -1 : 1));
    counties.push({
      code: `${prefectureCode.slice(0, 4)}${String(pref.counties).padStart(2, '0')}`,
      name: base + suffix,
      short_name: base,
      prefecture: `${placeName(pref.index, 1009)}市`,
      prefecture_code: prefectureCode,
      province: `${placeName(p, 2003)}省`,
      province_code: provinceCode,
      index,
      departments,
    });
    made += departments.length * seeds;
  }
  return counties;
}

const COUNTY_HEADER = 'code,name,short_name,prefecture,prefecture_code,province,province_code,valid_from,valid_to,predecessor_code,successor_code,note';

function seedRegistry(seedContent: string): Map<string, Record<string, string>> {
  const [header, ...lines] = readFileSync(join(seedContent, 'registries', 'counties.csv'), 'utf8')
    .trim()
    .split('\n');
  const cols = header.split(',');
  return new Map(lines.map((l) => l.split(',')).map((v) => [v[0], Object.fromEntries(cols.map((c, i) => [c, v[i] ?? '']))]));
}

function readSeed(seedContent: string, folder: string): SeedTemplate {
  const dir = join(seedContent, 'disclosures', folder);
  return readSeedTemplate(folder, new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
}

/** Names of the seed's county, prefecture and province (full and without 县/市/省 where two characters remain). */
function placeForms(row: Record<string, string>): { county: string[]; prefecture: string[]; province: string[] } {
  const strip = (s: string, re: RegExp) => {
    const b = s.replace(re, '');
    return b.length >= 2 && b !== s ? [s, b] : [s];
  };
  return {
    county: [...new Set([row.name, ...(row.short_name.length >= 2 ? [row.short_name] : [])])],
    prefecture: strip(row.prefecture, /市$/),
    province: strip(row.province, /省$/),
  };
}

type Judge = ReturnType<typeof factorJudge>;

/** One synthetic disclosure's rewrite of a seed: place, department and project names, work words, amounts. */
function disclosureRewrite(t: SeedTemplate, judge: Judge, seedPlace: ReturnType<typeof placeForms>, county: SynthCounty, dept: SynthDepartment, rng: Rng) {
  const words = new Map<string, string>();
  const set = (from: string, to: string) => {
    if (from && !t.patterns.includes(from)) words.set(from, to);
  };
  const countyBase = county.short_name;
  set(t.meta.department_name, `${county.name}${dept.name}`);
  set(t.meta.department_short_name, `${county.name}${dept.short}`);
  set('网络安全和信息化委员会办公室', dept.name);
  set('网信办', dept.short);
  for (const f of seedPlace.county) set(f, f.length > 2 && /[县市区]$/.test(f) ? county.name : f === seedPlace.county[0] ? county.name : countyBase);
  for (const f of seedPlace.prefecture) set(f, f.endsWith('市') ? county.prefecture : county.prefecture.replace(/市$/, ''));
  for (const f of seedPlace.province) set(f, f.endsWith('省') ? county.province : county.province.replace(/省$/, ''));
  const pool = [...dept.words, ...rng.sample(COMMON_WORDS, 12)];
  const drawn = rng.sample(pool, SEED_WORK_WORDS.length);
  SEED_WORK_WORDS.forEach((w, i) => set(w, drawn[i]));
  const used = new Set<string>();
  t.projects.forEach((name, i) => {
    let project: string;
    do {
      const town = `${placeName(county.index * 16 + rng.int(16), 3001)}${rng.next() < 0.7 ? '镇' : '乡'}`;
      project = `${rng.next() < 0.5 ? town : ''}${rng.pick(dept.words)}${rng.pick(PROJECT_ENDINGS)}`;
    } while (used.has(project));
    used.add(project);
    set(name, project);
    void i;
  });
  let money: Map<string, string> | null = null;
  for (let tries = 0; tries < 8 && !money; tries++) money = judge(2 + rng.int(29));
  return { words, money: money ?? new Map<string, string>() };
}

/**
 * Draws a rewrite whose quotes stay unique in the new source (a drawn word can happen to make two
 * passages of a seed read alike); a few draws always suffice, more is a bug worth stopping for.
 */
function drawRewrite(t: SeedTemplate, judge: Judge, place: ReturnType<typeof placeForms>, county: SynthCounty, dept: SynthDepartment, rng: Rng, id: string) {
  const source = t.files.find((f) => f.name === 'source.txt')?.text ?? '';
  for (let attempt = 0; attempt < 20; attempt++) {
    const rewrite = disclosureRewrite(t, judge, place, county, dept, rng);
    const rw = makeRewriter(rewrite);
    if (quotesStayUnique(t, rw, rw(source))) return { rewrite, rw };
  }
  throw new Error(`synth: ${id}: no rewrite of seed ${t.folder} keeps its quotes unique after 20 draws`);
}

export function synthesize({ n, out, seedContent = 'content', seed = 1 }: SynthOptions): SynthResult {
  const folders = seedFolders(seedContent);
  const registry = seedRegistry(seedContent);
  const templates = folders.map((f) => readSeed(seedContent, f));
  const places = templates.map((t) => {
    const row = registry.get(String(t.meta.county_code));
    if (!row) throw new Error(`synth: seed ${t.folder}: county ${String(t.meta.county_code)} is not in registries/counties.csv`);
    return placeForms(row);
  });
  const registryFiles = new Map(
    readdirSync(join(seedContent, 'registries')).map((f) => [`content/registries/${f}`, new Uint8Array(readFileSync(join(seedContent, 'registries', f)))]),
  );
  const judges = templates.map((t) => factorJudge(t, registryFiles));
  startSynthRoot(out, seedContent);
  const rng = makeRng(seed);
  const counties = planCounties(n, templates.length, rng);
  writeFileSync(
    join(out, 'registries', 'counties.csv'),
    [
      COUNTY_HEADER,
      ...counties.map((c) => `${c.code},${c.name},${c.short_name},${c.prefecture},${c.prefecture_code},${c.province},${c.province_code},,,,,${SYNTH_MARK}`),
    ].join('\n') + '\n',
  );
  writeSynthDepartmentTypes(
    out,
    DEPARTMENT_TYPES.map((d) => d.id),
    DEPARTMENT_TYPES,
  );

  const ids: string[] = [];
  const byProvince = new Map<string, number>();
  const wordDisclosures = new Map<string, number>();
  outer: for (const county of counties) {
    for (const dept of county.departments) {
      for (let s = 0; s < templates.length; s++) {
        if (ids.length >= n) break outer;
        const t = templates[s];
        const id = formatDisclosureId({ county_code: county.code, department_type: dept.id, year: t.meta.year, kind: t.meta.kind });
        const { rewrite, rw } = drawRewrite(t, judges[s], places[s], county, dept, rng, id);
        const files = rewriteFiles(t, rw, {
          id,
          county_code: county.code,
          department_type: dept.id,
          title: `${SYNTH_MARK}${rw(t.meta.title)}`,
          department_name: `${SYNTH_MARK}${county.name}${dept.name}`,
          department_short_name: `${SYNTH_MARK}${county.name}${dept.short}`,
          issuer: `${county.name}${dept.name}`,
          source_note: `${SYNTH_MARK} Synthetic disclosure made from ${t.meta.id} (synth seed ${seed}): names, work words, project names and amounts rewritten; not a real document.`,
        });
        const dir = join(out, 'disclosures', id);
        mkdirSync(dir, { recursive: true });
        for (const [name, text] of files) writeFileSync(join(dir, name), text);
        ids.push(id);
        byProvince.set(county.province_code, (byProvince.get(county.province_code) ?? 0) + 1);
        for (const w of new Set(rewrite.words.values())) wordDisclosures.set(w, (wordDisclosures.get(w) ?? 0) + 1);
      }
    }
  }
  console.log(`Synthesized ${ids.length} disclosures in ${counties.length} synthetic counties of ${byProvince.size} provinces into ${out}`);
  return { ids: ids.sort(), counties, byProvince, wordDisclosures };
}

if (process.argv[1]?.endsWith('synth.ts')) {
  const n = Number(arg('n', '1000'));
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: npm run synth -- --n <count> [--out <dir>]');
    process.exit(2);
  }
  synthesize({ n, out: arg('out', `.bench/content-${n}`)!, seed: Number(arg('seed', '1')) });
}
