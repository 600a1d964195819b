/**
 * The filter panel: its values and counts. Pagefind's filter files are read
 * only once the panel is open (they list every page of a partition): until
 * then it shows how many filters are in use and nothing is fetched for it.
 */
import type { Counts } from '../../search/engine';
import { activeFilterCount, type SearchState } from '../../search/query';
import { FILTERS } from '../../search/tags';
import { el } from './results';

export interface FacetElements {
  box: HTMLDetailsElement;
  body: HTMLElement;
  summary: HTMLElement;
  clear: HTMLButtonElement;
}

/** The summary line and the clear button, which need no filter files. */
export function renderFacetSummary(f: FacetElements, state: SearchState): void {
  const active = activeFilterCount(state);
  f.summary.textContent = active ? `筛选（已选 ${active} 项）` : '筛选';
  f.clear.hidden = active === 0;
}

/** The filter values with their counts, keeping keyboard focus on the same checkbox across the redraw. */
export function renderFacets(f: FacetElements, state: SearchState, values: Counts, counts: Counts): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && f.body.contains(document.activeElement)
      ? { key: document.activeElement.dataset.key, value: document.activeElement.value }
      : null;
  f.body.replaceChildren();
  for (const { key, label } of FILTERS) {
    const names = [...new Set([...Object.keys(values[key] ?? {}), ...state.filters[key]])];
    if (names.length === 0) continue;
    names.sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    const fs = el('fieldset', 'search-facet');
    fs.append(el('legend', undefined, label));
    const ul = el('ul');
    names.forEach((v, i) => {
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
    f.body.append(fs);
  }
  if (focused) {
    for (const box of f.body.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (box.dataset.key === focused.key && box.value === focused.value) box.focus();
    }
  }
  renderFacetSummary(f, state);
}
