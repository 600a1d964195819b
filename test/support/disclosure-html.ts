/**
 * Reading the built disclosure pages in tests: parse5 (the HTML parser Astro's
 * own toolchain ships) and a few DOM-like helpers, no browser needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { DIST_DIR } from './browser';
import { runNormalize } from '../../src/build/normalize-run';
import type { Collections } from '../../src/normalize/corpus';

export interface El {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  value?: string;
  content?: El;
}

/** The budget of issue #9 for any page's HTML (raw bytes) at 100,000 disclosures; disclosure pages are held to it too. */
export const MAX_PAGE_BYTES = 300 * 1024;

export function pagePath(id: string): string {
  return join(DIST_DIR, 'disclosures', id, 'index.html');
}

export function readPage(id: string): { html: string; doc: El } {
  const html = readFileSync(pagePath(id), 'utf8');
  return { html, doc: parse(html) as unknown as El };
}

export function attr(el: El, name: string): string | null {
  return el.attrs?.find((a) => a.name === name)?.value ?? null;
}

export function* walk(el: El): Generator<El> {
  yield el;
  for (const c of el.childNodes ?? []) yield* walk(c);
  if (el.content) yield* walk(el.content);
}

export function all(root: El, pred: (e: El) => boolean): El[] {
  return [...walk(root)].filter((e) => e.tagName && pred(e));
}

export function first(root: El, pred: (e: El) => boolean): El | null {
  for (const e of walk(root)) if (e.tagName && pred(e)) return e;
  return null;
}

export const byTag = (t: string) => (e: El) => e.tagName === t;
export const hasClass = (c: string) => (e: El) => (attr(e, 'class') ?? '').split(/\s+/).includes(c);

export function text(el: El): string {
  if (el.nodeName === '#text') return el.value ?? '';
  return (el.childNodes ?? []).map(text).join('');
}

/** Map of element id → element for the whole page. */
export function ids(doc: El): Map<string, El> {
  const m = new Map<string, El>();
  for (const e of walk(doc)) {
    const id = e.tagName ? attr(e, 'id') : null;
    if (id !== null) m.set(id, e);
  }
  return m;
}

let cached: Collections | null = null;
/** The normalized collections, computed from content/ exactly as the build does. */
export function collections(): Collections {
  if (!cached) {
    const r = runNormalize(process.cwd());
    if (!r.collections) throw new Error('the curated content has problems; run `npm run check`');
    cached = r.collections;
  }
  return cached;
}
