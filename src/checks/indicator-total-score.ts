/**
 * Rule `indicator_total_score`: the scores of a performance table's
 * indicators add up to its stated total score (总分 / 自评得分).
 *
 * Whether the 预算执行率 (funding) block's score counts is read from the
 * weights (see `fundingCounted`); when the weights cannot tell, both readings
 * are tried and the one that fits is reported, saying which it was.
 */
import type { CheckResult } from '../schema/normalized';
import type { Ctx } from './context';
import { makeResult } from './result';
import { type IndTable, readTables, sumScores, num } from './indicator-table';
import { equalStatus, type CheckStatus } from './tolerance';
import { add, sub, absR, cmp } from '../core/rational';
import { verdict } from './messages';
import { fundingCounted } from './indicator-weights';

const RANK: Record<CheckStatus, number> = { pass: 0, rounding: 1, fail: 2, not_applicable: 3 };

export function checkIndicatorTotalScore(ctx: Ctx, tables: IndTable[] = readTables(ctx)): CheckResult[] {
  const out: CheckResult[] = [];
  const heading = '各指标得分之和应等于总得分';
  for (const t of tables) {
    const totalRow = t.totals.find((r) => r.score);
    if (!totalRow?.score) continue;
    const scored = t.rows.filter((r) => r.score);
    if (!scored.length) continue;
    const check_id = `ind.total_score.${t.key}`;
    const unscored = t.rows.filter((r) => r.weight && !r.score);
    if (unscored.length) {
      out.push(
        makeResult({
          check_id,
          rule: 'indicator_total_score',
          status: 'not_applicable',
          stated: num(totalRow.score.value, totalRow.score.decimals),
          computed: null,
          unit: '分',
          fact_ids: [totalRow.ind.id, ...t.rows.map((r) => r.ind.id)],
          message: `${heading}：${t.label}的总得分写${totalRow.score.text}分，但有${unscored.length}个指标写了分值却没有写得分，无法核对。`,
        }),
      );
      continue;
    }
    const funding = t.funding.filter((r) => r.score);
    const excl = sumScores(scored.map((r) => r.score!));
    const fundingSum = sumScores(funding.map((r) => r.score!));
    const incl = { value: add(excl.value, fundingSum.value), tol: add(excl.tol, fundingSum.tol) };
    const stated = totalRow.score;
    const se = equalStatus(stated.value, excl.value, add(excl.tol, stated.tol));
    const si = equalStatus(stated.value, incl.value, add(incl.tol, stated.tol));
    const decided = funding.length ? fundingCounted(t) : false;
    let useIncl: boolean;
    if (decided !== null) useIncl = decided;
    else if (RANK[si] !== RANK[se]) useIncl = RANK[si] < RANK[se];
    else useIncl = cmp(absR(sub(incl.value, stated.value)), absR(sub(excl.value, stated.value))) < 0;
    const used = useIncl ? incl : excl;
    const status = useIncl ? si : se;
    const tol = add(used.tol, stated.tol);
    const diff = sub(used.value, stated.value);
    const fundingText = funding.length
      ? useIncl
        ? `（含预算执行率部分${num(fundingSum.value)}分）`
        : `（不含另列的预算执行率部分${num(fundingSum.value)}分）`
      : '';
    const tail = status === 'pass' ? '两者一致' : `相差${num(absR(diff))}分，${verdict(status, 'score', tol)}`;
    out.push(
      makeResult({
        check_id,
        rule: 'indicator_total_score',
        status,
        stated: num(stated.value, stated.decimals),
        computed: num(used.value),
        unit: '分',
        fact_ids: [totalRow.ind.id, ...scored.map((r) => r.ind.id), ...(useIncl ? funding.map((r) => r.ind.id) : [])],
        message: `${heading}：${t.label}的总得分写${stated.text}分，${scored.length}个指标的得分合计${num(used.value)}分${fundingText}，${tail}。`,
      }),
    );
  }
  return out;
}
