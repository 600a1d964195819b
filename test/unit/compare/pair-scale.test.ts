/**
 * The pair feature at scale: pre-rendered pair pages only for small
 * department types (bounded per disclosure, so linear), the data files for
 * the client-rendered view, and the client's records giving exactly the
 * server's element trees.
 */
import { describe, expect, it } from 'vitest';
import { runNormalize } from '../../../src/build/normalize-run';
import { compareRecord } from '../../../src/compare/record-build';
import { markLabel, type CompareRecord } from '../../../src/compare/records';
import { buildPairFigure } from '../../../src/compare/pair';
import {
  indexItems,
  itemMatches,
  packRecord,
  pairDataFiles,
  pairTypeOptions,
  typeIndex,
  typeShards,
  unpackRecord,
  type PairShard,
} from '../../../src/compare/pair-data';
import { loadPair } from '../../../src/compare/pair-load';
import {
  groupByType,
  typesBySize,
  isPrerenderedType,
  PAIR_PRERENDER_MAX,
  prerenderedChoosers,
  prerenderedPairs,
  shardOf,
} from '../../../src/compare/pair-scale';
import { pairTitle, pairViewTree } from '../../../src/compare/pair-view';
import { serialize, textOf, type ElNode } from '../../../src/charts/tree';
import { routes } from '../../../src/core/url';
import { pairPaths } from '../../../src/core/routes';

// The curated department type with the most disclosures (the seeds' 网信办): one small, pre-rendered type.
const seeds = typesBySize(runNormalize(process.cwd()).collections!.disclosures.map((s) => compareRecord(s, routes.disclosure(s.id))))[0].records;

