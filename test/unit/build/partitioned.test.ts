/**
 * The pieces of the partitioned build that need no build: the command-line
 * modes, the keys (they change exactly with a partition's own inputs), the
 * render selection and which output folders belong to a partition, and the
 * cache's links.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../../src/build/build';
import { binaryKey, textKey } from '../../../src/build/download-cache';
import { ENTRY_FILE, linkReadSummaries, linkTree, partitionDir } from '../../../src/build/partition-cache';
import { pageDependencies, partitionIds, planBuild } from '../../../src/build/partition-keys';
import { pageFoldersOf } from '../../../src/build/partition-pages';
import { listDisclosureFolders, diskFile } from '../../../src/build/normalize-slice';
import { sourceRegistries } from '../../../src/normalize/corpus';
import { parseRenderSelection } from '../../../src/config';
import { partitionOfCode, isPrimaryShard, rendersCounty, rendersDisclosure } from '../../../src/store/shard';
import { planPartitions, countByCounty } from '../../../src/core/partitions';

const tmp = mkdtempSync(join(tmpdir(), 'partitioned-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run build arguments', () => {
  it('knows the modes', () => {
    expect(parseBuildArgs([])).toEqual({ kind: 'site' });
    expect(parseBuildArgs(['--assemble'])).toEqual({ kind: 'assemble' });
    expect(parseBuildArgs(['--list-partitions'])).toEqual({ kind: 'list' });
    expect(parseBuildArgs(['--partition', '43'])).toEqual({ kind: 'partition', id: '43' });
    expect(parseBuildArgs(['--partition', '4302'])).toEqual({ kind: 'partition', id: '4302' });
  });
  it('refuses anything else, saying what it takes', () => {
    expect(parseBuildArgs(['--partition'])).toMatch(/two digits .* or four/);
    expect(parseBuildArgs(['--partition', '430'])).toMatch(/two digits .* or four/);
    expect(parseBuildArgs(['--partitions', '43'])).toMatch(/unknown arguments "--partitions 43"/);
  });
});

describe('partition keys', () => {
  const content = join(tmp, 'content');
  cpSync('content', content, { recursive: true });
  const plan = () => {
    const folders = listDisclosureFolders(content);
    return planBuild(process.cwd(), content, folders, sourceRegistries(diskFile(content), []));
  };
  const folders = listDisclosureFolders(content);
  const expected = planPartitions(countByCounty(folders.map((f) => f.slice(0, 6))));

  it('plans the partitions of core/partitions.ts from the folder names, every folder in its own', () => {
    const p = plan();
    expect(p.ids).toEqual(expected.partitions.map((x) => x.id));
    expect(partitionIds(folders)).toEqual(p.ids);
    for (const part of p.partitions) for (const f of part.folders) expect(expected.of(f.slice(0, 6))).toBe(part.id);
    expect(p.partitions.flatMap((x) => x.folders)).toEqual(folders);
  });

  it('changes the key of the partition whose folder changed, and only that one', () => {
    const before = plan();
    const folder = folders[0];
    const mine = expected.of(folder.slice(0, 6));
    const file = join(content, 'disclosures', folder, 'source.txt');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n');
    const after = plan();
    for (const [a, b] of before.partitions.map((x, i) => [x, after.partitions[i]] as const)) {
      expect(a.dataKey !== b.dataKey, a.id).toBe(a.id === mine);
      expect(a.pagesKey !== b.pagesKey, a.id).toBe(a.id === mine);
    }
  });

  it('changes every key when a registry changes', () => {
    const before = plan();
    const file = join(content, 'registries', 'counties.csv');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n');
    const after = plan();
    before.partitions.forEach((a, i) => expect(a.dataKey).not.toBe(after.partitions[i].dataKey));
  });
});

describe('a county code chain across partitions', () => {
  // Synthetic codes (no GB/T 2260 province 91 or 92): 910101 took the new code 920101 in another province.
  const content = join(tmp, 'content-chain');
  cpSync('content', content, { recursive: true });
  const registry = join(content, 'registries', 'counties.csv');
  writeFileSync(
    registry,
    readFileSync(registry, 'utf8').replace(/\n?$/, '\n') +
      '910101,旧县,旧县,甲市,910100,甲省,910000,,2019,,920101,2020年改划乙省，改为新县（920101）\n' +
      '920101,新县,新县,乙市,920100,乙省,920000,2020,,910101,,2020年由旧县（910101）改设\n',
  );
  const seed = listDisclosureFolders('content')[0];
  for (const id of ['910101-cac-2018-final-accounts', '920101-cac-2021-final-accounts'])
    cpSync(join('content', 'disclosures', seed), join(content, 'disclosures', id), { recursive: true });
  const plan = () => planBuild(process.cwd(), content, listDisclosureFolders(content), sourceRegistries(diskFile(content), []));

  it('says which partitions read which: each code of the chain has its page where its code is', () => {
    const p = plan();
    expect(p.partitions.find((x) => x.id === '91')!.readsFrom).toEqual(['92']);
    expect(p.partitions.find((x) => x.id === '92')!.readsFrom).toEqual(['91']);
    // The curated partitions read what they read without the synthetic chain.
    const curated = planBuild(process.cwd(), 'content', listDisclosureFolders('content'), sourceRegistries(diskFile('content'), []));
    for (const x of p.partitions.filter((x) => !x.id.startsWith('9')))
      expect(x.readsFrom, x.id).toEqual(curated.partitions.find((c) => c.id === x.id)!.readsFrom);
    // A code in no partition has its page with the corpus-wide pages, which read every partition.
    expect(pageDependencies(p.counties, ['91']).size).toBe(0);
  });

  it('renders the pages of both partitions again when a disclosure of one changes', () => {
    const before = plan();
    const file = join(content, 'disclosures', '910101-cac-2018-final-accounts', 'source.txt');
    writeFileSync(file, readFileSync(file, 'utf8') + '\n');
    const after = plan();
    for (const [a, b] of before.partitions.map((x, i) => [x, after.partitions[i]] as const)) {
      expect(a.dataKey !== b.dataKey, a.id).toBe(a.id === '91');
      expect(a.pagesKey !== b.pagesKey, a.id).toBe(a.id === '91' || a.id === '92');
    }
  });

  it('a partition built alone links the summaries it reads from the cache, or says which to build first', () => {
    const cache = join(tmp, 'cache-chain');
    const into = join(tmp, 'gen-chain');
    const other = { id: '91', dataKey: 'k91' };
    expect(() => linkReadSummaries(into, cache, '92', [other])).toThrow(
      /partition 92 list disclosures of partition 91 .*npm run build -- --partition <id>` for 91 first, then for 92/,
    );
    const dir = partitionDir(cache, '91');
    mkdirSync(join(dir, 'generated', 'disclosures'), { recursive: true });
    writeFileSync(join(dir, 'generated', 'disclosures', '910101-cac-2018-final-accounts.json'), '{}');
    writeFileSync(join(dir, ENTRY_FILE), JSON.stringify({ id: '91', dataKey: 'other inputs' }));
    expect(() => linkReadSummaries(into, cache, '92', [other])).toThrow(/not in the cache built from these inputs/);
    writeFileSync(join(dir, ENTRY_FILE), JSON.stringify({ id: '91', dataKey: 'k91' }));
    linkReadSummaries(into, cache, '92', [other]);
    expect(readFileSync(join(into, 'disclosures', '910101-cac-2018-final-accounts.json'), 'utf8')).toBe('{}');
  });
});

describe('render selection', () => {
  const sel = { plan: ['13', '4302', '4304'], render: ['4302'], corpus: false };
  it('parses PORTAL_RENDER_PARTITIONS and refuses a bad one', () => {
    expect(parseRenderSelection(undefined)).toBeNull();
    expect(parseRenderSelection(JSON.stringify(sel))).toEqual(sel);
    expect(() => parseRenderSelection('{"plan":["4"],"render":[],"corpus":true}')).toThrow(/PORTAL_RENDER_PARTITIONS/);
    expect(() => parseRenderSelection('43')).toThrow(/PORTAL_RENDER_PARTITIONS/);
  });
  it('renders the pages of the selected partitions, and corpus-wide pages only when asked', () => {
    expect(partitionOfCode('430223', sel.plan)).toBe('4302');
    expect(partitionOfCode('440101', sel.plan)).toBeNull();
    expect(rendersCounty('430223', sel)).toBe(true);
    expect(rendersCounty('430423', sel)).toBe(false);
    expect(rendersDisclosure('430223-cac-2024-final-accounts', sel)).toBe(true);
    expect(rendersDisclosure('130132-cac-2022-performance-self-evaluation', sel)).toBe(false);
    // A county in no partition is corpus-wide.
    expect(rendersCounty('440101', sel)).toBe(false);
    expect(rendersCounty('440101', { ...sel, corpus: true })).toBe(true);
    expect(isPrimaryShard({ index: 0, count: 1 }, sel)).toBe(false);
    expect(isPrimaryShard({ index: 0, count: 1 }, { ...sel, corpus: true })).toBe(true);
    expect(isPrimaryShard({ index: 1, count: 2 }, { ...sel, corpus: true })).toBe(false);
    expect(isPrimaryShard({ index: 0, count: 1 }, null)).toBe(true);
    expect(rendersCounty('430423', null)).toBe(true);
  });
});

describe('partition pages and links', () => {
  const out = join(tmp, 'out');
  for (const d of [
    'disclosures/430223-cac-2024-final-accounts',
    'disclosures/430423-cac-2023-x',
    'counties/430223/page/2',
    'counties/page/2',
    'counties/130132',
    'compare',
  ])
    mkdirSync(join(out, d), { recursive: true });
  it('takes the disclosure and county folders whose code is in the partition', () => {
    expect(pageFoldersOf(out, '4302', ['13', '4302', '4304'])).toEqual(['disclosures/430223-cac-2024-final-accounts', 'counties/430223']);
    expect(pageFoldersOf(out, '13', ['13', '4302', '4304'])).toEqual(['counties/130132']);
  });
  it('links a tree into another and refuses a file both have', () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    mkdirSync(join(a, 'x/y'), { recursive: true });
    writeFileSync(join(a, 'x/y/f.txt'), 'f');
    linkTree(a, b);
    expect(readFileSync(join(b, 'x/y/f.txt'), 'utf8')).toBe('f');
    expect(statSync(join(b, 'x/y/f.txt')).ino).toBe(statSync(join(a, 'x/y/f.txt')).ino);
    expect(() => linkTree(a, b)).toThrow(/x\/y\/f.txt exists twice/);
    expect(existsSync(join(b, 'x'))).toBe(true);
  });
});

describe('the keys of the download cache (download-cache.ts)', () => {
  const inputs = [
    { path: 'provinces/430000/facts.csv.gz', sha256: 'a'.repeat(64) },
    { path: 'counties.csv', sha256: 'b'.repeat(64) },
  ];
  const key = binaryKey('code', '2026-01-01', inputs);
  it('changes with any input file, the build date and the code, and with nothing else', () => {
    expect(
      binaryKey(
        'code',
        '2026-01-01',
        inputs.map((f) => ({ ...f })),
      ),
    ).toBe(key);
    expect(binaryKey('code', '2026-01-01', [{ ...inputs[0], sha256: 'c'.repeat(64) }, inputs[1]])).not.toBe(key);
    expect(binaryKey('code', '2026-01-01', [{ ...inputs[0], path: 'provinces/440000/facts.csv.gz' }, inputs[1]])).not.toBe(key);
    expect(binaryKey('code', '2026-01-01', inputs.slice(0, 1))).not.toBe(key);
    expect(binaryKey('code', '2026-01-02', inputs)).not.toBe(key);
    expect(binaryKey('other code', '2026-01-01', inputs)).not.toBe(key);
  });
  it("a province's text files change with the data keys of the build partitions holding it and the code", () => {
    const from = [
      { id: '4301', dataKey: 'k1' },
      { id: '4302', dataKey: 'k2' },
    ];
    const t = textKey('code', from);
    expect(
      textKey(
        'code',
        from.map((p) => ({ ...p })),
      ),
    ).toBe(t);
    expect(textKey('code', [from[0], { ...from[1], dataKey: 'k3' }])).not.toBe(t);
    expect(textKey('code', from.slice(1))).not.toBe(t);
    expect(textKey('other code', from)).not.toBe(t);
  });
});
