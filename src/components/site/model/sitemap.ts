/**
 * The sitemap's page list: the page files under src/pages turned into site
 * paths, dynamic routes expanded from the collections. Pure: it gets the file
 * list and the parameter values.
 */

/** Values of dynamic route parameters by folder and parameter, e.g. "disclosures/[id]". */
export type ParamValues = Record<string, string[]>;

const PAGE_EXT = /\.(astro|md|mdx|html)$/;

/**
 * "index.astro" → "/", "about.mdx" → "/about/", "counties/[code].astro" with
 * {"counties/[code]": [...]} → "/counties/<code>/" for each code. Pages whose
 * parameters are unknown are left out; so are 404 and files or folders
 * starting with "_".
 */
export function sitePaths(pageFiles: string[], params: ParamValues): string[] {
  const out = new Set<string>();
  for (const file of pageFiles) {
    if (!PAGE_EXT.test(file)) continue;
    const parts = file.replace(PAGE_EXT, '').split('/');
    if (parts.some((p) => p.startsWith('_'))) continue;
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
  return [...out].sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);

/** A sitemaps.org urlset of absolute URLs. */
export function sitemapXml(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}
