/**
 * Building check results. `sumCheck` is the comparison shared by every
 * parts-vs-whole rule: a stated whole against the sum of stated parts, either
 * "must be equal" or "may not exceed".
 */
import type { CheckResult, Fact } from '../schema/normalized';
import { RULES, type RuleId } from './rules';
import type { Ctx } from './context';
import { type CheckStatus, type Operand, operand, totalTolerance, equalStatus, atMostStatus, showValue, checkUnit, fenToYuanString } from './tolerance';
import { sub, sum } from '../core/rational';
import { differencePhrase, labelsFor, missingPhrase, partsPhrase, verdict, where, withUnit } from './messages';

export function makeResult(r: {
  check_id: string;
  rule: RuleId;
  status: CheckStatus;
  stated: string | null;
  computed: string | null;
  unit: string;
  difference_yuan?: string | null;
  tolerance_yuan?: string | null;
  fact_ids: string[];
  message: string;
}): CheckResult {
  return {
    check_id: r.check_id,
    rule: r.rule,
    rule_zh: RULES[r.rule].zh,
    status: r.status,
    stated: r.stated,
    computed: r.computed,
    unit: r.unit,
    difference_yuan: r.difference_yuan ?? null,
    tolerance_yuan: r.tolerance_yuan ?? null,
    fact_ids: r.fact_ids,
    message: r.message,
  };
}

export interface SumSpec {
  rule: RuleId;
  checkId: string;
  /** What should hold, e.g. "基本支出应等于人员经费加公用经费". */
  heading: string;
  whole: Fact;
  parts: Fact[];
  mode: 'equal' | 'at_most';
  /** Appended after the parts, e.g. "（其余栏目空白）". */
  note?: string;
}

const maxDisplay = (ops: readonly Operand[]): number => ops.reduce((m, o) => Math.max(m, o.displayDecimals), 0);

/** Compare a stated whole with the sum of stated parts. Null when the operands are of mixed kinds. */
export function sumCheck(ctx: Ctx, spec: SumSpec): CheckResult | null {
  const w = operand(spec.whole);
  const ps = spec.parts.map(operand);
  const all = [w, ...ps];
  const kind = w.kind;
  if (ps.some((p) => p.kind !== kind) || kind === 'text' || kind === 'percent') return null;
  const unit = checkUnit(kind, spec.whole.unit);
  const fact_ids = [spec.whole.id, ...spec.parts.map((p) => p.id)];
  for (const p of spec.parts) ctx.covered.add(`${spec.whole.id}>${p.id}`);
  const sameUnitAsWhole =
    kind !== 'count' || spec.parts.every((p) => p.unit === spec.whole.unit || p.unit.replace('名', '人') === spec.whole.unit.replace('名', '人'));
  if (!sameUnitAsWhole) return null;

  const place = placePhrase(spec.whole, spec.parts);
  const labels = labelsFor(ctx, [spec.whole, ...spec.parts]);
  const partsText = `${place.partsPrefix}${partsPhrase(ctx, spec.parts, '项', labels)}`;
  const wholeText = `${place.wholePrefix}${labels.get(spec.whole.id)}`;

  if (all.some((o) => o.value === null)) {
    return makeResult({
      check_id: spec.checkId,
      rule: spec.rule,
      status: 'not_applicable',
      stated: w.value ? showValue(kind, w.value, w.displayDecimals) : null,
      computed: null,
      unit,
      fact_ids,
      message: `${spec.heading}：${wholeText}，列出的部分为${partsText}，但${missingPhrase(ctx, all)}，无法核对。`,
    });
  }

  const whole = w.value!;
  const total = sum(ps.map((p) => p.value!));
  const tol = totalTolerance(all);
  const status = spec.mode === 'equal' ? equalStatus(whole, total, tol) : atMostStatus(whole, total, tol);
  // One named part within its whole says nothing worth a line ("其中：财政资金0.5万元" of 0.5万元):
  // such a check is reported only when it fails.
  if (spec.mode === 'at_most' && spec.parts.length === 1 && status === 'pass') return null;
  const diff = sub(total, whole);
  const stated = showValue(kind, whole, w.displayDecimals);
  const computed = showValue(kind, total, maxDisplay(ps));
  const computedText = withUnit(kind, computed, unit);
  const note = spec.note ?? '';
  const single = spec.parts.length === 1;
  let body: string;
  if (spec.mode === 'equal') {
    if (status === 'pass') {
      body = single ? `${partsText}${note}，两者一致` : `${partsText}之和也是${computedText}${note}，两者一致`;
    } else {
      const sumText = single ? `${partsText}${note}` : `${partsText}之和为${computedText}${note}`;
      body = `但${sumText}，${differencePhrase(kind, diff, unit, maxDisplay(all))}，${verdict(status, kind, tol)}`;
    }
  } else {
    const listed = single ? `其中列出的${partsText}` : `其中列出的${partsText}合计${computedText}`;
    if (status === 'pass') body = `${listed}${note}，没有超过总数`;
    else body = `${listed}${note}，比总数还多${differencePhrase(kind, diff, unit, maxDisplay(all), '')}，${verdict(status, kind, tol)}`;
  }
  return makeResult({
    check_id: spec.checkId,
    rule: spec.rule,
    status,
    stated,
    computed,
    unit,
    // Documented as stated − computed (the message reads the size of diff only).
    difference_yuan: kind === 'money' ? fenToYuanString(sub(whole, total)) : null,
    tolerance_yuan: kind === 'money' ? fenToYuanString(tol) : null,
    fact_ids,
    message: `${spec.heading}：${wholeText}，${body}。`,
  });
}

/** "公开05表写…，但公开06表的…" when the whole and the parts are stated in different places. */
function placePhrase(whole: Fact, parts: readonly Fact[]): { wholePrefix: string; partsPrefix: string } {
  const w = where(whole);
  const partPlaces = [...new Set(parts.map(where))];
  if (partPlaces.length === 1 && partPlaces[0] === w) return { wholePrefix: `${w}写`, partsPrefix: '' };
  if (partPlaces.length === 1) return { wholePrefix: `${w}写`, partsPrefix: `${partPlaces[0]}的` };
  return { wholePrefix: `${w}写`, partsPrefix: '各处写的' };
}
