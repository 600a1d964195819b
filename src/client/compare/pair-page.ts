/**
 * The pre-rendered pair page's island: redraws the chart at the screen's
 * width and serves its downloads (src/client/compare/pair-figure.ts).
 */
import type { CompareRecord } from '../../compare/records';
import { mountPairFigure } from './pair-figure';

function init(data: { a: CompareRecord; b: CompareRecord }): void {
  const fig = document.getElementById('fig-pair');
  if (!fig) return;
  mountPairFigure(fig, data.a, data.b, location.origin + location.pathname);
  document.documentElement.dataset.compareReady = 'true';
}

const blob = document.getElementById('pair-view-data');
if (blob?.dataset.json) init(JSON.parse(blob.dataset.json));
