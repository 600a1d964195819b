/**
 * The build's leak scan: a number anywhere in a built site (a page, a JSON or
 * CSV download, a compressed index file) stops the build, naming the built
 * file and the curated file and field it came from.
 */
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { curatedOrigins, leakReport, leaksIn, leakScanStep, readClean, scanDir } from '../../../../src/build/steps/leak-scan';

const work = mkdtempSync(join(tmpdir(), 'portal-leak-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(root: string, files: Record<string, string | Buffer>): string {
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}

const content = tree(join(work, 'content'), {
  'disclosures/x/facts.csv': 'fact_id,note\na,无\nb,联系 138 1234 5678\n',
  'disclosures/x/disclosure.json': JSON.stringify({ id: 'x', department_short_name: '网信办（+86 139-1234-5678）' }),
  'disclosures/x/source.txt': '第一行\n电话：15012345678\n',
});

describe('the leak scan', () => {
  it('finds numbers in pages, downloads and compressed index files, in any form', () => {
    const dist = tree(join(work, 'dist-a'), {
      'index.html': '<p>电话 1<mark>38</mark>12345678</p>',
      'data/facts.csv': 'note\r\n"联系 138 1234 5678"\r\n',
      'data/all.json': '{"n":"网信办（+86 139-1234-5678）"}',
      'pagefind/fragment/a.pf_fragment': gzipSync(`{"content":"${[...'15012345678'].join('\u200b')}"}`),
      '_astro/x.js': 'const x = 1;',
      'img.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(leaksIn(dist).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: 'data/all.json', digits: '13912345678' },
      { file: 'data/facts.csv', digits: '13812345678' },
      { file: 'index.html', digits: '13812345678' },
      { file: join('pagefind', 'fragment', 'a.pf_fragment'), digits: '15012345678' },
    ]);
  });

  it('names the curated file and field each number came from', () => {
    expect(curatedOrigins(content, '13812345678')).toEqual(['content/disclosures/x/facts.csv (record 2, column note)']);
    expect(curatedOrigins(content, '13912345678')).toEqual(['content/disclosures/x/disclosure.json ($.department_short_name)']);
    expect(curatedOrigins(content, '15012345678')).toEqual(['content/disclosures/x/source.txt (line 2)']);
    const report = leakReport([{ file: 'index.html', digits: '13812345678' }], content);
    expect(report).toEqual(['personal mobile number 138…78 in index.html; it comes from content/disclosures/x/facts.csv (record 2, column note)']);
  });

  it('stops the build step, and passes a clean site', () => {
    const dirty = tree(join(work, 'dist-b'), { 'index.html': '<p>13812345678</p>' });
    const clean = tree(join(work, 'dist-c'), { 'index.html': '<p>决算 162.935556 万元，编号 430223，2024.6.17</p>' });
    const ctx = (distDir: string) => ({
      root: work,
      distDir,
      generatedDir: join(work, 'gen'),
      cacheDir: join(work, 'cache'),
      partitions: [],
      collections: { counties: [], disclosures: [] },
      reuse: {},
    });
    // The step reads the curated files of <root>/content: here the fixture above.
    expect(() => leakScanStep.run(ctx(dirty))).toThrow(
      /leak scan: 1 personal mobile number in the built site:\n  personal mobile number 138…78 in index.html; it comes from content\/disclosures\/x\/facts.csv \(record 2, column note\)/,
    );
    expect(() => leakScanStep.run(ctx(clean))).not.toThrow();
  });

  it('rescans only files that are not the same files a clean scan covered', () => {
    const a = tree(join(work, 'dist-d'), { 'index.html': '<p>无</p>', 'x/page.html': '<p>2024.6.17</p>', 'y/z.json': '{"a":1}' });
    const first = scanDir(a, new Set());
    expect([first.scanned, first.skipped, first.leaks]).toEqual([3, 0, []]);
    // A second site made of hard links to the same files (a reused partition) and one new file.
    const b = join(work, 'dist-e');
    mkdirSync(join(b, 'x'), { recursive: true });
    linkSync(join(a, 'x/page.html'), join(b, 'x/page.html'));
    tree(b, { 'index.html': '<p>电话 13812345678</p>' });
    const second = scanDir(b, new Set(first.clean));
    expect([second.scanned, second.skipped]).toEqual([1, 1]);
    expect(second.leaks).toEqual([{ file: 'index.html', digits: '13812345678' }]);
    // The file with a hit is never remembered as clean: the next scan finds it again.
    const third = scanDir(b, new Set(second.clean));
    expect([third.scanned, third.skipped, third.leaks.length]).toEqual([1, 1, 1]);
    // A file rewritten (new content, new identity) is scanned again.
    writeFileSync(join(a, 'y/z.json'), '{"tel":"13912345678"}');
    expect(scanDir(a, new Set(first.clean)).leaks).toEqual([{ file: join('y', 'z.json'), digits: '13912345678' }]);
  });

  it('the build step remembers clean files in the cache and skips them next time', () => {
    const site = tree(join(work, 'dist-f'), { 'index.html': '<p>无</p>', 'a.html': '<p>无</p>' });
    const ctx = {
      root: work,
      distDir: site,
      generatedDir: join(work, 'gen'),
      cacheDir: join(work, 'cache-f'),
      partitions: [],
      collections: { counties: [], disclosures: [] },
      reuse: {},
    };
    leakScanStep.run(ctx);
    expect(readClean(ctx.cacheDir).size).toBe(2);
    expect(scanDir(site, readClean(ctx.cacheDir))).toMatchObject({ scanned: 0, skipped: 2 });
  });
});
