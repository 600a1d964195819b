/**
 * The sitemap's page list: the page files under src/pages turned into site
 * paths, dynamic routes expanded from the collections; and the sitemap files:
 * a sitemap index (/sitemap.xml) pointing at chunks of at most 50,000 URLs
 * (the sitemaps.org limit), so any number of pages fits. Pure: it gets the
 * file list and the parameter values.
 */

/** Values of dynamic route parameters by folder and parameter, e.g. "disclosures/[id]". */
export type ParamValues = Record<string, string[]>;

/**
 * The site paths of routes whose parameters depend on each other (page
 * numbers per county), by route file without its extension, e.g.
 * "counties/[code]/page/[n]" → ["/counties/430223/page/2/"].
 */
export type RoutePaths = Record<string, string[]>;

const PAGE_EXT = /\.(astro|md|mdx|html)$/;

/**
 * "index.astro" → "/", "about.mdx" → "/about/", "counties/[code].astro" with
 * {"counties/[code]": [...]} → "/counties/<code>/" for each code; a route in
 * `routes` → its listed paths. Pages whose parameters are unknown are left
 * out; so are 404 and files or folders starting with "_".
 */
export function sitePaths(pageFiles: string[], params: ParamValues, routes: RoutePaths = {}): string[] {
  const out = new Set<string>();
  for (const file of pageFiles) {
    if (!PAGE_EXT.test(file)) continue;
    const route = file.replace(PAGE_EXT, '');
    const parts = route.split('/');
    if (parts.some((p) => p.startsWith('_'))) continue;
    const listed = routes[route];
    if (listed) {
      for (const p of listed) out.add(p);
      continue;
    }
    if (parts[parts.length - 1] === 'index') parts.pop();
    if (parts.length === 1 && (parts[0] === '404' || parts[0] === '500')) continue;
    let paths: string[] = [''];
    let ok = true;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (/^\[.*\]$/.test(p)) {
        const values = params[[...parts.slice(0, i), p].join('/')];
        if (!values || p.startsWith('[...')) {
          ok = false;
          break;
        }
        paths = paths.flatMap((prefix) => values.map((v) => `${prefix}/${v}`));
      } else if (p.includes('[')) {
        ok = false;
        break;
      } else {
        paths = paths.map((prefix) => `${prefix}/${p}`);
      }
    }
    if (!ok) continue;
    for (const p of paths) out.add(`${p}/`);
  }
  // Code-unit order (not localeCompare): fast for 100,000+ paths, and the paths are ASCII.
  return [...out].sort((a, b) => (a === b ? 0 : a === '/' ? -1 : b === '/' ? 1 : a < b ? -1 : 1));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);

/** A sitemaps.org urlset of absolute URLs. */
export function sitemapXml(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

/** The sitemaps.org limit of URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/** A sitemaps.org sitemap index: the absolute URLs of the sitemap files. */
export function sitemapIndexXml(sitemapUrls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemapUrls.map((u) => `  <sitemap><loc>${xmlEscape(u)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
}

/** Site path of sitemap file n (1-based). */
export const sitemapChunkPath = (n: number) => `/sitemaps/${n}.xml`;

/** The page paths cut into sitemap files of at most `max` URLs, in order (one empty file for an empty site). */
export function sitemapChunks(paths: readonly string[], max: number = SITEMAP_MAX_URLS): string[][] {
  if (!(max >= 1 && max <= SITEMAP_MAX_URLS)) throw new Error(`sitemap files hold 1 to ${SITEMAP_MAX_URLS} URLs, not ${max}`);
  const out: string[][] = [];
  for (let i = 0; i < paths.length; i += max) out.push(paths.slice(i, i + max));
  return out.length ? out : [[]];
}
