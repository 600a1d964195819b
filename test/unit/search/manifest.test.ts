import { describe, expect, it } from 'vitest';
import { countByCounty, planPartitions } from '../../../src/core/partitions';
import {
  bundlePaths,
  buildManifest,
  parseManifest,
  partitionCode,
  partitionsOfPlace,
  placeInQuery,
  placeRows,
  shortRegionName,
  type ManifestPartition,
} from '../../../src/search/manifest';
import { normalizedCollections } from '../../support/search';

const part = (id: string, level: ManifestPartition['level'] = 'province'): ManifestPartition => ({
  id,
  level,
  code: partitionCode(id),
  name: id,
  disclosures: 1,
  records: 2,
  texts: 3,
  bundles: bundlePaths(id),
});

describe('search manifest', () => {
  it('lists the partitions of the corpus with their place, counts and bundle paths, and every place with a page', () => {
    const data = normalizedCollections();
    const plan = planPartitions(countByCounty(data.disclosures.map((d) => d.county_code)));
    const withPage = data.counties.filter((c) => c.disclosure_ids.length > 0);
    const m = buildManifest(
      plan.partitions.map((p) => part(p.id, p.level)),
      placeRows(withPage),
    );
    expect(parseManifest(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(m.partitions.map((p) => p.id)).toEqual(plan.partitions.map((p) => p.id));
    for (const p of m.partitions) {
      expect(p.bundles).toEqual({ records: `${p.id}/records/`, text: `${p.id}/text/` });
      expect(p.code).toMatch(/^\d{6}$/);
    }
    // Every county with disclosures, its prefecture and its province is a place, found by code, name or short name.
    for (const c of withPage) {
      for (const [code, name] of [
        [c.code, c.name],
        [c.prefecture_code, c.prefecture],
        [c.province_code, c.province],
      ]) {
        const row = m.places.find((r) => r[0] === code);
        expect(row?.[2], code).toBe(name);
        expect(partitionsOfPlace(code, m.partitions), code).toEqual([plan.of(c.code)]);
      }
      expect(placeInQuery(`${c.short_name} 项目支出`, m.places)?.row[0]).toBe(c.short_name.length >= 2 ? c.code : undefined);
    }
    expect(new Set(m.places.map((r) => r[0])).size).toBe(m.places.length);
  });

  it('finds a province’s partitions when it is split into prefectures, and a county’s one partition', () => {
    const ps = [part('13'), part('4301', 'prefecture'), part('4311', 'prefecture')];
    expect(partitionsOfPlace('430000', ps)).toEqual(['4301', '4311']);
    expect(partitionsOfPlace('431100', ps)).toEqual(['4311']);
    expect(partitionsOfPlace('431129', ps)).toEqual(['4311']);
    expect(partitionsOfPlace('130132', ps)).toEqual(['13']);
    expect(partitionsOfPlace('520000', ps)).toEqual([]);
    expect(partitionsOfPlace('43', ps)).toEqual([]);
  });

  it('knows places by their short names, preferring the longest name in a query', () => {
    expect(shortRegionName('湖南省')).toBe('湖南');
    expect(shortRegionName('株洲市')).toBe('株洲');
    expect(shortRegionName('广西壮族自治区')).toBe('广西');
    expect(shortRegionName('湘西土家族苗族自治州')).toBeNull();
    const rows = placeRows([
      {
        code: '431129',
        name: '江华瑶族自治县',
        short_name: '江华',
        prefecture: '永州市',
        prefecture_code: '431100',
        province: '湖南省',
        province_code: '430000',
      },
    ]);
    expect(rows).toEqual([
      ['430000', 'province', '湖南省', '湖南'],
      ['431100', 'prefecture', '永州市', '永州'],
      ['431129', 'county', '江华瑶族自治县', '江华'],
    ]);
    expect(placeInQuery('湖南 江华瑶族自治县 经费', rows)?.row[0]).toBe('431129');
    expect(placeInQuery('三公经费', rows)).toBeNull();
  });

  it('refuses a partition listed twice and a file that is not a manifest', () => {
    expect(() => buildManifest([part('43'), part('43')], [])).toThrow(/43 twice/);
    expect(() => parseManifest({ version: 0 })).toThrow(/expected version 1/);
    expect(() => parseManifest(null)).toThrow(/search manifest/);
  });
});
