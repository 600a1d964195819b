import { describe, expect, it } from 'vitest';
import { pairPaths, paths } from '../../../src/core/routes';
import { href, routes } from '../../../src/core/url';

describe('site paths', () => {
  it('are base-free and end in a slash; links add the base through href', () => {
    const id = '430223-cac-2024-final-accounts';
    expect(paths.disclosure(id)).toBe(`/disclosures/${id}/`);
    expect(routes.disclosure(id)).toBe(href(paths.disclosure(id)));
    expect(routes.county('430223')).toBe(href(paths.county('430223')));
    for (const k of ['home', 'compare', 'search', 'data', 'about', 'methodology', 'counties', 'checks'] as const) {
      expect(paths[k]()).toMatch(/^\/([a-z]+\/)?$/);
      expect(routes[k]()).toBe(href(paths[k]()));
    }
  });

  it('page 1 of a paged list is the list itself; later pages are under page/<n>/', () => {
    expect(paths.countyPage('430223', 1)).toBe(paths.county('430223'));
    expect(paths.countyPage('430223', 3)).toBe('/counties/430223/page/3/');
    expect(paths.compareTypePage('cac', 1)).toBe(paths.compareType('cac'));
    expect(paths.compareTypePage('cac', 2)).toBe('/compare/type/cac/page/2/');
  });

  it('pair links escape their query and pre-rendered pairs nest under the chooser of A', () => {
    expect(pairPaths.view('a&b', 'c', false)).toBe('/compare/pair/view/?a=a%26b&b=c');
    expect(pairPaths.view('x', 'y', true).startsWith(pairPaths.chooserOf('x'))).toBe(true);
    expect(pairPaths.chooser()).toBe('/compare/pair/');
  });
});
