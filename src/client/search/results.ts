/**
 * Renders the results: one item per page of the site, its title linking to
 * the page and, for hits in the source text, up to three places linking to
 * the source line that holds the words. Everything from the index is
 * inserted as text, never as HTML.
 */
import { pageUrl, type PageHits } from '../../search/engine';
import { resultView, splitWords, termKeys, unescapePagefind, type Segment } from '../../search/excerpt';
import { foldedWordRanges, indexText } from '../../search/cjk';
import { NAMES_END_ID, RECORD } from '../../search/tags';
import type { QueryPlan } from '../../search/query';
import type { PfFragment } from './bundles';
import { chunkLineAt, sourceLineHref } from '../../core/anchors';

/** Most source-text places listed per result. */
const MAX_SPOTS = 3;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderSegments(parent: HTMLElement, segs: readonly Segment[]): void {
  for (const s of segs) parent.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
}

/**
 * Where a hit links to: its record's url; a source-text chunk's is the page
 * with `#L<line>` of the line that holds the first marked words of the
 * excerpt (found in the chunk's text, the line read from the chunk's line
 * table, meta `lines`), and the words (`?hl=`), which the page marks there.
 * A chunk whose text or table does not locate them links to its first line.
 */
export function hitHref(d: PfFragment, segments: readonly Segment[] = []): string {
  const m = /^(.*)#L(\d+)$/.exec(d.url);
  const marked = segments.find((x) => x.mark)?.text ?? '';
  // Excerpts separate Han characters by spaces; the source text does not.
  const words = marked.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu, '');
  if (!m || !words) return d.url;
  // The excerpt compares full-width digits and letters as ASCII: so does the search here (same length, same offsets).
  const text = plainText(d);
  const at = foldedWordRanges(text, marked)[0]?.[0];
  const line = at === undefined ? null : chunkLineAt(text, Number(m[2]), d.meta.lines ?? '', at);
  return sourceLineHref(m[1], line ?? Number(m[2]), words);
}

/** A hit's text as indexed: Pagefind's escaping undone and its word separators dropped. */
function plainText(d: PfFragment): string {
  return unescapePagefind(d.raw_content ?? d.content).replace(/\u200B/g, '');
}

/** A hit's text as excerpt.ts reads it: one word per Han character. */
function hitText(d: PfFragment): string {
  return indexText(plainText(d));
}

export function renderPage(page: PageHits<PfFragment>, plan: QueryPlan | null): HTMLLIElement {
  const datas = page.hits.map((h) => h.data);
  const summary = datas.find((d) => d.meta.record !== RECORD.text);
  const texts = datas.filter((d) => d.meta.record === RECORD.text);
  const meta = (summary ?? datas[0]).meta;
  const li = el('li', 'search-result');
  const h = el('h3', 'search-result-title');
  const a = el('a', undefined, meta.title ?? page.url);
  a.href = pageUrl(hitHref(summary ?? datas[0]));
  h.append(a);
  li.append(h);
  const metaParts = [meta.type, meta.county, meta.year ? `${meta.year}年` : '', meta.kind].filter(Boolean);
  if (metaParts.length) li.append(el('p', 'search-result-meta', metaParts.join(' · ')));
  const terms = plan && plan.kind !== 'browse' ? termKeys(plan.terms) : [];

  const spots = texts.slice(0, MAX_SPOTS).flatMap((d) => {
    const view = resultView(hitText(d), terms, [], { namesEndId: NAMES_END_ID, max: 1 });
    return view.namesOnly && terms.length ? [] : [{ d, segments: view.excerpt }];
  });
  if (spots.length === 0 && summary) {
    const text = hitText(summary);
    const namesChars = Number(summary.meta.names ?? 0);
    const namesEnd = splitWords(indexText(text.replace(/\u200B/g, '').slice(0, namesChars))).words.length;
    const view = resultView(text, terms, [{ id: NAMES_END_ID, location: namesEnd }], { namesEndId: NAMES_END_ID, max: 1 });
    const ex = el('p', 'search-excerpt');
    renderSegments(ex, view.excerpt);
    li.append(ex);
    if (view.namesOnly && terms.length) li.append(el('p', 'search-note', '按名称、简称或代码匹配'));
  }
  if (spots.length) {
    const ul = el('ul', 'search-spots');
    ul.setAttribute('aria-label', '原文中的匹配位置');
    for (const s of spots) {
      const item = el('li');
      const link = el('a');
      link.href = hitHref(s.d, s.segments);
      link.append(el('span', 'search-spot-kind', '原文'));
      renderSegments(link, s.segments);
      item.append(link);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
