/**
 * Rule `change`: a stated change (增减额, `change_amount`, 增加 positive,
 * 减少 negative) against the difference `of` − `base` of the two stated
 * amounts it compares. The tolerance is the rounding of all three figures.
 * A stated 增加 where the amounts show a decrease is a failure however small.
 */
import type { CheckResult } from '../schema/normalized';
import type { Ctx } from './context';
import { makeResult, moneyGap, notApplicable, type ResultBase } from './result';
import { operand, signedByDirection, equalStatus, showValue, checkUnit, totalTolerance } from './tolerance';
import { type Rat, absR, sign, sub } from '../core/rational';
import { differencePhrase, label, labelsFor, missingPhrase, verdict, where } from './messages';

const dirZh = (r: Rat): string => (sign(r) < 0 ? '减少' : sign(r) > 0 ? '增加' : '变化');

export function checkChanges(ctx: Ctx): CheckResult[] {
  const out: CheckResult[] = [];
  for (const f of ctx.facts) {
    if (f.concept !== 'change_amount' || !(f.of || f.base)) continue;
    const heading = '增减额应等于前后两个数之差';
    const ofF = f.of ? ctx.byId.get(f.of) : undefined;
    const baseF = f.base ? ctx.byId.get(f.base) : undefined;
    const c = operand(f);
    const unit = checkUnit(c.kind, f.unit);
    const base: ResultBase = { check_id: `change@${f.id}`, rule: 'change', unit, fact_ids: [f.id, ...(f.of ? [f.of] : []), ...(f.base ? [f.base] : [])] };
    const dirText = f.direction === 'decrease' ? '减少' : f.direction === 'increase' ? '增加' : '变化';
    const name = label(ctx, f);
    const statedText = `${where(f)}写${name}${/(增加|减少|增长|下降|追加|减)$/.test(name) ? '' : dirText}${f.value ?? ''}${f.unit}`;
    if (!ofF || !baseF) {
      out.push(notApplicable(base, `${heading}：${statedText}，但文件中找不到与之比较的${!ofF ? '本期数' : '基数'}，无法核对。`, f.value));
      continue;
    }
    const o = operand(ofF);
    const b = operand(baseF);
    if (c.value === null || o.value === null || b.value === null) {
      const stated = c.value ? showValue(c.kind, signedByDirection(c.value, f.direction), c.displayDecimals) : null;
      out.push(notApplicable(base, `${heading}：${statedText}，但${missingPhrase(ctx, [c, o, b])}，无法核对。`, stated));
      continue;
    }
    if (o.kind !== c.kind || b.kind !== c.kind) continue;
    const labels = labelsFor(ctx, [ofF, baseF]);
    const stated = signedByDirection(c.value, f.direction);
    const computed = sub(o.value, b.value);
    const tol = totalTolerance([c, o, b]);
    let status = equalStatus(stated, computed, tol);
    // The direction itself is a statement: 增加 when the amounts fell is never rounding.
    if (status === 'rounding' && sign(stated) !== 0 && sign(computed) !== 0 && sign(stated) !== sign(computed)) status = 'fail';
    const diff = sub(computed, stated);
    const dec = Math.max(c.displayDecimals, o.displayDecimals, b.displayDecimals);
    const computedText = `${dirZh(computed)}${showValue(c.kind, absR(computed), dec)}${unit}`;
    const tail = status === 'pass' ? '两者一致' : `${differencePhrase(c.kind, diff, unit, dec)}，${verdict(status, c.kind, tol, dec)}`;
    out.push(
      makeResult({
        ...base,
        status,
        stated: showValue(c.kind, stated, c.displayDecimals),
        computed: showValue(c.kind, computed, dec),
        // Documented as stated − computed (the message reads the size of diff only).
        ...moneyGap(c.kind, sub(stated, computed), tol),
        message: `${heading}：${statedText}，按${labels.get(ofF.id)}减去${labels.get(baseF.id)}计算为${computedText}，${tail}。`,
      }),
    );
  }
  return out;
}
