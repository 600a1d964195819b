/**
 * The search indexes as built (PORTAL_DIST_DIR, default dist/): one pair of
 * bundles per partition with the manifest that lists them, every disclosure
 * and county page in its partition's compact records with its filters, the
 * source texts in the text bundles, chunk by chunk linking to their first
 * line, and no personal mobile number anywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { DIST_DIR } from '../../support/browser';
import { UNUSED_PAGEFIND_FILE } from '../../../src/build/steps/search-index';
import { leaksIn } from '../../../src/build/steps/leak-scan';
import { countByCounty, planPartitions } from '../../../src/core/partitions';
import { MANIFEST_NAME, parseManifest, type SearchManifest } from '../../../src/search/manifest';
import { disclosureTags } from '../../../src/search/tags';
import { normalizedCollections, requireSearchIndex } from '../../support/search';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function fragments(dir: string): Fragment[] {
  const fdir = join(dir, 'fragment');
  return readdirSync(fdir).map((f) => {
    const text = gunzipSync(readFileSync(join(fdir, f))).toString('utf8');
    if (!text.startsWith('pagefind_dcd')) throw new Error(`${f}: not a Pagefind fragment`);
    return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  });
}

const PF = join(DIST_DIR, 'pagefind');
const bare = (s: string) => s.replace(/[\u200B\s]/g, '');

describe('search index build step', () => {
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

describe(`the built search indexes (${PF})`, () => {
  const data = normalizedCollections();
  const plan = planPartitions(countByCounty(data.disclosures.map((d) => d.county_code)));
  let manifest: SearchManifest;
  beforeAll(() => {
    requireSearchIndex();
    manifest = parseManifest(JSON.parse(gunzipSync(readFileSync(join(PF, MANIFEST_NAME))).toString('utf8')));
  });

  it('has one partition per planned partition, each with its two bundles and counts', () => {
    expect(manifest.partitions.map((p) => p.id)).toEqual(plan.partitions.map((p) => p.id));
    for (const p of manifest.partitions) {
      expect(p.disclosures).toBe(data.disclosures.filter((d) => plan.of(d.county_code) === p.id).length);
      for (const b of [p.bundles.records, p.bundles.text]) expect(existsSync(join(PF, b, 'pagefind-entry.json')), b).toBe(true);
      expect(fragments(join(PF, p.bundles.records))).toHaveLength(p.records);
      expect(fragments(join(PF, p.bundles.text))).toHaveLength(p.texts);
    }
  });

  it('holds every disclosure and county page in its partition’s compact records, with its filters and metadata', () => {
    for (const p of manifest.partitions) {
      const byUrl = new Map(fragments(join(PF, p.bundles.records)).map((f) => [f.url, f]));
      for (const d of data.disclosures.filter((x) => plan.of(x.county_code) === p.id)) {
        const f = byUrl.get(`/disclosures/${d.id}/`);
        expect(f, `disclosure ${d.id} is not in partition ${p.id}`).toBeDefined();
        for (const [k, v] of Object.entries(disclosureTags(d).filters)) expect(f!.filters[k], `${d.id} filter ${k}`).toEqual(v);
        expect(f!.meta.title).toBe(d.title);
        expect(bare(f!.content)).toContain(bare(d.title));
      }
      for (const c of data.counties.filter((x) => x.disclosure_ids.length && plan.of(x.code) === p.id)) {
        expect(byUrl.get(`/counties/${c.code}/`)?.filters.county, `county ${c.code}`).toEqual([c.name]);
      }
      expect([...byUrl.keys()].every((u) => /^\/(disclosures|counties)\/[^#]+\/$/.test(u))).toBe(true);
    }
  });

  it('holds each source text in its partition’s text bundle, every chunk linking to the line it starts with', () => {
    for (const s of data.sources) {
      const d = data.disclosures.find((x) => x.id === s.id)!;
      const p = manifest.partitions.find((x) => x.id === plan.of(d.county_code))!;
      const chunks = fragments(join(PF, p.bundles.text)).filter((f) => f.url.startsWith(`/disclosures/${s.id}/#`));
      const lines = s.text.split('\n');
      expect(chunks.length).toBeGreaterThan(0);
      for (const c of chunks) {
        const n = Number(/#L(\d+)$/.exec(c.url)?.[1]);
        expect(n, c.url).toBeGreaterThan(0);
        expect(bare(c.content).startsWith(bare(lines[n - 1])), `${c.url} starts with its line`).toBe(true);
      }
      // All the text is there, chunk after chunk.
      const ordered = chunks.sort((a, b) => Number(a.url.split('#L')[1]) - Number(b.url.split('#L')[1]));
      expect(ordered.map((c) => bare(c.content)).join('')).toBe(bare(s.text));
    }
  });

  it('contains no personal mobile number', () => {
    expect(leaksIn(PF)).toEqual([]);
  });

  it('ships the API, its WebAssembly and the index, without the unused UI bundles', () => {
    for (const p of manifest.partitions) {
      const names = readdirSync(join(PF, p.bundles.records));
      expect(names).toContain('pagefind.js');
      expect(names.filter((n) => UNUSED_PAGEFIND_FILE.test(n) || /ui\.(js|css)$/.test(n))).toEqual([]);
    }
  });
});
