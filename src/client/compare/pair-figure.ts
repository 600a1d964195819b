/**
 * The pair chart in the browser: drawn at the width of its box (again when
 * the window is resized), with its downloads (SVG, PNG, CSV) carrying today's
 * date and the page's address in the citation. Used by the pre-rendered pair
 * pages and by the client-rendered view.
 */
import { fileBase, isoDate } from '../../compare/citation';
import { buildPairFigure } from '../../compare/pair';
import type { BuiltFigure } from '../../compare/page';
import type { CompareRecord } from '../../compare/records';
import { bindDownloads } from './downloads';
import { renderTree } from '../../charts/render-dom';

/** Chart width for the figure's current box. */
export function figureWidth(fig: HTMLElement): number {
  const box = fig.querySelector<HTMLElement>('.chart-box') ?? fig;
  return Math.max(300, Math.min(880, Math.floor(box.clientWidth) || 300));
}

export function mountPairFigure(fig: HTMLElement, a: CompareRecord, b: CompareRecord, pageUrl: string): void {
  let built: BuiltFigure | null = null;
  let width = 0;
  const render = () => {
    width = figureWidth(fig);
    built = buildPairFigure({ a, b, pageUrl, date: isoDate(new Date()), width, js: true });
    fig.replaceChildren(...built.body.map((n) => renderTree(n)));
  };
  render();
  window.addEventListener('resize', () => {
    if (figureWidth(fig) !== width) render();
  });
  bindDownloads(document.body, (id) => (id === 'fig-pair' && built ? { csv: built.csv, svg: built.svg, name: fileBase('pair', built.viewKey) } : undefined));
}
