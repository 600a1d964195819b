/**
 * Where the site is deployed: PORTAL_SITE (the https origin) and PORTAL_BASE
 * (a sub-path). PORTAL_SITE is required for a production build
 * (PORTAL_PRODUCTION=true); without it the build is a preview that says so
 * and uses relative links: no made-up host ever lands in a canonical link,
 * a sitemap, a citation or a download snippet.
 */
export interface SiteConfig {
  /** The origin, e.g. "https://data.example.gov.cn" (no trailing slash); null for a preview build. */
  site: string | null;
  /** "/" or "/sub/path/". */
  base: string;
  production: boolean;
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const raw = env.PORTAL_SITE?.trim() ?? '';
  const production = env.PORTAL_PRODUCTION === 'true' || env.PORTAL_PRODUCTION === '1';
  let base = env.PORTAL_BASE?.trim() || '/';
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  if (raw === '') {
    if (production)
      throw new Error('PORTAL_SITE is required for a production build (PORTAL_PRODUCTION=true): set it to the https origin the site is served from.');
    return { site: null, base, production };
  }
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`PORTAL_SITE must be an absolute http(s) URL, found "${raw}"`);
  }
  if (!/^https?:$/.test(u.protocol) || (u.pathname !== '/' && u.pathname !== ''))
    throw new Error(`PORTAL_SITE must be an http(s) origin without a path (put a sub-path in PORTAL_BASE), found "${raw}"`);
  return { site: u.origin, base, production };
}

/** An absolute URL of a site path (without the base) when the site is known, else the path with the base. */
export function siteUrl(c: SiteConfig, path: string): string {
  const p = c.base.replace(/\/$/, '') + path;
  return c.site ? c.site + p : p;
}

/** The line a preview build prints (and the /data/ page shows) instead of inventing a host. */
export const PREVIEW_NOTICE =
  'PORTAL_SITE is not set: this is a preview build with relative links (no canonical links or absolute URLs). Set PORTAL_SITE for a production build.';

/**
 * A page's address in a citation or a sitemap: absolute when the site is known
 * (Astro.site), else the path with the base as given; never a made-up host.
 */
export function pageAddress(pathWithBase: string, site: URL | string | null | undefined): string {
  return site ? new URL(pathWithBase, site).href : pathWithBase;
}
