import { describe, expect, it } from 'vitest';
import { countyTags, disclosureTags, injectTags, pageKeyOf, tagsHtml, urlOf, NAMES_END_ID } from '../../../src/search/tags';
import { normalizedCollections } from '../../support/search';

describe('search tags from the collections', () => {
  const data = normalizedCollections();

  it('gives every disclosure its place, year, kind and department filters, display metadata and the names people use', () => {
    for (const d of data.disclosures) {
      const t = disclosureTags(d);
      expect(t.filters).toEqual({
        province: [d.province],
        prefecture: [d.prefecture],
        county: [d.county_name],
        year: [String(d.year)],
        kind: [d.kind_zh],
        department: [d.department_type_name],
        type: ['公开文件'],
      });
      expect(t.meta).toMatchObject({ title: d.title, county: d.county_name, year: String(d.year), kind: d.kind_zh });
      for (const n of [d.county_short_name, d.county_name, d.county_code, d.department_short_name, ...d.department_type_variants]) expect(t.names).toContain(n);
      expect(new Set(t.names).size).toBe(t.names.length);
    }
  });

  it('names a renamed county by its other name and code too (宁乡县 430124 ↔ 宁乡市 430182)', () => {
    const renamed = data.counties.filter((x) => x.successor_code || x.predecessor_code);
    expect(renamed.length).toBeGreaterThan(0);
    for (const c of renamed) {
      const other = data.counties.find((o) => o.code === (c.successor_code ?? c.predecessor_code))!;
      const t = countyTags(c, new Map(data.counties.map((x) => [x.code, x])));
      expect(t.names).toEqual(expect.arrayContaining([c.short_name, c.name, c.code, other.name, other.code]));
      expect(t.filters.county).toEqual([c.name]);
      expect(t.filters.year).toBeUndefined();
    }
  });

  it('writes filters and metadata as content-less, escaped attributes and the names line with its weight', () => {
    const html = tagsHtml({ filters: { county: ['A&B "县"'] }, meta: { title: '<标题>, 逗号' }, names: ['江华', '<x>'] });
    expect(html).toContain('<span data-pagefind-filter="county:A&amp;B &quot;县&quot;"></span>');
    expect(html).toContain('<span data-pagefind-meta="title:&lt;标题&gt;, 逗号"></span>');
    expect(html).toContain('<p data-pagefind-weight="5">江华 ， &lt;x&gt;</p>');
    expect(html).toContain(`<span id="${NAMES_END_ID}"></span>`);
  });

  it('marks <main> as the indexed body and puts the tags first in it; a page without <main> is refused', () => {
    const t = { filters: {}, meta: {}, names: ['江华'] };
    const out = injectTags('<html><body><header>x</header><main id="main" class="m"><h1>标题</h1></main></body></html>', t)!;
    expect(out).toMatch(/<main data-pagefind-body id="main" class="m"><div data-pagefind-ignore><\/div><p data-pagefind-weight="5">江华<\/p>/);
    expect(injectTags('<html><body>no main</body></html>', t)).toBeNull();
  });

  it('knows disclosure and county pages by their path and gives their URL without the base', () => {
    expect(pageKeyOf('disclosures/430223-cac-2024-final-accounts/index.html')).toEqual({
      page: 'disclosure',
      id: '430223-cac-2024-final-accounts',
      main: true,
    });
    expect(pageKeyOf('disclosures/430223-cac-2024-final-accounts/source/index.html')).toEqual({
      page: 'disclosure',
      id: '430223-cac-2024-final-accounts',
      main: false,
    });
    expect(pageKeyOf('counties/430223/index.html')).toEqual({ page: 'county', code: '430223' });
    expect(pageKeyOf('counties/index.html')).toBeNull();
    expect(pageKeyOf('search/index.html')).toBeNull();
    expect(urlOf('disclosures/430223-cac-2024-final-accounts/index.html')).toBe('/disclosures/430223-cac-2024-final-accounts/');
  });
});
