import { describe, expect, it } from 'vitest';
import { SearchEngine, type Counts, type PagefindLike, type PfResponse } from '../../../src/search/engine';
import { emptyFilters } from '../../../src/search/query';
import { statusText } from '../../../src/search/status';
import { queryWords } from '../../../src/search/cjk';

interface FakePage {
  id: string;
  text: string;
  filters: Record<string, string[]>;
}

/** A tiny stand-in for Pagefind: exact = words in sequence, relevance = all words (score = occurrences), filters any/all. */
function fakePagefind(pages: FakePage[]): PagefindLike & { calls: string[] } {
  const words = (p: FakePage) => queryWords(p.text).split(' ');
  const calls: string[] = [];
  const values: Counts = {};
  for (const p of pages) for (const [k, vs] of Object.entries(p.filters)) for (const v of vs) (values[k] ??= {})[v] = 0;
  return {
    calls,
    async search(term, options) {
      calls.push(term ?? '(null)');
      const f = (options?.filters ?? {}) as Record<string, { any: string[] }>;
      const pass = (p: FakePage) => Object.entries(f).every(([k, { any }]) => any.some((v) => p.filters[k]?.includes(v)));
      let hits: { p: FakePage; score: number }[];
      if (term === null) hits = pages.map((p) => ({ p, score: 0 }));
      else if (/^".*"$/.test(term)) {
        const seq = term.slice(1, -1).split(' ');
        hits = pages
          .filter((p) => {
            const w = words(p);
            return w.some((_, i) => seq.every((s, j) => w[i + j] === s));
          })
          .map((p) => ({ p, score: 1 }));
      } else {
        const qs = term.split(' ');
        hits = pages
          .filter((p) => qs.every((q) => words(p).includes(q)))
          .map((p) => ({ p, score: qs.reduce((n, q) => n + words(p).filter((x) => x === q).length, 0) }));
        hits.sort((a, b) => b.score - a.score);
      }
      hits = hits.filter((h) => pass(h.p));
      const counts: Counts = JSON.parse(JSON.stringify(values));
      for (const h of hits) for (const [k, vs] of Object.entries(h.p.filters)) for (const v of vs) counts[k][v]++;
      const r: PfResponse = { results: hits.map((h) => ({ id: h.p.id, score: h.score, data: async () => h.p })), filters: counts };
      return r;
    },
  };
}

const PAGES: FakePage[] = [
  { id: 'yx', text: '攸县 三公经费 0 三公经费 决算 89.93', filters: { county: ['攸县'], year: ['2024'] } },
  { id: 'hs', text: '衡山县 三公经费 2.55 网信业务经费', filters: { county: ['衡山县'], year: ['2023'] } },
  { id: 'jh', text: '江华瑶族自治县 项目支出 乡村振兴驻村工作项目 三公 和 经费', filters: { county: ['江华瑶族自治县'], year: ['2024'] } },
  { id: 'yxc', text: '攸县 县区页面 89.93', filters: { county: ['攸县'] } },
];
const values: Counts = { county: { 攸县: 2, 衡山县: 1, 江华瑶族自治县: 1 }, year: { '2024': 2, '2023': 1 } };

describe('search engine over a Pagefind-like index', () => {
  it('finds a phrase, ranked by relevance, with Pagefind’s counts', async () => {
    const e = new SearchEngine(fakePagefind(PAGES), values);
    const out = await e.run('三公经费', emptyFilters());
    expect(out.plan.kind).toBe('phrase');
    expect(out.results.map((r) => r.id)).toEqual(['yx', 'hs']);
    expect(out.counts.county).toMatchObject({ 攸县: 1, 衡山县: 1, 江华瑶族自治县: 0 });
    expect(statusText(out, false)).toBe('找到 2 个包含“三公经费”的页面。');
  });

  it('counts a filter in use with that filter left out, and the others under all filters', async () => {
    const e = new SearchEngine(fakePagefind(PAGES), values);
    const out = await e.run('三公经费', { ...emptyFilters(), county: ['衡山县'] });
    expect(out.results.map((r) => r.id)).toEqual(['hs']);
    expect(out.counts.county).toMatchObject({ 攸县: 1, 衡山县: 1 });
    expect(out.counts.year).toMatchObject({ '2024': 0, '2023': 1 });
    expect(statusText(out, true)).toBe('找到 1 个包含“三公经费”的页面（在所选范围内）。');
  });

  it('matches a figure as that number only; a number that is nowhere finds nothing', async () => {
    const e = new SearchEngine(fakePagefind(PAGES), values);
    expect((await e.run('89.93', emptyFilters())).results.map((r) => r.id).sort()).toEqual(['yx', 'yxc']);
    const none = await e.run('18890256850', emptyFilters());
    expect(none.results).toEqual([]);
    expect(statusText(none, false)).toBe('没有找到包含“18890256850”的页面。');
  });

  it('intersects several terms and counts the intersection by filter membership', async () => {
    const pf = fakePagefind(PAGES);
    const e = new SearchEngine(pf, values);
    const out = await e.run('攸县 89.93', emptyFilters());
    expect(out.plan.kind).toBe('terms');
    expect(out.results.map((r) => r.id).sort()).toEqual(['yx', 'yxc']);
    expect(out.counts.county).toEqual({ 攸县: 2, 衡山县: 0, 江华瑶族自治县: 0 });
    expect(out.counts.year).toEqual({ '2024': 1, '2023': 0 });
    expect(statusText(out, false)).toBe('找到 2 个同时包含“攸县”“89.93”的页面。');
  });

  it('falls back to the words of a phrase nobody wrote, and says so', async () => {
    const e = new SearchEngine(fakePagefind(PAGES), values);
    const out = await e.run('江华三公经费', emptyFilters());
    expect(out.tried?.terms).toEqual(['江华三公经费']);
    expect(out.plan.kind).toBe('words');
    expect(out.results.map((r) => r.id)).toEqual(['jh']);
    expect(statusText(out, false)).toMatch(/^没有找到连在一起的“江华三公经费”；以下 1 个页面同时包含“江华”/);
  });

  it('browses by filters alone', async () => {
    const e = new SearchEngine(fakePagefind(PAGES), values);
    const out = await e.run('', { ...emptyFilters(), year: ['2024'] });
    expect(out.plan.kind).toBe('browse');
    expect(out.results.map((r) => r.id).sort()).toEqual(['jh', 'yx']);
    expect(statusText(out, true)).toBe('共 2 个页面符合筛选条件。');
  });
});
