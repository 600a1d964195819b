/**
 * The search page in the browser: loads Pagefind (/pagefind/pagefind.js under
 * the site base), runs the query plan (src/search/query.ts), renders results,
 * in-page places and filter facets with counts, and keeps ?q=…&<filter>=… in
 * the URL. Everything from the index is inserted as text, never as HTML.
 */
import { SearchEngine, type Counts, type PfResult } from '../../search/engine';
import { statusText } from '../../search/status';
import { resultView, spotHref, termKeys, unescapePagefind, type Anchor, type Segment } from '../../search/excerpt';
import { activeFilterCount, emptyFilters, parseState, stateToSearch, type QueryPlan, type SearchState } from '../../search/query';
import { FILTERS, NAMES_END_ID, isSourceAnchor, type FilterKey } from '../../search/tags';

interface PfFragment {
  url: string;
  raw_content?: string;
  content: string;
  anchors: Anchor[];
  meta: Record<string, string>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: { filters?: unknown }) => Promise<{ results: PfResult<PfFragment>[]; filters: Counts } | null>;
  filters: () => Promise<Counts>;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderSegments(parent: HTMLElement, segs: readonly Segment[]): void {
  for (const s of segs) parent.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
}

export function startSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const facetsBox = root.querySelector<HTMLDetailsElement>('[data-facets]')!;
  const facetsBody = root.querySelector<HTMLElement>('[data-facet-groups]')!;
  const facetSummary = root.querySelector<HTMLElement>('[data-facet-summary]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const baseTitle = document.title;

  let state: SearchState = parseState(location.search);
  let loading: Promise<Pagefind> | null = null;
  let pf: Pagefind | null = null;
  let engine: SearchEngine<PfFragment> | null = null;
  let allValues: Counts = {};
  let seq = 0;
  let shown: PfResult<PfFragment>[] = [];
  let plan: QueryPlan | null = null;
  let rendered = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.value = state.q;
  root.classList.add('search-ready');
  if (window.matchMedia('(min-width: 56rem)').matches) facetsBox.open = true;

  /** data-search-state (busy | done | error) for scripts and tests; aria-busy on the results while they change. */
  function setState(s: 'busy' | 'done' | 'error'): void {
    root.dataset.searchState = s;
    list.setAttribute('aria-busy', String(s === 'busy'));
  }

  function setUrl(push: boolean): void {
    const url = location.pathname + stateToSearch(state);
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function load(): Promise<Pagefind> {
    loading ??= (async () => {
      const mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // No web worker: one file less to download; the index is small enough for the main thread.
      await mod.options({ baseUrl: base, noWorker: true });
      await mod.init();
      allValues = await mod.filters();
      engine = new SearchEngine<PfFragment>(mod, allValues);
      pf = mod;
      return mod;
    })();
    loading.catch(() => {
      loading = null;
    });
    return loading;
  }

  function failed(mySeq: number): void {
    if (mySeq !== seq) return;
    status.textContent = '搜索暂时无法使用，请稍后再试，或到“数据”页面下载全部数据。';
    setState('error');
  }

  function renderFacets(counts: Counts): void {
    // Keep keyboard focus on the same checkbox across the re-render.
    const focused =
      document.activeElement instanceof HTMLInputElement && facetsBody.contains(document.activeElement)
        ? { key: document.activeElement.dataset.key, value: document.activeElement.value }
        : null;
    facetsBody.replaceChildren();
    for (const { key, label } of FILTERS) {
      const values = Object.keys(allValues[key] ?? {});
      if (values.length === 0) continue;
      values.sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
      const fs = el('fieldset', 'search-facet');
      fs.append(el('legend', undefined, label));
      const ul = el('ul');
      values.forEach((v, i) => {
        const id = `facet-${key}-${i}`;
        const li = el('li');
        const box = el('input');
        box.type = 'checkbox';
        box.id = id;
        box.value = v;
        box.dataset.key = key;
        box.checked = state.filters[key].includes(v);
        const n = counts[key]?.[v] ?? 0;
        const lab = el('label');
        lab.htmlFor = id;
        lab.append(document.createTextNode(v), el('span', 'search-count', `（${n}）`));
        if (n === 0 && !box.checked) li.classList.add('search-facet-empty');
        li.append(box, lab);
        ul.append(li);
      });
      fs.append(ul);
      facetsBody.append(fs);
    }
    if (focused) {
      for (const box of facetsBody.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
        if (box.dataset.key === focused.key && box.value === focused.value) box.focus();
      }
    }
    const active = activeFilterCount(state);
    facetSummary.textContent = active ? `筛选（已选 ${active} 项）` : '筛选';
    clear.hidden = active === 0;
  }

  async function renderResult(r: PfResult<PfFragment>): Promise<HTMLLIElement> {
    const d = await r.data();
    const li = el('li', 'search-result');
    const h = el('h3', 'search-result-title');
    const a = el('a', undefined, d.meta.title ?? d.url);
    a.href = d.url;
    h.append(a);
    li.append(h);
    const metaParts = [d.meta.type, d.meta.county, d.meta.year ? `${d.meta.year}年` : '', d.meta.kind].filter(Boolean);
    if (metaParts.length) li.append(el('p', 'search-result-meta', metaParts.join(' · ')));
    const terms = plan && plan.kind !== 'browse' ? termKeys(plan.terms) : [];
    const view = resultView(d.raw_content === undefined ? d.content : unescapePagefind(d.raw_content), terms, d.anchors, {
      namesEndId: NAMES_END_ID,
      max: 3,
      prefer: isSourceAnchor,
    });
    const spots = view.spots.filter((s) => s.anchor !== null);
    if (spots.length === 0) {
      const ex = el('p', 'search-excerpt');
      renderSegments(ex, view.excerpt);
      li.append(ex);
    }
    if (view.namesOnly && terms.length) li.append(el('p', 'search-note', '按名称、简称或代码匹配'));
    if (spots.length) {
      const ul = el('ul', 'search-spots');
      ul.setAttribute('aria-label', '匹配位置');
      for (const s of spots) {
        const item = el('li');
        const link = el('a');
        link.href = spotHref(d.url, s);
        link.append(el('span', 'search-spot-kind', isSourceAnchor(s.anchor!) ? '原文' : '本页'));
        renderSegments(link, s.segments);
        item.append(link);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  async function renderMore(mySeq: number): Promise<void> {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(next.map(renderResult));
    if (mySeq !== seq) return;
    list.append(...items);
    rendered += next.length;
    more.hidden = rendered >= shown.length;
    if (!more.hidden) more.textContent = `显示更多结果（还有 ${shown.length - rendered} 个）`;
  }

  async function run(): Promise<void> {
    const mySeq = ++seq;
    setState('busy');
    const q = state.q.trim();
    document.title = q ? `“${q}”的搜索结果 · ${baseTitle}` : baseTitle;
    if (!pf) status.textContent = '正在载入搜索索引…';
    try {
      await load();
    } catch {
      failed(mySeq);
      return;
    }
    const filtered = activeFilterCount(state) > 0;
    if (!q && !filtered) {
      if (mySeq !== seq) return;
      renderFacets(allValues);
      list.replaceChildren();
      shown = [];
      plan = null;
      more.hidden = true;
      status.textContent = '请输入关键词，或选择筛选条件浏览全部页面。';
      setState('done');
      return;
    }
    try {
      const out = await engine!.run(state.q, state.filters);
      if (mySeq !== seq) return;
      renderFacets(out.counts);
      list.replaceChildren();
      shown = out.results;
      plan = out.plan;
      rendered = 0;
      status.textContent = statusText(out, filtered);
      await renderMore(mySeq);
      if (mySeq === seq) setState('done');
    } catch {
      failed(mySeq);
    }
  }

  function schedule(delay: number, push: boolean): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      setUrl(push);
      void run();
    }, delay);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = { ...state, q: input.value };
    schedule(0, true);
  });
  // Search as the query is typed, but not while an input method is composing (pinyin letters are not the query).
  const typed = () => {
    state = { ...state, q: input.value };
    schedule(DEBOUNCE_MS, false);
  };
  input.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) typed();
  });
  input.addEventListener('compositionend', typed);
  facetsBody.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.dataset.key as FilterKey | undefined;
    if (!key) return;
    const values = state.filters[key].filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    state = { ...state, filters: { ...state.filters, [key]: values } };
    schedule(0, true);
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: emptyFilters() };
    schedule(0, true);
    input.focus();
  });
  more.addEventListener('click', () => {
    const first = rendered;
    void renderMore(seq).then(() => {
      list.children[first]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    input.value = state.q;
    void run();
  });

  void run();
}
