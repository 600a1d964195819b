/**
 * Cutting a long, ordered list into numbered pages of bounded weight, and
 * finding where each region (or any other group) starts, so an overview page
 * can link straight to it. Pure; the pages, their getStaticPaths and the
 * sitemap all use the same cut, so links and pages always agree.
 */

/**
 * Greedy packing in order: an item goes on the current page while the page
 * stays within `max`; an item heavier than `max` gets a page of its own
 * (never split, e.g. one disclosure's failures). Page n (1-based) is
 * `pages[n - 1]`. Every item is on exactly one page, in the original order.
 */
export function packPages<T>(items: readonly T[], weight: (item: T) => number, max: number): T[][] {
  if (!(max >= 1)) throw new Error(`packPages: max must be at least 1, got ${max}`);
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = Math.max(1, weight(item));
    if (page.length > 0 && used + w > max) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += w;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Fixed-size pages (each item weighs 1). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  return packPages(items, () => 1, size);
}

export interface GroupStart {
  key: string;
  /** 1-based page on which the group's first item is. */
  page: number;
  /** Items of the group over all pages. */
  count: number;
  /** Pages the group spans (first and last, 1-based). */
  lastPage: number;
}

/** For each group (in order of first appearance), the page it starts on and how many items it has. */
export function groupStarts<T>(pages: readonly (readonly T[])[], keyOf: (item: T) => string): GroupStart[] {
  const by = new Map<string, GroupStart>();
  pages.forEach((items, i) => {
    for (const item of items) {
      const key = keyOf(item);
      const g = by.get(key);
      if (g) {
        g.count++;
        g.lastPage = i + 1;
      } else by.set(key, { key, page: i + 1, count: 1, lastPage: i + 1 });
    }
  });
  return [...by.values()];
}

/** Consecutive runs of items with the same key on one page: the sections a page shows under one heading. */
export function runs<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
  const out: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out[out.length - 1];
    if (last && last.key === key) last.items.push(item);
    else out.push({ key, items: [item] });
  }
  return out;
}

export type PagerItem = { kind: 'page'; n: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers a pager shows: the first and last, and a window around the
 * current one, with gaps between; at most 2·window + 5 entries whatever the
 * number of pages, so a pager stays small on page 3 of 2,000.
 */
export function pagerItems(current: number, total: number, window = 2): PagerItem[] {
  const shown = new Set<number>([1, total]);
  for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: PagerItem[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) {
      // A gap of one page is shown as that page rather than "…".
      if (n - sorted[i - 1] === 2) out.push({ kind: 'page', n: n - 1, current: false });
      else out.push({ kind: 'gap' });
    }
    out.push({ kind: 'page', n, current: n === current });
  });
  return out;
}
