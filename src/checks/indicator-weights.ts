/**
 * Rule `indicator_weights`: in a performance table, the weights (分值) of
 * the 三级指标 under a 一级指标 add up to that section's stated weight, and
 * the sections' weights (or, without stated sections, the indicators'
 * weights) add up to the table's total (总分).
 *
 * The 预算执行率 (funding) block has its own weight. Some forms count it in
 * the 100-point total, others list it beside the indicators; both readings
 * are accepted, and the one that fits is used for the total score too (see
 * `fundingCounted`). Weights printed with decimals (33.33) are rounded to
 * their last decimal; integer weights are exact.
 */
import type { CheckResult } from '../schema/normalized';
import type { Ctx } from './context';
import { makeResult } from './result';
import { type IndTable, type Score, readTables, sumScores, num } from './indicator-table';
import { equalStatus, type CheckStatus } from './tolerance';
import { add, sub, absR, cmp } from '../core/rational';
import { joinZh, verdict } from './messages';

const RANK: Record<CheckStatus, number> = { pass: 0, rounding: 1, fail: 2, not_applicable: 3 };

export interface TotalWeight {
  total: Score;
  totalId: string;
  parts: { name: string; weight: Score; id: string }[];
  partsKind: 'sections' | 'indicators';
  funding: { weight: Score; id: string }[];
}

/** The stated total weight and what it should be the sum of; null when the table does not allow the check. */
export function totalWeightOf(t: IndTable): TotalWeight | null {
  const totalRow = t.totals.find((r) => r.weight);
  if (!totalRow?.weight) return null;
  const sectionsKnown = t.sections.size > 0 && t.rows.length > 0 && t.rows.every((r) => t.sections.get(r.section)?.weight);
  let parts: TotalWeight['parts'];
  let partsKind: TotalWeight['partsKind'];
  if (sectionsKnown) {
    parts = [...t.sections.values()].filter((s) => s.weight).map((s) => ({ name: s.name, weight: s.weight!, id: s.source?.id ?? '' }));
    partsKind = 'sections';
  } else if (t.rows.length && t.rows.every((r) => r.weight)) {
    parts = t.rows.map((r) => ({ name: r.ind.level3 || r.ind.id, weight: r.weight!, id: r.ind.id }));
    partsKind = 'indicators';
  } else return null;
  const sectionNames = new Set(parts.map((p) => p.name));
  const funding = t.funding
    .filter((r) => r.weight && !(partsKind === 'sections' && sectionNames.has(r.section)))
    .map((r) => ({ weight: r.weight!, id: r.ind.id }));
  return { total: totalRow.weight, totalId: totalRow.ind.id, parts, partsKind, funding };
}

/**
 * Whether the table counts the funding block's weight in its total: true or
 * false when the weights say so, null when they cannot tell.
 */
export function fundingCounted(t: IndTable): boolean | null {
  const tw = totalWeightOf(t);
  if (!tw || !tw.funding.length) return null;
  const excl = sumScores(tw.parts.map((p) => p.weight));
  const incl = sumScores([...tw.parts.map((p) => p.weight), ...tw.funding.map((f) => f.weight)]);
  const se = equalStatus(tw.total.value, excl.value, add(excl.tol, tw.total.tol));
  const si = equalStatus(tw.total.value, incl.value, add(incl.tol, tw.total.tol));
  if (RANK[si] < RANK[se]) return true;
  if (RANK[se] < RANK[si]) return false;
  return null;
}

