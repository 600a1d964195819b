/** "How to cite" line and the build date used as the access date. */
import type { DisclosureSummary } from '../../../schema/normalized';

export function citation(s: DisclosureSummary, url: string, accessDate: string): string {
  return `${s.issuer}.《${s.title}》（${s.year}年度，${s.kind_zh}）. 县级财政公开数据整理版：${url}，访问日期：${accessDate}.`;
}
