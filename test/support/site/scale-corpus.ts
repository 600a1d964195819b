/**
 * A small synthetic corpus spread over regions, for the scale test: copies of
 * the five curated seeds (as tools/synth.ts makes them: codes starting with
 * 9, marked 【合成数据】) in four counties of three prefectures in two
 * provinces and three department types, 35 disclosures in all. With small page
 * limits it spreads over several pages of every paged list.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySeedAs, seedFolders, startSynthRoot, SYNTH_MARK, writeSynthDepartmentTypes } from '../../../tools/synth';
import { DEPARTMENT_WEIGHT } from '../../../src/views/county/county-pages';
import { ensureBuilt, isUpToDate, withBuildLock } from './child-build';
import { TEST_SITE } from './site';

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

/** Each county × department type of the layout gets a copy of every curated disclosure. */
export const PER_DEPARTMENT = readdirSync('content/disclosures', { withFileTypes: true }).filter((d) => d.isDirectory()).length;
/** Disclosures of a department type in the layout. */
export const scaleTypeSize = (t: string) => Object.values(SCALE_LAYOUT).filter((d) => d.includes(t)).length * PER_DEPARTMENT;
/**
 * The forced page limits. county: two departments (their disclosures + the headline block each) share a page,
 * a third goes to the next. compareCharts: syn02 (two counties) stays a small type with charts, syn01 (four
 * counties) is a large one.
 */
export const SCALE_LIMITS = {
  checks: 5,
  county: 2 * (PER_DEPARTMENT + DEPARTMENT_WEIGHT),
  places: 2,
  compare: 3,
  compareCharts: scaleTypeSize('syn02'),
  sitemap: 40,
};
export const SCALE_DIST = process.env.PORTAL_SCALE_DIST_DIR ?? 'dist-scale';
export const SCALE_CONTENT = '.generated-scale-content';

const SCALE_SOURCES = ['test/support/site/scale-corpus.ts'];

/**
 * The scale corpus written and built into SCALE_DIST (once, rebuilt when the sources change), deployed at
 * the test origin; its disclosure ids. Test files that share it (vitest runs two at once) take turns
 * (withBuildLock), and one whose site is already up to date leaves the corpus as it is: another file may be
 * reading it.
 */
export function ensureScaleSite(): string[] {
  return withBuildLock(SCALE_DIST, () => {
    const folders = join(SCALE_CONTENT, 'disclosures');
    if (isUpToDate(SCALE_DIST, SCALE_SOURCES) && existsSync(folders)) return readdirSync(folders).sort();
    const ids = writeScaleCorpus(SCALE_CONTENT);
    ensureBuilt(
      SCALE_DIST,
      {
        // Deployed at a test origin: the sitemaps are under test, and a preview build has none.
        PORTAL_SITE: TEST_SITE,
        PORTAL_CONTENT_DIR: SCALE_CONTENT,
        PORTAL_GENERATED_DIR: '.generated-scale',
        PORTAL_CACHE_DIR: 'node_modules/.astro-scale',
        PORTAL_PAGE_LIMITS: Object.entries(SCALE_LIMITS)
          .map(([k, v]) => `${k}=${v}`)
          .join(','),
      },
      SCALE_SOURCES,
    );
    return ids;
  });
}
