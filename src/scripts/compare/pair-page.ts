/**
 * The pair page island: redraws the chart at the screen's width and serves
 * its downloads (SVG, PNG, CSV) with today's date in the citation.
 */
import { fileBase, isoDate } from '../../compare/citation';
import { buildPairFigure, type PairContext } from '../../compare/pair';
import type { BuiltFigure } from '../../compare/page';
import type { CompareRecord } from '../../compare/records';
import { bindDownloads } from './downloads';
import { renderTree } from './render-tree';

function init(data: { a: CompareRecord; b: CompareRecord }): void {
  const fig = document.getElementById('fig-pair');
  if (!fig) return;
  let built: BuiltFigure | null = null;
  let width = 0;
  const render = () => {
    const box = fig.querySelector<HTMLElement>('.chart-box') ?? fig;
    width = Math.max(300, Math.min(880, Math.floor(box.clientWidth) || 300));
    const ctx: PairContext = { a: data.a, b: data.b, pageUrl: location.origin + location.pathname, date: isoDate(new Date()), width, js: true };
    built = buildPairFigure(ctx);
    fig.replaceChildren(...built.body.map((n) => renderTree(n)));
  };
  render();
  window.addEventListener('resize', () => {
    const box = fig.querySelector<HTMLElement>('.chart-box') ?? fig;
    const w = Math.max(300, Math.min(880, Math.floor(box.clientWidth) || 300));
    if (w !== width) render();
  });
  bindDownloads(document.body, (id) => (id === 'fig-pair' && built ? { csv: built.csv, svg: built.svg, name: fileBase('pair', built.viewKey) } : undefined));
  document.documentElement.dataset.compareReady = 'true';
}

const blob = document.getElementById('pair-view-data');
if (blob?.dataset.json) init(JSON.parse(blob.dataset.json));
