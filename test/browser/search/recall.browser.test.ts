/**
 * Recall of the search page in Chromium against the built site: Chinese
 * queries drawn from the documents (fiscal terms, project names, county and
 * department names, published figures) each find the disclosure that states
 * them among the top five results, or among as many results as the corpus has
 * disclosures that state the query (a broad term such as 网信办 is stated by
 * every office a curator adds, and any of them may rank first). Every query is first checked to occur in
 * its expected disclosure (source text or the names it is known by), so the
 * list cannot drift away from the documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newPage, openSite, type Site } from '../../support/browser';
import { disclosuresStating, normalizedCollections, requireSearchIndex, searchSettled, statedIn } from '../../support/search';

interface Case {
  q: string;
  /** Disclosure ids that must all be among the top five (an id prefix: county code and year). */
  expect: string[];
}

const T = (q: string, ...expect: string[]): Case => ({ q, expect });

// Drawn from the documents by hand: terms people type, with the disclosures that state them.
const CURATED: Case[] = [
  T('三公经费', '430182-cac-2021', '430223-cac-2024', '430423-cac-2023'),
  T('网信办', '130132-cac-2022', '430182-cac-2021', '430223-cac-2024', '430423-cac-2023', '431129-cac-2024'),
  T('网络安全和信息化委员会办公室', '130132-cac-2022', '430182-cac-2021', '430223-cac-2024', '430423-cac-2023', '431129-cac-2024'),
  T('县委网信办', '130132-cac-2022', '430223-cac-2024', '430423-cac-2023', '431129-cac-2024'),
  T('基本支出', '430223-cac-2024', '431129-cac-2024'),
  T('项目支出', '431129-cac-2024', '430182-cac-2021'),
  T('机关运行经费', '430223-cac-2024'),
  T('公务接待费', '430223-cac-2024', '430423-cac-2023'),
  T('因公出国（境）费', '430223-cac-2024'),
  T('一般公共服务支出', '430223-cac-2024'),
  T('网信事务', '430182-cac-2021', '430223-cac-2024'),
  T('工资福利支出', '430223-cac-2024'),
  T('政府采购', '430182-cac-2021', '430223-cac-2024', '430423-cac-2023'),
  T('预算执行率', '130132-cac-2022', '430423-cac-2023'),
  T('网络舆情中心', '430182-cac-2021'),
  T('数字乡村', '430223-cac-2024'),
  T('网评员', '430182-cac-2021', '430223-cac-2024', '430423-cac-2023'),
  T('涉密', '431129-cac-2024'),
  T('不予公开', '431129-cac-2024'),
  T('政务新媒体', '130132-cac-2022', '430223-cac-2024'),
  T('89.93', '430223-cac-2024'),
  T('162.935556', '430423-cac-2023'),
  T('350.28', '430182-cac-2021'),
  T('5.49', '430182-cac-2021'),
  T('156.75', '130132-cac-2022'),
  T('88.45', '431129-cac-2024'),
  T('104.524245', '430423-cac-2023'),
  T('１．０２６３', '430423-cac-2023'),
  T('431129', '431129-cac-2024'),
];

function cases(): Case[] {
  const data = normalizedCollections();
  const out = [...CURATED];
  for (const d of data.disclosures) {
    // County short and full names, and the department's short name, as people type them.
    for (const q of new Set([d.county_short_name, d.county_name, d.department_short_name])) out.push(T(q, d.id));
  }
  for (const det of data.details) for (const p of det.projects) out.push(T(p.name, det.id));
  return out;
}

/** How deep the expected disclosures may rank: five, or the number of disclosures stating the query. */
function depthOf(q: string): number {
  return Math.max(5, disclosuresStating(q).length);
}

async function topResults(site: Site, page: Page, q: string, n: number): Promise<string[]> {
  await page.goto(site.url(`/search/?q=${encodeURIComponent(q)}`));
  expect(await searchSettled(page)).toBe('done');
  const hrefs = await page.locator('.search-result-title a').evaluateAll((as, k) => as.slice(0, k).map((a) => a.getAttribute('href') ?? ''), n);
  return hrefs.map((h) => /\/disclosures\/([^/]+)\//.exec(h)?.[1] ?? h);
}

describe('recall queries', () => {
  it('are at least 30, and each occurs in every disclosure expected to be found', () => {
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(30);
    const ids = normalizedCollections().disclosures.map((d) => d.id);
    for (const c of all) {
      for (const e of c.expect) {
        const id = ids.find((x) => x.startsWith(e));
        expect(id, `${c.q}: no disclosure ${e}`).toBeDefined();
        expect(statedIn(id!), `${c.q} does not occur in ${id}`).toContain(c.q.normalize('NFKC'));
      }
    }
  });
});

describeBrowser('search recall in Chromium', () => {
  let site: Site;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    requireSearchIndex();
    site = await openSite();
    ({ page, errors } = await newPage(site));
  });
  afterAll(async () => site?.close());

  for (const c of cases()) {
    const depth = depthOf(c.q);
    it(`“${c.q}” finds ${c.expect.join(', ')} among the top ${depth}`, async () => {
      const top = await topResults(site, page, c.q, depth);
      for (const e of c.expect)
        expect(
          top.some((id) => id.startsWith(e)),
          `top ${depth} for “${c.q}”: ${top.join(', ')}`,
        ).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});
