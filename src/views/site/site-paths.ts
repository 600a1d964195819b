/**
 * Every page of the site as a site path (without the base), for the sitemap:
 * static pages from the page files, dynamic ones from the same plans their
 * getStaticPaths use. Computed once per build.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { allDisclosures } from '../../store/collections';
import { allCompareRecords, departmentTypesOnce, facetPages, typePlans } from '../compare/load';
import { facetPagePath } from '../../compare/filters';
import { prerenderedChoosers, prerenderedPairs } from '../../compare/pair-scale';
import { paths as routePaths, pairPaths } from '../../core/routes';
import { countyExtraPages, countyPageCodesOnce, placesPlanOnce } from './data';
import { checksPlanOnce } from './plans';
import { sitePaths } from './sitemap';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

const numbered = <T>(pages: readonly T[], path: (n: number) => string, from = 1) => pages.slice(from - 1).map((_, i) => path(i + from));

let paths: Promise<string[]> | null = null;

export function allSitePaths(): Promise<string[]> {
  paths ??= (async () => {
    const pagesDir = resolve('src/pages');
    const files = listFiles(pagesDir).map((f) => relative(pagesDir, f).split('\\').join('/'));
    const records = await allCompareRecords();
    const plans = [...(await typePlans()).values()];
    const facets = await facetPages();
    return sitePaths(
      files,
      {
        'disclosures/[id]': (await allDisclosures()).map((d) => d.id),
        'counties/[code]': await countyPageCodesOnce(),
        'compare/type/[type]': (await departmentTypesOnce()).map((t) => t.id),
        'compare/pair/[a]': prerenderedChoosers(records).map((c) => c.a.id),
      },
      {
        'counties/[code]/page/[n]': (await countyExtraPages()).map((p) => routePaths.countyPage(p.code, p.n)),
        'counties/page/[n]': numbered((await placesPlanOnce()).pages, routePaths.countiesPage),
        'checks/page/[n]': numbered((await checksPlanOnce()).pages, routePaths.checksPage),
        'compare/type/[type]/page/[n]': plans.flatMap((p) => numbered(p.pages, (n) => routePaths.compareTypePage(p.id, n), 2)),
        'compare/pair/[a]/[b]/index': prerenderedPairs(records).map((p) => pairPaths.view(p.a.id, p.b.id, true)),
        'compare/type/[type]/[facet]/[value]/index': facets.map((p) => facetPagePath(p.type.id, p.facet, p.value)),
        'compare/type/[type]/[facet]/[value]/page/[n]': facets.flatMap((p) =>
          p.table ? numbered(p.table.pages, (n) => facetPagePath(p.type.id, p.facet, p.value, n), 2) : [],
        ),
      },
    );
  })();
  return paths;
}
