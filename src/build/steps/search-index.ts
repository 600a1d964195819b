/**
 * Build step: the Pagefind full-text index over the disclosure pages (with
 * their source text) and the county pages, written to <dist>/pagefind/.
 *
 * Each page is handed to Pagefind with its filters, display metadata and the
 * names people search by (src/search/tags.ts) injected at the start of its
 * <main>, and its Chinese text split into single characters
 * (src/search/cjk.ts) so that any run of characters can be found; the
 * published HTML is not changed. The index language is zh-cn, the pages'
 * language. The leak scan step (leak-scan.ts) then searches the written index
 * with the rest of the site for personal mobile numbers.
 *
 * Pagefind's Node API is asynchronous and build steps are synchronous, so the
 * step runs this same file in a child process (`main()` below).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { WATCHDOG } from './astro-build';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildContext, BuildStep } from '../build-steps';
import type { CountyEntry, DisclosureSummary } from '../../schema/normalized';
import { countyTags, disclosureTags, injectTags, pageKeyOf, urlOf, type SearchTags } from '../../search/tags';
import { indexHtml } from '../../search/cjk';
import { paths } from '../../core/routes';

export const SEARCH_LANGUAGE = 'zh-cn';
/**
 * Pagefind's ready-made search interfaces, which the site does not use (its
 * search page is its own, src/components/search/) and which build results
 * with innerHTML: removed from the output, so only the API (pagefind.js, its
 * worker and WebAssembly) and the index ship.
 */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/**
 * Page parts left out of the index: navigation and scripts, and on disclosure
 * pages the sections that restate the source text (every figure, narrative
 * quote and check message quotes it; the source text is indexed, with its
 * anchors, and is where a hit should lead). Leaving them out keeps each
 * page's share of the index, which the browser downloads per result, small.
 */
export const EXCLUDE_SELECTORS = [
  'nav',
  'svg',
  'script',
  'style',
  'noscript',
  'form',
  '.skip',
  '.disclosure .charts',
  '.disclosure .facts',
  '.disclosure .indicators',
  '.disclosure .narrative',
  '.disclosure .checks',
];

interface Plan {
  distDir: string;
  disclosures: DisclosureSummary[];
  counties: CountyEntry[];
}

export interface IndexReport {
  indexed: string[];
  skipped: { file: string; reason: string }[];
  errors: string[];
}

function* htmlFiles(dir: string, under: string): Generator<string> {
  const root = join(dir, under);
  if (!existsSync(root)) return;
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name === 'index.html') yield relative(dir, join(e.parentPath, e.name));
  }
}

/** The tags for a built file, or why it is not indexed. */
export function tagsFor(relPath: string, byId: ReadonlyMap<string, DisclosureSummary>, byCode: ReadonlyMap<string, CountyEntry>): SearchTags | string {
  const key = pageKeyOf(relPath);
  if (!key) return 'not a disclosure or county page';
  if (key.page === 'disclosure') {
    const d = byId.get(key.id);
    if (!d) return `no disclosure ${key.id} in the collections`;
    const t = disclosureTags(d);
    // Sub-pages of a disclosure keep their own title (their first heading).
    if (!key.main) delete t.meta.title;
    return t;
  }
  const c = byCode.get(key.code);
  return c ? countyTags(c, byCode) : `no county ${key.code} in the collections`;
}

export async function buildSearchIndex(plan: Plan): Promise<IndexReport> {
  const pagefind = await import('pagefind');
  const report: IndexReport = { indexed: [], skipped: [], errors: [] };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  report.errors.push(...errors);
  const byId = new Map(plan.disclosures.map((d) => [d.id, d]));
  const byCode = new Map(plan.counties.map((c) => [c.code, c]));
  for (const rel of [...htmlFiles(plan.distDir, 'disclosures'), ...htmlFiles(plan.distDir, 'counties')].sort()) {
    const tags = tagsFor(rel, byId, byCode);
    if (typeof tags === 'string') {
      report.skipped.push({ file: rel, reason: tags });
      continue;
    }
    const injected = injectTags(readFileSync(join(plan.distDir, rel), 'utf8'), tags);
    if (injected === null) {
      report.errors.push(`${rel}: no <main> element to index`);
      continue;
    }
    const r = await index.addHTMLFile({ url: urlOf(rel), content: indexHtml(injected) });
    report.errors.push(...r.errors.map((e) => `${rel}: ${e}`));
    report.indexed.push(urlOf(rel));
  }
  const w = await index.writeFiles({ outputPath: join(plan.distDir, 'pagefind') });
  report.errors.push(...w.errors);
  await pagefind.close();
  return report;
}

function run(ctx: BuildContext): void {
  // Beside the staging folder (not in the system's temp folder), so the next build removes it if this one is killed.
  const tmp = `${resolve(ctx.distDir)}.search-tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const planFile = join(tmp, 'plan.json');
    const reportFile = join(tmp, 'report.json');
    const plan: Plan = { distDir: resolve(ctx.distDir), disclosures: ctx.collections.disclosures, counties: ctx.collections.counties };
    writeFileSync(planFile, JSON.stringify(plan));
    execFileSync(process.execPath, [...WATCHDOG, '--import', 'tsx', fileURLToPath(import.meta.url), planFile, reportFile], { cwd: ctx.root, stdio: 'inherit' });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as IndexReport;
    const pagefindDir = join(ctx.distDir, 'pagefind');
    for (const f of readdirSync(pagefindDir)) if (UNUSED_PAGEFIND_FILE.test(f)) rmSync(join(pagefindDir, f));
    const problems = [...report.errors];
    const disclosurePages = report.indexed.filter((u) => u.startsWith('/disclosures/'));
    const indexed = new Set(report.indexed);
    const missing = ctx.collections.disclosures.filter(
      (d) => !indexed.has(paths.disclosure(d.id)) && existsSync(join(ctx.distDir, 'disclosures', d.id, 'index.html')),
    );
    for (const d of missing) problems.push(`disclosure page /disclosures/${d.id}/ was built but not indexed`);
    if (disclosurePages.length === 0) console.warn('  search index: no disclosure pages were built, so none are searchable');
    if (problems.length) throw new Error(`search index:\n  ${problems.join('\n  ')}`);
    console.log(`  search index: ${report.indexed.length} pages (${disclosurePages.length} disclosure pages), language ${SEARCH_LANGUAGE}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export const searchIndexStep: BuildStep = { name: 'search index', run };

async function main(planFile: string, reportFile: string): Promise<void> {
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
  const report = await buildSearchIndex(plan);
  writeFileSync(reportFile, JSON.stringify(report));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv[2], process.argv[3]).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
