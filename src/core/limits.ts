/**
 * Fixed sizes that keep every list page bounded whatever the size of the
 * corpus: lists are cut into numbered pages of at most this much, so a page
 * weighs the same at 1,000 and at 100,000 disclosures (about 300 KB of HTML at
 * most) and the build does a bounded amount of work per page.
 *
 * PORTAL_PAGE_LIMITS (read by config.ts) overrides them for tests ("checks=3,county=4,…"), so a
 * corpus of a few dozen disclosures already spreads over several pages.
 */

export interface PageLimits {
  /** Consistency-check failures per /checks/page/<n>/ (a disclosure's failures stay together). */
  checks: number;
  /** Weight per county page: each department counts its disclosures plus its headline block (county-pages.ts departmentWeight); a department is never split. */
  county: number;
  /** Places (county rows) per /counties/page/<n>/. */
  places: number;
  /** Disclosures (table rows) per page of a large department type's comparison table. */
  compare: number;
  /** Department types with at most this many disclosures get the full chart page (nine charts with tables, about 14 KB per disclosure); larger ones the paged table. */
  compareCharts: number;
  /** URLs per sitemap file (the sitemaps.org limit is 50,000). */
  sitemap: number;
}

export const DEFAULT_LIMITS: PageLimits = {
  checks: 60,
  county: 60,
  places: 200,
  compare: 100,
  compareCharts: 15,
  sitemap: 50_000,
};

/** "checks=3,county=4" → the defaults with those replaced; unknown keys or bad numbers stop the build. */
export function parseLimits(spec: string | undefined, defaults: PageLimits = DEFAULT_LIMITS): PageLimits {
  const out = { ...defaults };
  if (!spec || !spec.trim()) return out;
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=').map((s) => s.trim());
    const n = Number(v);
    if (!(k in out) || !Number.isInteger(n) || n < 1)
      throw new Error(`PORTAL_PAGE_LIMITS: bad entry "${part}" (keys: ${Object.keys(defaults).join(', ')}; positive integers)`);
    out[k as keyof PageLimits] = n;
  }
  if (out.sitemap > 50_000) throw new Error('PORTAL_PAGE_LIMITS: a sitemap file holds at most 50,000 URLs');
  return out;
}
