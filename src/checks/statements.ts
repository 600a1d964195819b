/**
 * Rule `statement`: a comparison the text states in words ("决算数等于年初预算数",
 * "与上年持平", "有所增加"), curated as a `comparison` fact naming the two
 * figures it speaks of (`of` against `base`), checked against those figures.
 *
 * equal: the figures agree within their rounding (a difference the published
 * decimals explain is `rounding`); more / less: `of` exceeds / falls short of
 * `base` by more than rounding can explain. A difference within rounding under
 * "增加" is not a contradiction (`rounding`); the opposite direction is.
 */
import type { CheckResult } from '../schema/normalized';
import { comparisonClaim, type ComparisonClaim } from '../core/concepts';
import type { Ctx } from './context';
import { makeResult, moneyGap, notApplicable, type ResultBase } from './result';
import { operand, checkUnit, equalStatus, totalTolerance, showValue, type CheckStatus } from './tolerance';
import { absR, cmp, isZero, sign, sub } from '../core/rational';
import { differencePhrase, labelsFor, missingPhrase, verdict, where } from './messages';

const CLAIM_ZH: Record<ComparisonClaim, string> = { equal: '两者相等', more: '前者大于后者', less: '前者小于后者' };

export function checkStatements(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  for (const f of ctx.byConcept.get('comparison') ?? []) {
    const claim = f.value ? comparisonClaim(f.value) : null;
    const ofF = f.of ? ctx.byId.get(f.of) : undefined;
    const baseF = f.base ? ctx.byId.get(f.base) : undefined;
    const heading = '文字表述应与所比较的数字相符';
    const said = `${where(f)}写“${f.item || f.value}”`;
    const fact_ids = [f.id, ...(f.of ? [f.of] : []), ...(f.base ? [f.base] : [])];
    if (!claim || !ofF || !baseF) {
      const why = !claim ? '无法识别比较用语' : '找不到所比较的数字';
      out.push(notApplicable({ check_id: `statement@${f.id}`, rule: 'statement', unit: '', fact_ids }, `${heading}：${said}，但${why}，无法核对。`));
      continue;
    }
    const o = operand(ofF);
    const b = operand(baseF);
    const base: ResultBase = { check_id: `statement@${f.id}`, rule: 'statement', unit: checkUnit(o.kind, ofF.unit), fact_ids };
    const unit = base.unit;
    if (o.value === null || b.value === null) {
      out.push(notApplicable(base, `${heading}：${said}，但${missingPhrase(ctx, [o, b])}，无法核对。`));
      continue;
    }
    if (o.kind !== b.kind || o.kind === 'text') continue;
    const labels = labelsFor(ctx, [ofF, baseF]);
    const diff = sub(o.value, b.value);
    const tol = totalTolerance([o, b]);
    const dec = Math.max(o.displayDecimals, b.displayDecimals);
    const status = claimStatus(claim, diff, tol);
    const figures = `${labels.get(ofF.id)}，${labels.get(baseF.id)}`;
    const tail =
      status === 'pass'
        ? `与“${CLAIM_ZH[claim]}”相符`
        : status === 'rounding'
          ? `${differencePhrase(o.kind, diff, unit, dec)}，${verdict('rounding', o.kind, tol, dec)}`
          : `${isZero(diff) ? '两者相等' : differencePhrase(o.kind, diff, unit, dec)}，${claim === 'equal' ? verdict('fail', o.kind, tol, dec) : `并非“${CLAIM_ZH[claim]}”`}，说法与数字不符`;
    out.push(
      makeResult({
        ...base,
        status,
        stated: showValue(o.kind, o.value, o.displayDecimals),
        computed: showValue(b.kind, b.value, b.displayDecimals),
        // The base of a worded comparison is a figure printed in the document, not a computation.
        computed_stated_id: baseF.id,
        ...moneyGap(o.kind, diff, tol),
        message: `${heading}：${said}，所说的数字是${figures}，${tail}。`,
      }),
    );
  }
  return out;
}

/** Whether a difference `of − base` bears out the claim, given the rounding tolerance of the two figures. */
export function claimStatus(claim: ComparisonClaim, diff: ReturnType<typeof sub>, tol: ReturnType<typeof sub>): CheckStatus {
  if (claim === 'equal') return equalStatus(diff, { n: 0n, d: 1n }, tol);
  const wanted = claim === 'more' ? 1 : -1;
  if (sign(diff) === wanted) return cmp(absR(diff), tol) > 0 ? 'pass' : 'rounding';
  // Equal figures, or the other direction: within rounding the claim may still hold.
  return cmp(absR(diff), tol) < 0 ? 'rounding' : 'fail';
}
