/**
 * A small synthetic corpus spread over regions, for the scale test: copies of
 * the five curated seeds (as tools/synth.ts makes them: codes starting with
 * 9, marked 【合成数据】) in four counties of three prefectures in two
 * provinces and three department types, 35 disclosures in all. With small page
 * limits it spreads over several pages of every paged list.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK = '【合成数据】';

/** county code → department types published there (5 seeds each). */
export const SCALE_LAYOUT: Record<string, string[]> = {
  '900101': ['syn01', 'syn02'],
  '900102': ['syn01'],
  '900201': ['syn01', 'syn02', 'syn03'],
  '910101': ['syn01'],
};

export function writeScaleCorpus(out: string, seedContent = 'content'): string[] {
  const seeds = readdirSync(join(seedContent, 'disclosures'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'registries'), { recursive: true });
  mkdirSync(join(out, 'disclosures'), { recursive: true });
  for (const f of ['functional-codes.csv', 'economic-codes.csv']) cpSync(join(seedContent, 'registries', f), join(out, 'registries', f));
  const rows = ['code,name,short_name,prefecture,prefecture_code,province,province_code,valid_from,valid_to,predecessor_code,successor_code,note'];
  for (const code of Object.keys(SCALE_LAYOUT)) {
    const pref = code.slice(0, 4);
    const prov = code.slice(0, 2);
    rows.push(`${code},合成县${code},合成${code},合成市${pref},${pref}00,合成省${prov},${prov}0000,,,,,${MARK}`);
  }
  writeFileSync(join(out, 'registries', 'counties.csv'), rows.join('\n') + '\n');
  const types = [...new Set(Object.values(SCALE_LAYOUT).flat())].sort();
  writeFileSync(
    join(out, 'registries', 'department-types.json'),
    JSON.stringify(
      types.map((id, i) => ({
        id,
        name: `合成部门${i + 1}`,
        full_name: `合成部门${i + 1}办公室`,
        en: `Synthetic department ${i + 1}`,
        variants: [`合成部门${i + 1}`],
      })),
    ),
  );
  const ids: string[] = [];
  for (const [code, depts] of Object.entries(SCALE_LAYOUT)) {
    for (const dept of depts) {
      for (const s of seeds) {
        const meta = JSON.parse(readFileSync(join(seedContent, 'disclosures', s, 'disclosure.json'), 'utf8'));
        const id = `${code}-${dept}-${meta.year}-${meta.kind}`;
        const dir = join(out, 'disclosures', id);
        cpSync(join(seedContent, 'disclosures', s), dir, { recursive: true });
        if (existsSync(join(dir, 'note.md'))) rmSync(join(dir, 'note.md'));
        writeFileSync(
          join(dir, 'disclosure.json'),
          JSON.stringify(
            {
              ...meta,
              id,
              county_code: code,
              department_type: dept,
              title: `${MARK}${meta.title}`,
              department_name: `${MARK}${meta.department_name}`,
              department_short_name: `${MARK}${meta.department_short_name}`,
              source_note: `${MARK} Synthetic copy of ${meta.id} for the scale test.`,
            },
            null,
            2,
          ),
        );
        ids.push(id);
      }
    }
  }
  return ids.sort();
}
