/** "How to cite" line and the build date used as the access date. */
import type { DisclosureSummary } from '../../../schema/normalized';

/**
 * The build date (China Standard Time) as YYYY-MM-DD. SOURCE_DATE_EPOCH
 * (seconds) fixes it for reproducible builds.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const t = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return new Date(t.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The citation names the official page only where the curator recorded it; it is never made up. */
export function citation(s: DisclosureSummary, url: string, accessDate: string): string {
  const official = s.source_url ? ` 官方原文：${s.source_url}.` : '';
  return `${s.issuer}.《${s.title}》（${s.year}年度，${s.kind_zh}）.${official} 县级财政公开数据整理版：${url}，访问日期：${accessDate}.`;
}
