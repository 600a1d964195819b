/**
 * The search index as built (PORTAL_DIST_DIR, default dist/): which pages it
 * holds, with which filters, that the source text is in it, and that no
 * personal mobile number is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { DIST_DIR } from '../../support/browser';
import { tagsFor, UNUSED_PAGEFIND_FILE } from '../../../src/build/steps/search-index';
import { leaksIn } from '../../../src/build/steps/leak-scan';
import { disclosureTags } from '../../../src/search/tags';
import { normalizedCollections, requireSearchIndex } from '../../support/search';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function fragments(dir: string): Fragment[] {
  const fdir = join(dir, 'pagefind', 'fragment');
  return readdirSync(fdir).map((f) => {
    const text = gunzipSync(readFileSync(join(fdir, f))).toString('utf8');
    if (!text.startsWith('pagefind_dcd')) throw new Error(`${f}: not a Pagefind fragment`);
    return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  });
}

describe('search index build step', () => {
  const data = normalizedCollections();
  const byId = new Map(data.disclosures.map((d) => [d.id, d]));
  const byCode = new Map(data.counties.map((c) => [c.code, c]));

  it('tags disclosure pages and county pages from the collections and skips every other page', () => {
    const d = data.disclosures[0];
    expect(tagsFor(`disclosures/${d.id}/index.html`, byId, byCode)).toEqual(disclosureTags(d));
    const sub = tagsFor(`disclosures/${d.id}/source/index.html`, byId, byCode);
    expect(typeof sub === 'object' && sub.meta.title).toBeUndefined();
    expect(tagsFor('disclosures/999999-cac-2024-final-accounts/index.html', byId, byCode)).toMatch(/no disclosure/);
    expect(tagsFor('about/index.html', byId, byCode)).toMatch(/not a disclosure or county page/);
  });

  it('finds a personal mobile number in compressed index files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-scan-'));
    try {
      mkdirSync(join(dir, 'fragment'));
      writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), gzipSync('pagefind_dcd{"content":"联系电话：13912345678 金额 89.93"}'));
      writeFileSync(join(dir, 'fragment', 'b.pf_fragment'), gzipSync('pagefind_dcd{"content":"代码 431129 金额 162.935556 编号 1234567890123"}'));
      expect(leaksIn(dir)).toEqual([{ file: join('fragment', 'a.pf_fragment'), digits: '13912345678' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(`the built search index (${DIST_DIR}/pagefind)`, () => {
  const data = normalizedCollections();
  beforeAll(requireSearchIndex);

  it('holds every disclosure page, with its filters and metadata, and every county page with a page', () => {
    const frags = fragments(DIST_DIR);
    const byUrl = new Map(frags.map((f) => [f.url, f]));
    for (const d of data.disclosures) {
      const f = byUrl.get(`/disclosures/${d.id}/`);
      expect(f, `disclosure ${d.id} is not in the index`).toBeDefined();
      const t = disclosureTags(d);
      for (const [k, v] of Object.entries(t.filters)) expect(f!.filters[k], `${d.id} filter ${k}`).toEqual(v);
      expect(f!.meta.title).toBe(d.title);
    }
    let counties = 0;
    for (const c of data.counties) {
      if (!existsSync(join(DIST_DIR, 'counties', c.code, 'index.html'))) continue;
      expect(byUrl.get(`/counties/${c.code}/`)?.filters.county, `county ${c.code}`).toEqual([c.name]);
      counties++;
    }
    expect(counties).toBeGreaterThan(0);
    expect(frags.every((f) => /^\/(disclosures|counties)\//.test(f.url))).toBe(true);
  });

  it('holds the source text of each disclosure (its title as printed and its last line)', async () => {
    const { sourceEntrySchema } = await import('../../../src/schema/normalized');
    const frags = new Map(fragments(DIST_DIR).map((f) => [f.url, f.content.replace(/[\u200B\s]/g, '')]));
    for (const s of data.sources.map((x) => sourceEntrySchema.parse(x))) {
      const content = frags.get(`/disclosures/${s.id}/`)!;
      const lines = s.text
        .split('\n')
        .map((l) => l.replace(/\s/g, ''))
        .filter((l) => l.length >= 6);
      for (const line of [lines[0], lines[lines.length - 1]]) expect(content, `${s.id}: ${line}`).toContain(line);
    }
  });

  it('leaves out the page sections that restate the source text (each page’s share stays close to its source)', () => {
    const frags = new Map(fragments(DIST_DIR).map((f) => [f.url, f.content.replace(/\u200B/g, '')]));
    for (const s of data.sources) {
      const content = frags.get(`/disclosures/${s.id}/`)!;
      // Header, overview, key figures and the project list come on top of the source text; the figure
      // tables, indicators, narrative and checks (EXCLUDE_SELECTORS) would each add about as much again.
      expect(content.length, `${s.id}: indexed text much longer than its source; are EXCLUDE_SELECTORS out of date?`).toBeLessThan(s.text.length + 4000);
    }
  });

  it('contains no personal mobile number', () => {
    expect(leaksIn(join(DIST_DIR, 'pagefind'))).toEqual([]);
  });
});

describe(`the shipped Pagefind files (${DIST_DIR}/pagefind)`, () => {
  it('are the API, its worker and WebAssembly and the index, without the unused UI bundles', () => {
    const names = readdirSync(join(DIST_DIR, 'pagefind'));
    expect(names).toContain('pagefind.js');
    expect(names.filter((n) => UNUSED_PAGEFIND_FILE.test(n) || /ui\.(js|css)$/.test(n))).toEqual([]);
  });
});
