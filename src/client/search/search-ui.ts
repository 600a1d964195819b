/**
 * The search page in the browser: wires the form, the filter panel, the
 * results and the scope line to the state in the URL (state.ts), the runner
 * (runner.ts: which partitions, merged when), the results (results.ts) and
 * the filters (facets.ts).
 */
import { emptyFilters, activeFilterCount, type QueryPlan, type SearchState } from '../../search/query';
import { statusText } from '../../search/status';
import type { PageHits } from '../../search/engine';
import type { FilterKey } from '../../search/tags';
import { Bundles, type PfFragment } from './bundles';
import { renderFacets, renderFacetSummary, type FacetElements } from './facets';
import { renderPage } from './results';
import { Runner, type RunView } from './runner';
import { readState, writeState } from './state';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;

export function startSearch(root: HTMLElement): void {
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = q<HTMLFormElement>('[data-search-form]');
  const input = q<HTMLInputElement>('[data-search-input]');
  const status = q<HTMLElement>('[data-status]');
  const scopeBox = q<HTMLElement>('[data-scope]');
  const scopeLine = q<HTMLElement>('[data-scope-text]');
  const everywhere = q<HTMLButtonElement>('[data-scope-more]');
  const list = q<HTMLOListElement>('[data-results]');
  const more = q<HTMLButtonElement>('[data-more]');
  const facets: FacetElements = { box: q('[data-facets]'), body: q('[data-facet-groups]'), summary: q('[data-facet-summary]'), clear: q('[data-clear]') };
  const baseTitle = document.title;
  const runner = new Runner(new Bundles(root.dataset.base ?? '/'));

  let state: SearchState = readState();
  let seq = 0;
  let shown: PageHits<PfFragment>[] = [];
  let plan: QueryPlan | null = null;
  let rendered = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.value = state.q;
  root.classList.add('search-ready');
  // Open when filters are in use (they are shown checked); otherwise its filter files wait until the reader opens it.
  facets.box.open = activeFilterCount(state) > 0;
  renderFacetSummary(facets, state);

  /** data-search-state (busy | done | error) for scripts and tests; aria-busy on the results while they change. */
  function setState(s: 'busy' | 'done' | 'error'): void {
    root.dataset.searchState = s;
    list.setAttribute('aria-busy', String(s === 'busy'));
  }

  function renderMore(): void {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    list.append(...next.map((p) => renderPage(p, plan)));
    rendered += next.length;
    more.hidden = rendered >= shown.length;
    if (!more.hidden) more.textContent = `显示更多结果（还有 ${shown.length - rendered} 个）`;
  }

  function show(v: RunView): void {
    if (v.values && v.outcome.counts) renderFacets(facets, state, v.values, v.outcome.counts);
    list.replaceChildren();
    shown = v.outcome.pages;
    plan = v.outcome.plan;
    rendered = 0;
    status.textContent = statusText(v.outcome, activeFilterCount(state) > 0, v.complete);
    scopeLine.textContent = v.scopeLine;
    scopeBox.hidden = !v.scopeLine;
    everywhere.hidden = v.complete || v.merging;
    root.dataset.searchComplete = String(v.complete);
    renderMore();
    setState(v.complete || !v.merging ? 'done' : 'busy');
  }

  async function run(opts: { everywhere?: boolean } = {}): Promise<void> {
    const mySeq = ++seq;
    setState('busy');
    const text = state.q.trim();
    document.title = text ? `“${text}”的搜索结果 · ${baseTitle}` : baseTitle;
    renderFacetSummary(facets, state);
    if (!text && activeFilterCount(state) === 0 && !facets.box.open) {
      list.replaceChildren();
      shown = [];
      more.hidden = true;
      scopeBox.hidden = true;
      status.textContent = '请输入关键词，或选择筛选条件浏览全部页面。';
      setState('done');
      return;
    }
    status.textContent = '正在搜索…';
    try {
      await runner.run(state, { counts: facets.box.open, everywhere: opts.everywhere ?? false, current: () => mySeq === seq, update: show });
    } catch {
      if (mySeq !== seq) return;
      status.textContent = '搜索暂时无法使用，请稍后再试，或到“数据”页面下载全部数据。';
      setState('error');
    }
  }

  function schedule(delay: number, push: boolean): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      writeState(state, push);
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
  facets.box.addEventListener('toggle', () => {
    if (facets.box.open) void run();
  });
  facets.body.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.dataset.key as FilterKey | undefined;
    if (!key) return;
    const values = state.filters[key].filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    state = { ...state, filters: { ...state.filters, [key]: values } };
    schedule(0, true);
  });
  facets.clear.addEventListener('click', () => {
    state = { ...state, filters: emptyFilters() };
    schedule(0, true);
    input.focus();
  });
  everywhere.addEventListener('click', () => void run({ everywhere: true }));
  more.addEventListener('click', () => {
    const first = rendered;
    renderMore();
    list.children[first]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.q;
    void run();
  });

  void run();
}
