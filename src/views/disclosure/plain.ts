/**
 * The plain-Chinese answer to "how much, on what, against which budget" at
 * the top of the page, built only from stated figures (computed ones say
 * so), in the readable form of the headline (约 with the exact value when
 * rounded; core/format).
 */
import type { DisclosureSummary, Fact } from '../../schema/normalized';
import { figureText } from '../../core/format';
import type { Composition } from './composition';
import type { FigureItem, Headline } from './headline';
import { figureWords } from '../site/figures';

const itemOf = (h: Headline, key: string): FigureItem | undefined => h.groups.flatMap((g) => g.items).find((i) => i.key === key);

export function plainSummary(s: DisclosureSummary, h: Headline, c: Composition | null, withheld: Fact[]): string[] {
  const out: string[] = [];
  const t = h.total;
  if (t.computed && t.view.isNumber) out.push(`文件未载明${s.year}年支出合计；基本支出与项目支出相加为 ${figureWords(t.view)}（计算值）。`);
  else if (!t.view.isNumber) out.push(`文件未载明${s.year}年的支出合计。`);
  if (c) {
    out.push(`钱花在：${c.parts.map((p) => `${p.label} ${p.display}`).join('，')}。`);
  }
  for (const w of withheld) out.push(w.published ? `项目支出中有 ${figureText(w)}因涉密，依法不予公开明细。` : '部分项目支出因涉密，依法不予公开。');
  const budget = [itemOf(h, 'budget_adjusted'), itemOf(h, 'budget_initial')].find((i) => i?.view.isNumber);
  const rate = itemOf(h, 'execution_rate');
  if (budget) {
    const against = `${budget.label}${figureWords(budget.view)}`;
    out.push(
      rate?.view.isNumber
        ? `对照预算：${against}，预算执行率 ${figureWords(rate.view)}（计算值：${rate.computed?.formula ?? ''}）。`
        : `对照预算：${against}。`,
    );
  } else {
    out.push('对照预算：文件未载明年初预算或全年预算。');
  }
  const score = s.key.evaluation_total_score;
  const grade = s.key.evaluation_grade;
  if (score || grade)
    out.push(`部门自评${score ? `得分 ${figureText(score)}` : ''}${score && grade ? '，' : ''}${grade ? `等级为“${grade.published}”` : ''}。`);
  return out;
}
