/**
 * /compare/pair/view/?a=…&b=…: the side-by-side view of two disclosures of a
 * large department type, drawn here from the type's shard files with the
 * same tree builders the pre-rendered pair pages use (pairViewTree). A small
 * type's pair goes to its pre-rendered page. The address is the state: a new
 * pair is a new page, so links can be shared and the back button works.
 */
import { buildPairFigure } from '../../compare/pair';
import type { PairShard } from '../../compare/pair-data';
import { loadPair } from '../../compare/pair-load';
import { pairPaths } from '../../core/routes';
import { pairTitle, pairViewTree } from '../../compare/pair-view';
import { isoDate } from '../../compare/citation';
import { href, routes } from '../../core/url';
import { mountPairFigure } from './pair-figure';
import { renderTree } from '../../charts/render-dom';

async function getShard(type: string, shard: string): Promise<PairShard | null> {
  const res = await fetch(href(pairPaths.shard(type, shard)));
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as PairShard;
}

async function main(): Promise<void> {
  const root = document.getElementById('pair-view');
  const status = document.getElementById('pair-view-status');
  if (!root || !status) return;
  document.getElementById('pair-view-nojs')?.setAttribute('hidden', '');
  const q = new URLSearchParams(location.search);
  const aId = q.get('a') ?? '';
  const bId = q.get('b') ?? '';
  const done = () => {
    document.documentElement.dataset.compareReady = 'true';
  };
  if (aId && bId) status.textContent = '正在载入两份文件的数据…';
  let res;
  try {
    res = await loadPair(aId, bId, getShard, routes.disclosure);
  } catch (e) {
    status.textContent = `数据载入失败（${(e as Error).message}），请检查网络后刷新页面。`;
    done();
    return;
  }
  if (res.status === 'prerendered') {
    location.replace(href(res.path));
    return;
  }
  if (res.status === 'error') {
    status.textContent = res.message;
    done();
    return;
  }
  const { a, b } = res;
  // A first drawing at the page's width; mountPairFigure redraws the chart at its box's width.
  const pageUrl = location.origin + location.pathname + location.search;
  const width = Math.max(300, Math.min(880, root.clientWidth - 26));
  const fig = buildPairFigure({ a, b, pageUrl, date: isoDate(new Date()), width, js: true });
  root.replaceChildren(...pairViewTree({ a, b, prerendered: false, fig }).map((n) => renderTree(n)));
  const suffix = document.title.split(' · ').slice(1).join(' · ');
  document.title = suffix ? `${pairTitle(a, b)} · ${suffix}` : pairTitle(a, b);
  status.textContent = '';
  const figEl = document.getElementById('fig-pair');
  if (figEl) mountPairFigure(figEl, a, b, pageUrl);
  done();
}

void main();
