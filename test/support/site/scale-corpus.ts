/**
 * A small synthetic corpus spread over regions, for the scale test: copies of
 * the five curated seeds (as tools/synth.ts makes them: codes starting with
 * 9, marked 【合成数据】) in four counties of three prefectures in two
 * provinces and three department types, 35 disclosures in all. With small page
 * limits it spreads over several pages of every paged list.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySeedAs, seedFolders, startSynthRoot, SYNTH_MARK, writeSynthDepartmentTypes } from '../../../tools/synth';

/** county code → department types published there (5 seeds each). */
export const SCALE_LAYOUT: Record<string, string[]> = {
  '900101': ['syn01', 'syn02'],
  '900102': ['syn01'],
  '900201': ['syn01', 'syn02', 'syn03'],
  '910101': ['syn01'],
};

export function writeScaleCorpus(out: string, seedContent = 'content'): string[] {
  const seeds = seedFolders(seedContent);
  startSynthRoot(out, seedContent);
  const rows = ['code,name,short_name,prefecture,prefecture_code,province,province_code,valid_from,valid_to,predecessor_code,successor_code,note'];
  for (const code of Object.keys(SCALE_LAYOUT)) {
    const pref = code.slice(0, 4);
    const prov = code.slice(0, 2);
    rows.push(`${code},合成县${code},合成${code},合成市${pref},${pref}00,合成省${prov},${prov}0000,,,,,${SYNTH_MARK}`);
  }
  writeFileSync(join(out, 'registries', 'counties.csv'), rows.join('\n') + '\n');
  writeSynthDepartmentTypes(out, [...new Set(Object.values(SCALE_LAYOUT).flat())].sort());
  const ids: string[] = [];
  for (const [code, depts] of Object.entries(SCALE_LAYOUT)) {
    for (const dept of depts) for (const s of seeds) ids.push(copySeedAs(seedContent, s, out, code, dept, 'the scale test'));
  }
  return ids.sort();
}
