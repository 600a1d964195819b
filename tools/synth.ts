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
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SYNTH_MARK = '【合成数据】';

export interface SynthOptions {
  n: number;
  out: string;
  seedContent?: string;
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export function synthesize({ n, out, seedContent = 'content' }: SynthOptions): void {
  const seeds = readdirSync(join(seedContent, 'disclosures'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'registries'), { recursive: true });
  mkdirSync(join(out, 'disclosures'), { recursive: true });
  for (const f of ['functional-codes.csv', 'economic-codes.csv']) cpSync(join(seedContent, 'registries', f), join(out, 'registries', f));

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
  writeFileSync(
    join(out, 'registries', 'department-types.json'),
    JSON.stringify(
      deptTypes.map((id, i) => ({
        id,
        name: `合成部门${i + 1}`,
        full_name: `合成部门${i + 1}办公室`,
        en: `Synthetic department ${i + 1}`,
        variants: [`合成部门${i + 1}`],
      })),
    ),
  );

  const seedMeta = seeds.map((s) => JSON.parse(readFileSync(join(seedContent, 'disclosures', s, 'disclosure.json'), 'utf8')));
  let made = 0;
  for (let c = 0; c < counties && made < n; c++) {
    const code = countyRows[c + 1].split(',')[0];
    for (const dept of deptTypes) {
      for (let s = 0; s < seeds.length && made < n; s++, made++) {
        const meta = seedMeta[s];
        const id = `${code}-${dept}-${meta.year}-${meta.kind}`;
        const dir = join(out, 'disclosures', id);
        cpSync(join(seedContent, 'disclosures', seeds[s]), dir, { recursive: true });
        const notePath = join(dir, 'note.md');
        if (existsSync(notePath)) rmSync(notePath);
        writeFileSync(
          join(dir, 'disclosure.json'),
          JSON.stringify(
            {
              ...meta,
              id,
              county_code: code,
              department_type: dept,
              title: `${SYNTH_MARK}${meta.title}`,
              department_name: `${SYNTH_MARK}${meta.department_name}`,
              department_short_name: `${SYNTH_MARK}${meta.department_short_name}`,
              source_note: `${SYNTH_MARK} Synthetic copy of ${meta.id} for scale tests.`,
            },
            null,
            2,
          ),
        );
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
