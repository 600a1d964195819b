/** "How to cite" line and the build date used as the access date. */
import type { DisclosureSummary } from '../../schema/normalized';

/** The citation names the official page only where the curator recorded it; it is never made up. */
export function citation(s: DisclosureSummary, url: string, accessDate: string): string {
  const official = s.source_url ? ` 官方原文：${s.source_url}.` : '';
  return `${s.issuer}.《${s.title}》（${s.year}年度，${s.kind_zh}）.${official} 县级财政公开数据整理版：${url}，访问日期：${accessDate}.`;
}