/** `n` ids of a department type, as the id convention has them. */
function ids(type: string, n: number): { id: string; department_type: string }[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${900000 + i}-${type}-2024-final-accounts`, department_type: type }));
}

/** A large synthetic department type made of copies of the seed records in synthetic counties (codes 90xxxx), over two prefectures. */
function synthType(n: number, type = 'syn'): CompareRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const s = seeds[i % seeds.length];
    const code = `90${String(i % 2).padStart(2, '0')}${String(i).padStart(2, '0')}`;
    const id = `${code}-${type}-${s.year}-${s.kind}`;
    return {
      ...s,
      id,
      county_code: code,
      county: `合成县${i + 1}`,
      county_short: `合成${i + 1}`,
      department_type: type,
      department_type_name: '合成部门',
      department: `合成县${i + 1}合成部门`,
      href: routes.disclosure(id),
    };
  });
}

/** The records the browser gets: through JSON, as the endpoints write them. */
function wire<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
function shardGetter(records: CompareRecord[]) {
  const files = new Map(pairDataFiles(records).shards.map((s) => [`${s.type}/${s.shard}`, wire(s)]));
  const asked: string[] = [];
  const get = async (type: string, shard: string): Promise<PairShard | null> => {
    asked.push(`${type}/${shard}`);
    return files.get(`${type}/${shard}`) ?? null;
  };
  return { get, asked };
}

describe('pre-rendered pair pages are bounded per disclosure', () => {
  it('keeps the limit a small named constant', () => {
    expect(PAIR_PRERENDER_MAX).toBe(12);
    expect(isPrerenderedType(12)).toBe(true);
    expect(isPrerenderedType(13)).toBe(false);
  });

  it('5 types × 50 disclosures: no pair pages and no chooser pages', () => {
    const records = [1, 2, 3, 4, 5].flatMap((t) => ids(`t${t}`, 50));
    expect(prerenderedPairs(records)).toHaveLength(0);
    expect(prerenderedChoosers(records)).toHaveLength(0);
  });

  it('1 type × 5 disclosures: all 20 ordered pairs and 5 chooser pages', () => {
    const records = ids('t', 5);
    const pairs = prerenderedPairs(records);
    expect(pairs).toHaveLength(20);
    expect(new Set(pairs.map((p) => `${p.a.id}/${p.b.id}`)).size).toBe(20);
    expect(pairs.every((p) => p.a.id !== p.b.id)).toBe(true);
    expect(prerenderedChoosers(records).map((c) => c.peers.length)).toEqual([4, 4, 4, 4, 4]);
  });

  it('pre-renders a type of exactly PAIR_PRERENDER_MAX and nothing of a type one larger', () => {
    const records = [...ids('small', PAIR_PRERENDER_MAX), ...ids('large', PAIR_PRERENDER_MAX + 1)];
    const pairs = prerenderedPairs(records);
    expect(pairs).toHaveLength(PAIR_PRERENDER_MAX * (PAIR_PRERENDER_MAX - 1));
    expect(pairs.every((p) => p.a.department_type === 'small' && p.b.department_type === 'small')).toBe(true);
  });

  it('grows linearly: never more than PAIR_PRERENDER_MAX − 1 pair pages per disclosure, whatever the mix of types', () => {
    for (const sizes of [[1], [2, 3], [12, 12, 12], [11, 13, 5000], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]]) {
      const records = sizes.flatMap((n, t) => ids(`t${t}`, n));
      const expected = sizes.filter(isPrerenderedType).reduce((s, n) => s + n * (n - 1), 0);
      expect(prerenderedPairs(records)).toHaveLength(expected);
      expect(prerenderedPairs(records).length).toBeLessThanOrEqual((PAIR_PRERENDER_MAX - 1) * records.length);
    }
  });

  it('pre-renders the real seeds (one small type): every ordered pair', () => {
    const n = seeds.length;
    expect(groupByType(seeds).size).toBe(1);
    expect(prerenderedPairs(seeds)).toHaveLength(n * (n - 1));
  });
});

describe('ids, shards and paths', () => {
  it('shards by prefecture, from the id alone', () => {
    expect(shardOf('430223-cac-2024-final-accounts')).toBe('4302');
    expect(shardOf('not-an-id')).toBe('');
  });

  it('links a small type to its pre-rendered page and a large one to the view, with the query escaped', () => {
    expect(pairPaths.view('a', 'b', true)).toBe('/compare/pair/a/b/');
    expect(pairPaths.view('a', 'b&c', false)).toBe('/compare/pair/view/?a=a&b=b%26c');
    expect(pairPaths.chooser('x y')).toBe('/compare/pair/?a=x%20y');
  });
});

describe('data files of the client-rendered view', () => {
  const big = synthType(30);

  it('writes one index per type and one shard per prefecture, each record once', () => {
    const files = pairDataFiles([...seeds, ...big]);
    expect(files.indexes.map((i) => [i.type, i.count, i.prerendered])).toEqual([
      ['cac', seeds.length, true],
      ['syn', 30, false],
    ]);
    const inShards = files.shards.flatMap((s) => s.records.map((r) => r.id));
    expect(inShards.sort()).toEqual([...seeds, ...big].map((r) => r.id).sort());
    for (const s of files.shards) expect(s.records.every((r) => shardOf(r.id) === s.shard)).toBe(true);
    expect(typeShards(big).map((s) => [s.shard, s.records.length])).toEqual([
      ['9000', 15],
      ['9001', 15],
    ]);
  });

  it('keeps the index short: id, county and department per row, year and kind read back from the id', () => {
    const index = wire(typeIndex(seeds));
    expect(index.items[0]).toHaveLength(3);
    expect(indexItems(index)).toEqual(seeds.map((r) => ({ id: r.id, county: r.county, year: r.year, kind: r.kind, department: r.department })));
    // Compact: a few dozen bytes per disclosure plus the type's header.
    expect(JSON.stringify(typeIndex(big)).length / big.length).toBeLessThan(120);
  });

  it('restores each record as the server has it (absent key figures read as null)', () => {
    for (const r of seeds) {
      const meta = typeIndex(seeds);
      const back = unpackRecord(wire(packRecord(r)), meta, routes.disclosure);
      const presentKeys = Object.fromEntries(Object.entries(r.input.key).filter(([, v]) => v));
      expect(back).toEqual({ ...r, input: { key: presentKeys, derived: r.input.derived } });
    }
  });

  it('filters chooser rows by county, year, kind or id; every term must match', () => {
    const items = indexItems(typeIndex(seeds));
    const you = items.find((i) => i.county === '攸县')!;
    expect(itemMatches(you, '攸县')).toBe(true);
    expect(itemMatches(you, '攸县 2024')).toBe(true);
    expect(itemMatches(you, '攸县 2023')).toBe(false);
    expect(itemMatches(you, '决算')).toBe(true);
    expect(itemMatches(you, '430223')).toBe(true);
    expect(itemMatches(you, '  ')).toBe(true);
    expect(items.filter((i) => itemMatches(i, '绩效自评')).length).toBe(seeds.filter((r) => r.kind === 'performance-self-evaluation').length);
  });

  it('orders types for the chooser by size', () => {
    expect(pairTypeOptions([...seeds, ...big]).map((t) => [t.id, t.count, t.prerendered])).toEqual([
      ['syn', 30, false],
      ['cac', seeds.length, true],
    ]);
  });
});

describe('the client-rendered view equals the server-rendered one', () => {
  const big = synthType(14);
  const figure = (a: CompareRecord, b: CompareRecord) =>
    buildPairFigure({ a, b, pageUrl: 'https://example.org/compare/pair/view/?a=x&b=y', date: '2025-01-02', width: 480, js: true });

  it('builds the same element tree, chart and CSV for every pair, from one or two shard files', async () => {
    const { get, asked } = shardGetter(big);
    let pairs = 0;
    for (const a of big) {
      for (const b of big) {
        if (a === b) continue;
        asked.length = 0;
        const res = await loadPair(a.id, b.id, get, routes.disclosure);
        expect(res.status).toBe('ok');
        if (res.status !== 'ok') continue;
        expect(asked.length).toBe(shardOf(a.id) === shardOf(b.id) ? 1 : 2);
        const server = pairViewTree({ a, b, prerendered: false, fig: figure(a, b) });
        const client = pairViewTree({ a: res.a, b: res.b, prerendered: false, fig: figure(res.a, res.b) });
        expect(client).toEqual(server);
        expect(figure(res.a, res.b).csv()).toBe(figure(a, b).csv());
        pairs++;
      }
    }
    expect(pairs).toBe(14 * 13);
  });

  it('shows every figure: the tree holds both documents, the table and the chart', async () => {
    const [a, b] = [big[2], big[3]];
    const tree = pairViewTree({ a, b, prerendered: false, fig: figure(a, b) });
    const html = tree.map(serialize).join('');
    expect(textOf(tree[0])).toBe(`并排对比：${markLabel(a)} 与 ${markLabel(b)}`);
    expect(html).toContain('class="data-table pair-table"');
    expect(html).toContain('<svg');
    expect(html).toContain(`href="/compare/pair/view/?a=${b.id}&amp;b=${a.id}"`);
    expect(html).toContain(`href="/compare/pair/?a=${a.id}"`);
    expect(pairTitle(a, b)).toBe(`并排对比：${markLabel(a)}与${markLabel(b)}`);
    const links = (tree[2] as ElNode).children.filter((c): c is ElNode => typeof c !== 'string').map((c) => c.attrs.href);
    expect(links).toEqual([`/compare/pair/view/?a=${b.id}&b=${a.id}`, `/compare/pair/?a=${a.id}`, '/compare/type/syn/']);
  });

  it('links a small type to its pre-rendered pages', () => {
    const [a, b] = seeds;
    const tree = pairViewTree({ a, b, prerendered: true, fig: figure(a, b) });
    const links = (tree[2] as ElNode).children.filter((c): c is ElNode => typeof c !== 'string').map((c) => c.attrs.href);
    expect(links).toEqual([`/compare/pair/${b.id}/${a.id}/`, `/compare/pair/${a.id}/`, '/compare/type/cac/']);
  });

  it('sends a small type to its pre-rendered page, and says why when there is nothing to show', async () => {
    const { get } = shardGetter([...seeds, ...big]);
    const [a, b] = seeds;
    expect(await loadPair(a.id, b.id, get, routes.disclosure)).toEqual({ status: 'prerendered', path: `/compare/pair/${a.id}/${b.id}/` });
    const msg = async (x: string, y: string) => {
      const r = await loadPair(x, y, get, routes.disclosure);
      return r.status === 'error' ? r.message : r.status;
    };
    expect(await msg('', big[0].id)).toContain('请在下面选择');
    expect(await msg('nonsense', big[0].id)).toContain('没有编号为“nonsense”的文件');
    expect(await msg(big[0].id, big[0].id)).toContain('同一份文件');
    expect(await msg(a.id, big[0].id)).toContain('同类部门');
    expect(await msg('909999-syn-2024-final-accounts', big[0].id)).toContain('没有编号为“909999-syn-2024-final-accounts”');
    expect(await msg(big[0].id, '900099-syn-2024-final-accounts')).toContain('没有编号为“900099-syn-2024-final-accounts”');
  });
});
