import { describe, expect, it } from 'vitest';
import { countPages, firstWhere, groupPages, MAX_HITS, SearchEngine, type HitData, type PagefindLike, type PfResponse } from '../../../src/search/engine';
import { emptyFilters } from '../../../src/search/query';
import { statusText } from '../../../src/search/status';

interface FakeRecord extends HitData {
  id: string;
  text: string;
  /** Pagefind segmented this record's text otherwise than the query: exact phrases miss it. */
  otherwise?: boolean;
}

/** A tiny stand-in for Pagefind over records: exact = substring, otherwise all space-separated words; filters any. */
function fakePagefind(records: FakeRecord[]): PagefindLike<FakeRecord> & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async search(term, options) {
      calls.push(term ?? '(null)');
      const f = (options?.filters ?? {}) as Record<string, { any: string[] }>;
      const pass = (r: FakeRecord) => Object.entries(f).every(([k, { any }]) => any.some((v) => r.filters[k]?.includes(v)));
      const text = (r: FakeRecord) => r.text.replace(/\s/g, '');
      const hit = (r: FakeRecord) => {
        if (term === null) return true;
        if (/^".*"$/.test(term)) return !r.otherwise && text(r).includes(term.slice(1, -1));
        return term.split(' ').every((w) => text(r).includes(w));
      };
      const hits = records.filter((r) => hit(r) && pass(r));
      const score = (r: FakeRecord) => (term ? text(r).split(term.replace(/"/g, '')).length - 1 : 0);
      const res: PfResponse<FakeRecord> = { results: hits.map((r) => ({ id: r.id, score: score(r), data: async () => ({ ...r, content: r.text }) })) };
      return res;
    },
  };
}

const F = { county: ['攸县'], year: ['2024'], province: ['湖南省'] };
const RECORDS: FakeRecord[] = [
  // 攸县 disclosure: its compact record and two source-text chunks.
  { id: 'yx', url: '/disclosures/yx/', text: '攸县 网信办 决算 89.93', meta: { record: 'summary', partition: '43' }, filters: { ...F, record: ['summary'] } },
  { id: 'yx1', url: '/disclosures/yx/#L1', text: '三公经费 0 三公经费', meta: { record: 'text', partition: '43' }, filters: F },
  { id: 'yx2', url: '/disclosures/yx/#L40', text: '决算 89.93 万元', meta: { record: 'text', partition: '43' }, filters: F },
  // 衡山 disclosure (2023).
  {
    id: 'hs',
    url: '/disclosures/hs/',
    text: '衡山县 网信办',
    meta: { record: 'summary', partition: '43' },
    filters: { county: ['衡山县'], year: ['2023'], province: ['湖南省'], record: ['summary'] },
  },
  {
    id: 'hs1',
    url: '/disclosures/hs/#L3',
    text: '三公经费 2.55',
    meta: { record: 'text', partition: '43' },
    filters: { county: ['衡山县'], year: ['2023'], province: ['湖南省'] },
  },
  // 元氏 (Hebei) disclosure.
  {
    id: 'ys',
    url: '/disclosures/ys/',
    text: '元氏县 网信办 项目支出',
    meta: { record: 'summary', partition: '13' },
    filters: { county: ['元氏县'], year: ['2022'], province: ['河北省'], record: ['summary'] },
  },
  {
    id: 'ys1',
    url: '/disclosures/ys/#L9',
    text: '三公 和 经费',
    meta: { record: 'text', partition: '13' },
    filters: { county: ['元氏县'], year: ['2022'], province: ['河北省'] },
  },
];

describe('search engine over a Pagefind-like index of records', () => {
  it('groups a page’s records into one result and counts pages, not records', async () => {
    const out = await new SearchEngine(fakePagefind(RECORDS)).run('三公经费', emptyFilters(), { counts: true });
    expect(out.plan.kind).toBe('phrase');
    expect(out.pages.map((p) => p.url)).toEqual(['/disclosures/yx/', '/disclosures/hs/']);
    expect(out.pages[0].hits.map((h) => h.id)).toEqual(['yx1']);
    expect(out.counts!.county).toEqual({ 攸县: 1, 衡山县: 1 });
    expect(statusText(out, false)).toBe('找到 2 个包含“三公经费”的页面。');
  });

  it('finds a page whose terms are in different records of it (a name in the summary, a word in the text)', async () => {
    const out = await new SearchEngine(fakePagefind(RECORDS)).run('攸县 三公经费', emptyFilters());
    expect(out.plan.kind).toBe('terms');
    expect(out.pages.map((p) => p.url)).toEqual(['/disclosures/yx/']);
    expect(out.pages[0].hits.map((h) => h.id).sort()).toEqual(['yx', 'yx1']);
    expect(statusText(out, false)).toBe('找到 1 个同时包含“攸县”“三公经费”的页面。');
  });

  it('counts a filter in use with that filter left out, the others under all filters; no counts unless asked', async () => {
    const e = new SearchEngine(fakePagefind(RECORDS));
    const out = await e.run('三公经费', { ...emptyFilters(), county: ['衡山县'] }, { counts: true });
    expect(out.pages.map((p) => p.url)).toEqual(['/disclosures/hs/']);
    expect(out.counts!.county).toEqual({ 攸县: 1, 衡山县: 1 });
    expect(out.counts!.year).toEqual({ '2023': 1 });
    expect(statusText(out, true)).toBe('找到 1 个包含“三公经费”的页面（在所选范围内）。');
    expect((await e.run('三公经费', emptyFilters())).counts).toBeNull();
  });

  it('falls back to the words of a phrase nobody wrote, and says so', async () => {
    const out = await new SearchEngine(fakePagefind(RECORDS)).run('元氏三公经费', emptyFilters());
    expect(out.tried?.terms).toEqual(['元氏三公经费']);
    expect(out.plan.kind).toBe('words');
    expect(out.pages.map((p) => p.url)).toEqual(['/disclosures/ys/']);
    expect(statusText(out, false)).toMatch(/^没有找到连在一起的“元氏三公经费”；以下 1 个页面同时包含“元氏”/);
  });

  it('browses by filters alone over the compact records, one per page', async () => {
    const pf = fakePagefind(RECORDS);
    const out = await new SearchEngine(pf).run('', { ...emptyFilters(), province: ['湖南省'] });
    expect(out.plan.kind).toBe('browse');
    expect(out.pages.map((p) => p.url).sort()).toEqual(['/disclosures/hs/', '/disclosures/yx/']);
    expect(statusText(out, true)).toBe('共 2 个页面符合筛选条件。');
  });

  it('lists disclosures before county pages', async () => {
    const recs: FakeRecord[] = [
      { id: 'c', url: '/counties/430223/', text: '攸县 网信办 网信办', meta: { type: '县区页面' }, filters: {} },
      { id: 'd', url: '/disclosures/yx/', text: '网信办', meta: { type: '公开文件' }, filters: {} },
    ];
    const out = await new SearchEngine(fakePagefind(recs)).run('网信办', emptyFilters());
    expect(out.pages.map((p) => p.url)).toEqual(['/disclosures/yx/', '/counties/430223/']);
  });

  it('puts the pages of the scope first and says when results may be incomplete', async () => {
    const out = await new SearchEngine(fakePagefind(RECORDS)).run('网信办', emptyFilters(), { first: (_u, d) => d.meta.partition === '13' });
    expect(out.pages[0].url).toBe('/disclosures/ys/');
    expect(out.pages).toHaveLength(3);
    expect(statusText(out, false, false)).toBe('在已搜索的地区中找到 3 个包含“网信办”的页面。');
  });

  it('finds a phrase where the index segmented it otherwise, through its longest word, keeping only records that hold it', async () => {
    const recs: FakeRecord[] = [
      { id: 'a', url: '/disclosures/a/', text: '政务 新媒体 30 个', meta: {}, filters: {} },
      { id: 'b', url: '/disclosures/b/', text: '和政 务 新 媒体', meta: {}, filters: {}, otherwise: true },
      { id: 'c', url: '/disclosures/c/', text: '媒体 报道', meta: {}, filters: {} },
    ];
    const pf = fakePagefind(recs);
    const out = await new SearchEngine(pf).run('政务新媒体', emptyFilters());
    expect(out.pages.map((p) => p.url)).toEqual(['/disclosures/a/', '/disclosures/b/']);
    expect(pf.calls).toEqual(['"政务新媒体"', '媒体']);
  });

  it('reads at most MAX_HITS records per term and says the count is a floor', async () => {
    const many: FakeRecord[] = Array.from({ length: MAX_HITS + 5 }, (_, i) => ({
      id: `r${i}`,
      url: `/disclosures/d${i}/`,
      text: '网信办',
      meta: {},
      filters: {},
    }));
    const out = await new SearchEngine(fakePagefind(many)).run('网信办', emptyFilters());
    expect(out.truncated).toBe(true);
    expect(out.pages).toHaveLength(MAX_HITS);
    expect(statusText(out, false)).toBe(`找到 至少 ${MAX_HITS} 个包含“网信办”的页面。`);
  });
});

describe('grouping hits into pages', () => {
  const hit = (id: string, url: string, score: number): { id: string; score: number; data: HitData } => ({
    id,
    score,
    data: { url, meta: {}, filters: { k: [url] } },
  });
  it('keeps pages in every list, orders them by summed best scores, and counts each page once', () => {
    const pages = groupPages([
      [hit('a1', '/a/#L1', 1), hit('a2', '/a/#L9', 5), hit('b', '/b/', 4)],
      [hit('b', '/b/', 4), hit('a1', '/a/#L1', 1), hit('c', '/c/', 9)],
    ]);
    expect(pages.map((p) => p.url)).toEqual(['/b/', '/a/']);
    expect(pages[1].hits.map((h) => h.id)).toEqual(['a2', 'a1']);
    expect(countPages(pages, 'k')).toEqual({ '/b/': 1, '/a/#L1': 1, '/a/#L9': 1 });
    expect(groupPages([])).toEqual([]);
    expect(firstWhere([1, 2, 3, 4], (x) => x % 2 === 0)).toEqual([2, 4, 1, 3]);
  });
});
