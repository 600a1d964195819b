/**
 * The plain-Chinese answer to "how much, on what" at the top of the page,
 * built only from stated figures (computed ones say so).
 */
import type { DisclosureSummary, Fact } from '../../schema/normalized';
import { figureText } from '../../core/format';
import type { Composition } from './composition';
import type { Headline } from './headline';

export function plainSummary(s: DisclosureSummary, h: Headline, c: Composition | null, withheld: Fact[]): string[] {
  const out: string[] = [];
  const t = h.total;
  if (t.computed && t.display.stated) out.push(`文件未载明${s.year}年支出合计；基本支出与项目支出相加为 ${t.display.text} ${t.display.unit}（计算值）。`);
  else if (!t.display.stated) out.push(`文件未载明${s.year}年的支出合计。`);
  if (c) {
    out.push(`钱花在：${c.parts.map((p) => `${p.label} ${p.display}`).join('，')}。`);
  }
  for (const w of withheld) out.push(w.published ? `项目支出中有 ${figureText(w)}因涉密，依法不予公开明细。` : '部分项目支出因涉密，依法不予公开。');
  const score = s.key.evaluation_total_score;
  const grade = s.key.evaluation_grade;
  if (score || grade)
    out.push(`部门自评${score ? `得分 ${figureText(score)}` : ''}${score && grade ? '，' : ''}${grade ? `等级为“${grade.published}”` : ''}。`);
  return out;
}
