/**
 * The /compare/ island: measure, per-person basis, sort and county highlight
 * live in the URL query. Every change pushes a history entry; the back button
 * restores the view; charts, tables, notes and citations are rebuilt with the
 * same pure functions the build used, at the width of the screen.
 */
import { isoDate, fileBase } from '../../compare/citation';
import { isMeasureId, isPerBasis, perApplies } from '../../compare/measures';
import { buildFigure, type BuiltFigure, type FigureSpec } from '../../compare/page';
import type { CompareRecord } from '../../compare/records';
import { formatView, normaliseView, parseView, sameView, SORT_LABELS, SORT_ORDERS, type SortOrder, type ViewState } from '../../compare/view-state';
import { MEASURES } from '../../compare/measures';
import { bindDownloads } from './downloads';
import { renderTree } from '../../charts/render-dom';

interface PageData {
  typeName: string;
  records: CompareRecord[];
  figures: FigureSpec[];
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
  const measureSel = form.querySelector<HTMLSelectElement>('#c-measure')!;
  const sortSel = form.querySelector<HTMLSelectElement>('#c-sort')!;
  const hlSel = form.querySelector<HTMLSelectElement>('#c-hl')!;
  const perInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="per"]')];
  const perHint = document.getElementById('per-hint');
  const status = document.getElementById('compare-status');
  const built = new Map<string, BuiltFigure>();
  const widths = new Map<string, number>();
  let state: ViewState = parseView(location.search, counties);

  function readForm(): ViewState {
    const m = measureSel.value;
    const p = perInputs.find((i) => i.checked)?.value ?? 'none';
    return normaliseView(
      {
        measure: isMeasureId(m) ? m : state.measure,
        per: isPerBasis(p) ? p : 'none',
        sort: (SORT_ORDERS as readonly string[]).includes(sortSel.value) ? (sortSel.value as SortOrder) : state.sort,
        hl: hlSel.value || null,
      },
      counties,
    );
  }

  function syncControls(): void {
    measureSel.value = state.measure;
    sortSel.value = state.sort;
    hlSel.value = state.hl ?? '';
    const perOk = perApplies(state.measure);
    for (const i of perInputs) {
      i.checked = i.value === state.per;
      i.disabled = !perOk && i.value !== 'none';
    }
    if (perHint) perHint.hidden = perOk;
  }

  function render(): void {
    const date = isoDate(new Date());
    const pageUrl = location.origin + location.pathname;
    for (const spec of data.figures) {
      const fig = document.getElementById(spec.id);
      if (!fig) continue;
      const width = widthOf(fig);
      const b = buildFigure(spec, state, { records: data.records, typeName: data.typeName, pageUrl, date, width, js: true });
      built.set(spec.id, b);
      widths.set(spec.id, width);
      fig.replaceChildren(...b.body.map((n) => renderTree(n)));
    }
  }

  function announce(): void {
    if (status) status.textContent = `已显示：${MEASURES[state.measure].label}${state.per !== 'none' ? '（人均）' : ''}，${SORT_LABELS[state.sort]}。`;
  }

  function apply(next: ViewState): void {
    if (sameView(next, state)) return;
    state = next;
    history.pushState(null, '', location.pathname + formatView(state));
    syncControls();
    render();
    announce();
  }

  form.hidden = false;
  form.addEventListener('change', () => apply(readForm()));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    apply(readForm());
  });
  window.addEventListener('popstate', () => {
    state = parseView(location.search, counties);
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
  const canonical = formatView(state);
  if (location.search !== canonical) history.replaceState(null, '', location.pathname + canonical + location.hash);
  syncControls();
  render();
  document.documentElement.dataset.compareReady = 'true';
}

const blob = document.getElementById('compare-data');
if (blob?.dataset.json) init(JSON.parse(blob.dataset.json) as PageData);
