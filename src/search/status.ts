/** The search page's status line (announced to screen readers): how many pages, and what was matched. */
import type { Outcome } from './engine';

const quoted = (terms: readonly string[]) => terms.map((t) => `“${t}”`).join('');

export function statusText(out: Outcome<unknown>, filtered: boolean): string {
  const n = out.results.length;
  const p = out.plan;
  if (p.kind === 'browse') return n ? `共 ${n} 个页面符合筛选条件。` : '没有符合筛选条件的页面。';
  const within = filtered ? '（在所选范围内）' : '';
  if (n === 0) return `没有找到包含${quoted(p.terms)}的页面${within}。`;
  if (out.tried) return `没有找到连在一起的${quoted(out.tried.terms)}；以下 ${n} 个页面同时包含${quoted(p.terms)}${within}。`;
  if (p.terms.length > 1) return `找到 ${n} 个同时包含${quoted(p.terms)}的页面${within}。`;
  return `找到 ${n} 个包含${quoted(p.terms)}的页面${within}。`;
}
