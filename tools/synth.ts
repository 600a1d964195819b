/**
 * `npm run synth -- --n 1000 [--out .bench/content-1000]`: a synthetic corpus
 * for scale tests, written to its own content root (never under content/).
 *
 * Each synthetic disclosure is one of the five curated seeds (both kinds,
 * their tables, indicators, projects and narrative, so sized like the real
 * thing) placed in a synthetic county and department type: codes start with 9
 * (no GB/T 2260 code does), titles and names carry 【合成数据】, and the
 * registry marks every county as synthetic. Build it with
 * PORTAL_CONTENT_DIR=<out>.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDisclosureId } from '../src/core/disclosure-id';

export const SYNTH_MARK = '【合成数据】';

export interface SynthOptions {
  n: number;
  out: string;
  seedContent?: string;
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

/** The synthetic department types' registry: 合成部门1…n for the given ids, in order. */
export function writeSynthDepartmentTypes(out: string, ids: readonly string[]): void {
  writeFileSync(
    join(out, 'registries', 'department-types.json'),
    JSON.stringify(
      ids.map((id, i) => ({
        id,
        name: `合成部门${i + 1}`,
        full_name: `合成部门${i + 1}办公室`,
        en: `Synthetic department ${i + 1}`,
        variants: [`合成部门${i + 1}`],
      })),
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

export function synthesize({ n, out, seedContent = 'content' }: SynthOptions): void {
  const seeds = seedFolders(seedContent);
  startSynthRoot(out, seedContent);

  // 20 synthetic department types × counties × seeds: as many counties as needed.
  const deptTypes = Array.from({ length: 20 }, (_, i) => `syn${String(i + 1).padStart(2, '0')}`);
  const perCounty = deptTypes.length * seeds.length;
  const counties = Math.ceil(n / perCounty);
  const countyRows = ['code,name,short_name,prefecture,prefecture_code,province,province_code,valid_from,valid_to,predecessor_code,successor_code,note'];
  for (let c = 0; c < counties; c++) {
    const province = 90 + Math.floor(c / 10000);
    const prefecture = Math.floor((c % 10000) / 100);
    const code = `${province}${String(prefecture).padStart(2, '0')}${String(c % 100).padStart(2, '0')}`;
    countyRows.push(
      `${code},合成县${c + 1},合成${c + 1},合成市${prefecture + 1},${province}${String(prefecture).padStart(2, '0')}00,合成省${province - 89},${province}0000,,,,,${SYNTH_MARK}`,
    );
  }
  writeFileSync(join(out, 'registries', 'counties.csv'), countyRows.join('\n') + '\n');
  writeSynthDepartmentTypes(out, deptTypes);

  let made = 0;
  for (let c = 0; c < counties && made < n; c++) {
    const code = countyRows[c + 1].split(',')[0];
    for (const dept of deptTypes) {
      for (let s = 0; s < seeds.length && made < n; s++, made++) {
        copySeedAs(seedContent, seeds[s], out, code, dept, 'scale tests');
      }
      if (made >= n) break;
    }
  }
  console.log(`Synthesized ${made} disclosures in ${counties} synthetic counties into ${out}`);
}

if (process.argv[1]?.endsWith('synth.ts')) {
  const n = Number(arg('n', '1000'));
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: npm run synth -- --n <count> [--out <dir>]');
    process.exit(2);
  }
  synthesize({ n, out: arg('out', `.bench/content-${n}`)! });
}
