/**
 * The /compare/ island: measure, per-person basis, sort, county highlight and
 * the filters (year, kind, province, county) live in the URL query of the
 * type's page. Every change pushes a history entry; the back button restores
 * the view; the caveat summary, charts, tables, notes, citations and the
 * overview table are rebuilt with the same pure functions the build used, at
 * the width of the screen. On a pre-rendered one-facet page the page's own
 * filter is the starting view; a change moves the address to the type's page
 * with the whole view in its query.
 */
import { isoDate, fileBase } from '../../compare/citation';
import { isMeasureId, isPerBasis, perApplies } from '../../compare/measures';
import { buildFigure, pageScope, type BuiltFigure, type FigureSpec } from '../../compare/page';
import { FACETS, NO_FILTERS, type FacetOptions, type Filters } from '../../compare/filters';
import { overviewTree } from '../../compare/overview';
import { summaryTree, SUMMARY_ID } from '../../compare/summary';
import type { CompareRecord } from '../../compare/records';
import {
  formatView,
  normaliseView,
  parseView,
  sameView,
  SORT_LABELS,
  SORT_ORDERS,
  type SortOrder,
  type ViewScope,
  type ViewState,
} from '../../compare/view-state';
import { MEASURES } from '../../compare/measures';
import { bindDownloads } from './downloads';
import { renderTree } from '../../charts/render-dom';

interface PageData {
  typeName: string;
  records: CompareRecord[];
  figures: FigureSpec[];
  options: FacetOptions;
  /** The type's page (with base): every view's address is this plus its query. */
  path: string;
  /** This page's own filter (a one-facet page), applied when the address is this page's. */
  filter: Filters;
}

const MIN_W = 300;
const MAX_W = 880;

function widthOf(fig: HTMLElement): number {
  const box = fig.querySelector<HTMLElement>('.chart-box') ?? fig;
  const w = Math.floor(box.clientWidth);
  return Math.max(MIN_W, Math.min(MAX_W, w || MIN_W));
}

function init(data: PageData): void {
  const form = document.getElementById('compare-controls') as HTMLFormElement | null;
  if (!form) return;
  const counties = [...new Set(data.records.map((r) => r.county_code))];
  const scope: ViewScope = { counties, options: data.options };
  const ownPath = location.pathname;
  const measureSel = form.querySelector<HTMLSelectElement>('#c-measure')!;
  const sortSel = form.querySelector<HTMLSelectElement>('#c-sort')!;
  const hlSel = form.querySelector<HTMLSelectElement>('#c-hl')!;
  const facetSels = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  const perInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="per"]')];
  const perHint = document.getElementById('per-hint');
  const status = document.getElementById('compare-status');
  const built = new Map<string, BuiltFigure>();
  const widths = new Map<string, number>();
  /** The view in the address: on this one-facet page its filter is the base; on the type's page none. */
  const fromLocation = (): ViewState => parseView(location.search, scope, location.pathname === ownPath ? data.filter : NO_FILTERS);
  let state: ViewState = fromLocation();

  function readForm(): ViewState {
    const m = measureSel.value;
    const p = perInputs.find((i) => i.checked)?.value ?? 'none';
    const filter = { ...NO_FILTERS };
    for (const sel of facetSels) {
      const f = FACETS.find((x) => x === sel.dataset.facet);
      if (f) filter[f] = sel.value || null;
    }
    return normaliseView(
      {
        measure: isMeasureId(m) ? m : state.measure,
        per: isPerBasis(p) ? p : 'none',
        sort: (SORT_ORDERS as readonly string[]).includes(sortSel.value) ? (sortSel.value as SortOrder) : state.sort,
        hl: hlSel.value || null,
        filter,
      },
      scope,
    );
  }

  function syncControls(): void {
    measureSel.value = state.measure;
    sortSel.value = state.sort;
    hlSel.value = state.hl ?? '';
    for (const sel of facetSels) sel.value = state.filter[sel.dataset.facet as keyof Filters] ?? '';
    const perOk = perApplies(state.measure);
    for (const i of perInputs) {
      i.checked = i.value === state.per;
      i.disabled = !perOk && i.value !== 'none';
    }
    if (perHint) perHint.hidden = perOk;
  }

  function render(): void {
    const date = isoDate(new Date());
    const pageUrl = location.origin + data.path;
    const ctx = { records: data.records, options: data.options, typeName: data.typeName, pageUrl, date, js: true };
    const sc = pageScope(state, ctx);
    document.getElementById(SUMMARY_ID)?.replaceWith(renderTree(summaryTree(sc, data.records.length)));
    const h1Label = document.getElementById('compare-scope-label');
    if (h1Label) h1Label.textContent = sc.label ? `（${sc.label}）` : '';
    document.getElementById('overview-table')?.replaceChildren(renderTree(overviewTree(sc.records)));
    for (const spec of data.figures) {
      const fig = document.getElementById(spec.id);
      if (!fig) continue;
      const width = widthOf(fig);
      const b = buildFigure(spec, state, { ...ctx, width });
      built.set(spec.id, b);
      widths.set(spec.id, width);
      fig.replaceChildren(...b.body.map((n) => renderTree(n)));
    }
  }

  function announce(): void {
    const n = pageScope(state, { records: data.records, options: data.options });
    const which = n.label ? `${n.label}，${n.records.length} 份文件` : `全部 ${n.records.length} 份文件`;
    if (status)
      status.textContent = `已显示：${which}；${MEASURES[state.measure].label}${state.per !== 'none' ? '（人均）' : ''}，${SORT_LABELS[state.sort]}。`;
  }

  function apply(next: ViewState): void {
    if (sameView(next, state)) return;
    state = next;
    history.pushState(null, '', data.path + formatView(state));
    syncControls();
    render();
    announce();
  }

  form.hidden = false;
  // The form combines the filters; the one-facet links stay for readers without JavaScript.
  const links = document.getElementById('facet-links');
  if (links) links.hidden = true;
  form.addEventListener('change', () => apply(readForm()));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    apply(readForm());
  });
  window.addEventListener('popstate', () => {
    state = fromLocation();
    syncControls();
    render();
    announce();
  });
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      const changed = data.figures.some((s) => {
        const fig = document.getElementById(s.id);
        return fig && widthOf(fig) !== widths.get(s.id);
      });
      if (changed) render();
    });
  });
  bindDownloads(document.body, (id) => {
    const b = built.get(id);
    return b && { csv: b.csv, svg: b.svg, name: fileBase(id, b.viewKey) };
  });
  // Write the view back in its canonical form (defaults left out, fixed key order) so the address bar, the citation and a shared link agree.
  // On a one-facet page the address stays the page's own until the reader changes the view.
  const canonical = formatView(state);
  const facetPage = FACETS.some((f) => data.filter[f] !== null);
  if (!facetPage && location.search !== canonical) history.replaceState(null, '', location.pathname + canonical + location.hash);
  syncControls();
  render();
  document.documentElement.dataset.compareReady = 'true';
}

const blob = document.getElementById('compare-data');
if (blob?.dataset.json) init(JSON.parse(blob.dataset.json) as PageData);
