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
import { linkTree } from '../../../src/build/partition-cache';
import { partitionIds, planBuild } from '../../../src/build/partition-keys';
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
