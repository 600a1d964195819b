/**
 * The site's paths, in one place, without the base (wrap in href() from
 * core/url, or use its `routes`, for a link). Pages, links, the search index
 * and the browser islands all build their paths here, so a route is renamed
 * in one line.
 */

export const paths = {
  home: () => '/',
  disclosure: (id: string) => `/disclosures/${id}/`,
  counties: () => '/counties/',
  /** Page n of the list of places (the list's later pages; page 1 exists as well). */
  countiesPage: (n: number) => `/counties/page/${n}/`,
  county: (code: string) => `/counties/${code}/`,
  /** Page n of a county's disclosures (page 1 is the county's own path). */
  countyPage: (code: string, n: number) => (n === 1 ? `/counties/${code}/` : `/counties/${code}/page/${n}/`),
  compare: () => '/compare/',
  compareType: (type: string) => `/compare/type/${type}/`,
  /** Page n of a department type's comparison (page 1 is the type's own path). */
  compareTypePage: (type: string, n: number) => (n === 1 ? `/compare/type/${type}/` : `/compare/type/${type}/page/${n}/`),
  search: () => '/search/',
  data: () => '/data/',
  about: () => '/about/',
  methodology: () => '/methodology/',
  checks: () => '/checks/',
  /** The readers' site map (the XML sitemap for search engines is /sitemap.xml). */
  siteMap: () => '/sitemap/',
  /** Page n of the check results. */
  checksPage: (n: number) => `/checks/page/${n}/`,
};

/** Paths of the pair feature. */
export const pairPaths = {
  /** The chooser; with `a`, A preselected (the link from a disclosure page). */
  chooser: (a?: string) => (a ? `/compare/pair/?a=${encodeURIComponent(a)}` : '/compare/pair/'),
  /** The chooser page with A fixed (pre-rendered types only). */
  chooserOf: (a: string) => `/compare/pair/${a}/`,
  /** The side-by-side view: pre-rendered page or the client-rendered one. */
  view: (a: string, b: string, prerendered: boolean) =>
    prerendered ? `/compare/pair/${a}/${b}/` : `/compare/pair/view/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
  /** The list of a department type's disclosures for the chooser. */
  typeIndex: (type: string) => `/compare/data/${type}.json`,
  /** The comparison records of one shard of a department type. */
  shard: (type: string, shard: string) => `/compare/data/${type}/${shard}.json`,
};

/** Share preview images (og:image), SVG rendered at build time (src/pages/og/). */
export const sharePaths = {
  disclosure: (id: string) => `/og/disclosures/${id}.svg`,
  compareType: (type: string) => `/og/compare/${type}.svg`,
  /** A pre-rendered side-by-side comparison's (/compare/pair/<a>/<b>/). */
  pair: (a: string, b: string) => `/og/compare/pair/${a}/${b}.svg`,
};