function sectionChecks(t: IndTable): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of t.sections.values()) {
    if (!s.weight) continue;
    const rows = t.rows.filter((r) => r.section === s.name);
    const weighted = rows.filter((r) => r.weight);
    if (!weighted.length) continue;
    const check_id = `ind.weights.${t.key}.${s.name}`;
    const fact_ids = [...(s.source ? [s.source.id] : []), ...rows.map((r) => r.ind.id)];
    const heading = '各指标分值之和应等于所属一级指标的分值';
    if (weighted.length < rows.length) {
      out.push(
        makeResult({
          check_id,
          rule: 'indicator_weights',
          status: 'not_applicable',
          stated: num(s.weight.value, s.weight.decimals),
          computed: null,
          unit: '分',
          fact_ids,
          message: `${heading}：${t.label}中“${s.name}”写${s.weight.text}分，但其下有${rows.length - weighted.length}个指标没有写分值，无法核对。`,
        }),
      );
      continue;
    }
    const total = sumScores(weighted.map((r) => r.weight!));
    const tol = add(total.tol, s.weight.tol);
    const status = equalStatus(s.weight.value, total.value, tol);
    const dec = Math.max(...weighted.map((r) => r.weight!.decimals));
    const diff = sub(total.value, s.weight.value);
    const tail = status === 'pass' ? '两者一致' : `相差${num(absR(diff))}分，${verdict(status, 'score', tol)}`;
    out.push(
      makeResult({
        check_id,
        rule: 'indicator_weights',
        status,
        stated: num(s.weight.value, s.weight.decimals),
        computed: num(total.value, dec),
        unit: '分',
        fact_ids,
        message: `${heading}：${t.label}中“${s.name}”写${s.weight.text}分，其下${weighted.length}个指标的分值合计${num(total.value, dec)}分，${tail}。`,
      }),
    );
  }
  return out;
}

function totalCheck(t: IndTable): CheckResult | null {
  const tw = totalWeightOf(t);
  if (!tw) return null;
  const heading = '各部分分值之和应等于总分值';
  const excl = sumScores(tw.parts.map((p) => p.weight));
  const fundingW = sumScores(tw.funding.map((f) => f.weight));
  const incl = { value: add(excl.value, fundingW.value), tol: add(excl.tol, fundingW.tol) };
  const se = equalStatus(tw.total.value, excl.value, add(excl.tol, tw.total.tol));
  const si = tw.funding.length ? equalStatus(tw.total.value, incl.value, add(incl.tol, tw.total.tol)) : se;
  let useIncl: boolean;
  if (!tw.funding.length) useIncl = false;
  else if (RANK[si] !== RANK[se]) useIncl = RANK[si] < RANK[se];
  else useIncl = cmp(absR(sub(incl.value, tw.total.value)), absR(sub(excl.value, tw.total.value))) < 0;
  const used = useIncl ? incl : excl;
  const status = useIncl ? si : se;
  const tol = add(used.tol, tw.total.tol);
  const diff = sub(used.value, tw.total.value);
  const partsText = tw.partsKind === 'sections' ? joinZh(tw.parts.map((p) => `${p.name}${p.weight.text}分`)) : `${tw.parts.length}个指标的分值`;
  const fundingText = tw.funding.length
    ? useIncl
      ? `（含预算执行率部分${num(fundingW.value)}分）`
      : `（预算执行率部分的${num(fundingW.value)}分另列，不计入总分）`
    : '';
  const tail = status === 'pass' ? '两者一致' : `相差${num(absR(diff))}分，${verdict(status, 'score', tol)}`;
  return makeResult({
    check_id: `ind.weights_total.${t.key}`,
    rule: 'indicator_weights',
    status,
    stated: num(tw.total.value, tw.total.decimals),
    computed: num(used.value),
    unit: '分',
    fact_ids: [tw.totalId, ...tw.parts.map((p) => p.id).filter(Boolean), ...(useIncl ? tw.funding.map((f) => f.id) : [])],
    message: `${heading}：${t.label}的总分值写${tw.total.text}分，${partsText}合计${num(used.value)}分${fundingText}，${tail}。`,
  });
}

export function checkIndicatorWeights(ctx: Ctx, tables: IndTable[] = readTables(ctx)): CheckResult[] {
  const out: CheckResult[] = [];
  for (const t of tables) {
    out.push(...sectionChecks(t));
    const total = totalCheck(t);
    if (total) out.push(total);
  }
  return out;
}
