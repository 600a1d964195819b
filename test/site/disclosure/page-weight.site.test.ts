/**
 * Page weight: a disclosure page's HTML plus the CSS and JS files it references
 * is at most 60 KB gzip (source text included), its HTML alone at most the
 * page budget in raw bytes (MAX_PAGE_BYTES), and it needs no JavaScript: every
 * script it loads is a module (deferred, optional), none inline.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR } from '../../support/browser';
import { all, attr, byTag, collections, MAX_PAGE_BYTES, readPage } from '../../support/disclosure-html';

const BUDGET = 60 * 1024;
const BASE = (process.env.PORTAL_BASE ?? '/').replace(/\/?$/, '/');

/** A site path of a referenced asset → its file under DIST_DIR (the base is not a folder there). */
function assetFile(href: string): string {
  const path = new URL(href, 'https://site.invalid' + BASE).pathname;
  if (!path.startsWith(BASE)) throw new Error(`asset outside the site base: ${href}`);
  return join(DIST_DIR, path.slice(BASE.length));
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

describe('disclosure page weight', () => {
  for (const { id } of collections().disclosures) {
    it(`${id}: HTML + CSS + JS ≤ 60 KB gzip`, () => {
      const { html, doc } = readPage(id);
      const css = all(doc, (e) => e.tagName === 'link' && (attr(e, 'rel') ?? '').split(/\s+/).includes('stylesheet')).map((e) => attr(e, 'href')!);
      const js = [
        ...all(doc, byTag('script'))
          .map((e) => attr(e, 'src'))
          .filter((s): s is string => !!s),
        ...all(doc, (e) => e.tagName === 'link' && attr(e, 'rel') === 'modulepreload').map((e) => attr(e, 'href')!),
      ];
      const assets = [...new Set([...css, ...js])].filter((h) => !/^[a-z]+:\/\//i.test(h));
      const sizes = [['html', gz(html)] as const, ...assets.map((h) => [h, gz(readFileSync(assetFile(h)))] as const)];
      const total = sizes.reduce((s, [, n]) => s + n, 0);
      expect(total, sizes.map(([n, b]) => `${n}: ${b} B`).join(', ')).toBeLessThanOrEqual(BUDGET);
    });

    it(`${id}: HTML ≤ ${MAX_PAGE_BYTES / 1024} KiB, scripts external modules only`, () => {
      const { html, doc } = readPage(id);
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MAX_PAGE_BYTES);
      for (const s of all(doc, byTag('script'))) expect([attr(s, 'type'), !!attr(s, 'src')]).toEqual(['module', true]);
    });
  }
});
