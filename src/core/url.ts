/**
 * Every internal link goes through here so the site works under a sub-path
 * (astro.config base). Paths are given without the base, e.g. "/compare/".
 */
import { paths } from './routes';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  if (!path.startsWith('/')) throw new Error(`internal path must start with "/": ${path}`);
  return BASE + path;
}

export const routes = {
  home: () => href(paths.home()),
  disclosure: (id: string) => href(paths.disclosure(id)),
  county: (code: string) => href(paths.county(code)),
  compare: () => href(paths.compare()),
  search: () => href(paths.search()),
  data: () => href(paths.data()),
  about: () => href(paths.about()),
  methodology: () => href(paths.methodology()),
  counties: () => href(paths.counties()),
  checks: () => href(paths.checks()),
  siteMap: () => href(paths.siteMap()),
};
