import { describe, expect, it } from 'vitest';
import { bundlePaths, partitionCode, type SearchManifest } from '../../../src/search/manifest';
import { emptyFilters, type SearchState } from '../../../src/search/query';
import { remainingPartitions, resolveScope, scopeText } from '../../../src/search/scope';

const M: SearchManifest = {
  version: 1,
  partitions: ['13', '43'].map((id) => ({
    id,
    level: 'province',
    code: partitionCode(id),
    name: id === '13' ? '河北省' : '湖南省',
    disclosures: 1,
    records: 1,
    texts: 1,
    bundles: bundlePaths(id),
  })),
  places: [
    ['130000', 'province', '河北省', '河北'],
    ['130132', 'county', '元氏县', '元氏'],
    ['430000', 'province', '湖南省', '湖南'],
    ['431129', 'county', '江华瑶族自治县', '江华'],
  ],
};
const S = (q: string, more: Partial<SearchState> = {}): SearchState => ({ q, filters: emptyFilters(), place: '', ...more });

describe('search scope', () => {
  it('searches the place chosen by ?place= first, and says the results are incomplete until the rest is merged', () => {
    const s = resolveScope(S('项目支出', { place: '431129' }), M);
    expect(s).toMatchObject({ source: 'place', partitions: ['43'], closed: false });
    expect(scopeText(s, M, new Set(['43']), false)).toBe('结果尚不完整：只搜索了江华瑶族自治县所在的湖南省，其余 1 个地区分区尚未搜索。');
    expect(scopeText(s, M, new Set(['43']), true)).toMatch(/^结果尚不完整：已搜索湖南省，正在搜索其余 1 个/);
    expect(scopeText(s, M, new Set(['43', '13']), false)).toMatch(/已搜索全部 2 个地区分区/);
    expect(remainingPartitions(M, new Set(['43']))).toEqual(['13']);
  });

  it('takes the scope from a place named in the query, or from place filters (which are complete by themselves)', () => {
    expect(resolveScope(S('元氏 三公经费'), M)).toMatchObject({ source: 'query', partitions: ['13'] });
    const f = resolveScope(S('三公经费', { filters: { ...emptyFilters(), county: ['江华瑶族自治县'] } }), M);
    expect(f).toMatchObject({ source: 'filter', partitions: ['43'], closed: true });
    expect(scopeText(f, M, new Set(['43']), false)).toBe('已搜索江华瑶族自治县所在的地区分区（湖南省）。');
  });

  it('searches everywhere, first partition first, when no place is chosen or named; an unknown code scopes nothing', () => {
    const s = resolveScope(S('三公经费'), M);
    expect(s).toMatchObject({ source: 'all', partitions: ['13', '43'] });
    expect(scopeText(s, M, new Set(['13']), true)).toBe('结果尚不完整：已搜索河北省（1/2 个地区分区），正在搜索其余地区…');
    expect(resolveScope(S('三公经费', { place: '520000' }), M).source).toBe('all');
  });
});
