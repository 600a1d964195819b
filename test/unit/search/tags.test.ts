import { describe, expect, it } from 'vitest';
import { countyTags, disclosureTags } from '../../../src/search/tags';
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
});
