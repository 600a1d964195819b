/**
 * Rule `indicator_score_cap`: no indicator scores more than its weight
 * (得分 ≤ 分值); where the indicators carry no weights, the scores under a
 * section may not exceed the section's weight. A table whose scores all stay
 * within their weights gives one `pass`; each indicator over its weight gives
 * its own result (`rounding` when decimals explain it, else `fail`).
 */
import type { CheckResult } from '../schema/normalized';
import type { Ctx } from './context';
import { makeResult } from './result';
import { type IndTable, readTables, sumScores, indicatorName, num } from './indicator-table';
import { atMostStatus } from './tolerance';
import { add, sub } from '../core/rational';
import { verdict } from './messages';

export function checkIndicatorScoreCap(ctx: Ctx, tables: IndTable[] = readTables(ctx)): CheckResult[] {
  const out: CheckResult[] = [];
  const heading = '指标得分不应超过其分值';
  for (const t of tables) {
    const checked: string[] = [];
    const violations: CheckResult[] = [];
    for (const r of [...t.rows, ...t.funding]) {
      if (!r.weight || !r.score) continue;
      checked.push(r.ind.id);
      const tol = add(r.weight.tol, r.score.tol);
      const status = atMostStatus(r.weight.value, r.score.value, tol);
      if (status === 'pass') continue;
      violations.push(
        makeResult({
          check_id: `ind.score_cap@${r.ind.id}`,
          rule: 'indicator_score_cap',
          status,
          stated: num(r.weight.value, r.weight.decimals),
          computed: num(r.score.value, r.score.decimals),
          // Both are printed in the row: its 分值 and its 得分.
          computed_stated_id: r.ind.id,
          unit: '分',
          fact_ids: [r.ind.id],
          message: `${heading}：${t.label}中“${indicatorName(r.ind)}”的分值为${r.weight.text}分，得分却是${r.score.text}分，多出${num(sub(r.score.value, r.weight.value))}分，${verdict(status, 'score', tol)}。`,
        }),
      );
    }
    // Sections whose indicators carry no weights: the scores together may not exceed the section's weight.
    for (const s of t.sections.values()) {
      if (!s.weight) continue;
      const rows = t.rows.filter((r) => r.section === s.name);
      if (!rows.length || rows.some((r) => r.weight) || !rows.some((r) => r.score)) continue;
      const scored = rows.filter((r) => r.score);
      const ids = [...(s.source ? [s.source.id] : []), ...scored.map((r) => r.ind.id)];
      checked.push(...ids);
      const total = sumScores(scored.map((r) => r.score!));
      const tol = add(total.tol, s.weight.tol);
      const status = atMostStatus(s.weight.value, total.value, tol);
      if (status === 'pass') continue;
      violations.push(
        makeResult({
          check_id: `ind.score_cap.${t.key}.${s.name}`,
          rule: 'indicator_score_cap',
          status,
          stated: num(s.weight.value, s.weight.decimals),
          computed: num(total.value),
          unit: '分',
          fact_ids: ids,
          message: `${heading}：${t.label}中“${s.name}”的分值为${s.weight.text}分，其下各指标得分合计却是${num(total.value)}分，多出${num(sub(total.value, s.weight.value))}分，${verdict(status, 'score', tol)}。`,
        }),
      );
    }
    if (!checked.length) continue;
    if (violations.length) out.push(...violations);
    else
      out.push(
        makeResult({
          check_id: `ind.score_cap.${t.key}`,
          rule: 'indicator_score_cap',
          status: 'pass',
          stated: null,
          computed: null,
          unit: '分',
          fact_ids: [...new Set(checked)],
          message: `${heading}：${t.label}中检查的${new Set(checked).size}项得分都没有超过各自的分值。`,
        }),
      );
  }
  return out;
}
