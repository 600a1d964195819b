/**
 * Every internal link goes through here so the site works under a sub-path
 * (astro.config base). Paths are given without the base, e.g. "/compare/".
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  if (!path.startsWith('/')) throw new Error(`internal path must start with "/": ${path}`);
  return BASE + path;
}

export const routes = {
  home: () => href('/'),
  disclosure: (id: string) => href(`/disclosures/${id}/`),
  county: (code: string) => href(`/counties/${code}/`),
  compare: () => href('/compare/'),
  search: () => href('/search/'),
  data: () => href('/data/'),
  about: () => href('/about/'),
  methodology: () => href('/methodology/'),
  counties: () => href('/counties/'),
  checks: () => href('/checks/'),
};
