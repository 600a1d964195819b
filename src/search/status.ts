/** The search page's status line (announced to screen readers): how many pages, and what was matched. */
import type { HitData, Outcome } from './engine';

const quoted = (terms: readonly string[]) => terms.map((t) => `“${t}”`).join('');

/** `complete`: false while some partitions of the index have not been searched (the scope line says which). */
export function statusText(out: Outcome<HitData>, filtered: boolean, complete = true): string {
  const n = out.pages.length;
  const p = out.plan;
  const count = out.truncated ? `至少 ${n}` : `${n}`;
  const sofar = complete ? '' : '在已搜索的地区中';
  if (p.kind === 'browse') return n ? `${sofar}共 ${count} 个页面符合筛选条件。` : `${sofar}没有符合筛选条件的页面。`;
  const within = filtered ? '（在所选范围内）' : '';
  if (n === 0) return `${sofar}没有找到包含${quoted(p.terms)}的页面${within}。`;
  if (out.tried) return `没有找到连在一起的${quoted(out.tried.terms)}；${sofar}以下 ${count} 个页面同时包含${quoted(p.terms)}${within}。`;
  if (p.terms.length > 1) return `${sofar}找到 ${count} 个同时包含${quoted(p.terms)}的页面${within}。`;
  return `${sofar}找到 ${count} 个包含${quoted(p.terms)}的页面${within}。`;
}
