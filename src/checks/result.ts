/**
 * Building check results: `makeResult` is the one builder (`notApplicable`
 * for a check that could not be made). `sumCheck` is the comparison shared by
 * every parts-vs-whole rule: a stated whole against the sum of stated parts,
 * either "must be equal" or "may not exceed"; `ratioCheck` the one shared by
 * the rules that check a stated percentage against its amounts.
 */
import type { CheckResult, Fact } from '../schema/normalized';
import { RULES, type RuleId } from './rules';
import type { Ctx } from './context';
import {
  type CheckStatus,
  type Operand,
  type QuantityKind,
  operand,
  totalTolerance,
  equalStatus,
  atMostStatus,
  showValue,
  checkUnit,
  fenToYuanString,
  compareRatio,
} from './tolerance';
import { type Rat, sub, sum } from '../core/rational';
import { differencePhrase, labelsFor, missingPhrase, partsPhrase, ratioVerdict, verdict, where, withUnit } from './messages';

/** What every result of one check names: which check, by which rule, in which unit, over which operands. */
export interface ResultBase {
  check_id: string;
  rule: RuleId;
  unit: string;
  fact_ids: string[];
}

/** What a check found. */
export interface Outcome {
  status: CheckStatus;
  stated: string | null;
  computed: string | null;
  /** Id of the fact or indicator row that prints `computed`, when it is a second stated figure rather than the portal's computation. */
  computed_stated_id?: string | null;
  difference_yuan?: string | null;
  tolerance_yuan?: string | null;
  message: string;
}

/** The one builder of a check result. */
export function makeResult(r: ResultBase & Outcome): CheckResult {
  return {
    check_id: r.check_id,
    rule: r.rule,
    rule_zh: RULES[r.rule].zh,
    status: r.status,
    stated: r.stated,
    computed: r.computed,
    computed_stated_id: r.computed_stated_id ?? null,
    unit: r.unit,
    difference_yuan: r.difference_yuan ?? null,
    tolerance_yuan: r.tolerance_yuan ?? null,
    fact_ids: r.fact_ids,
    message: r.message,
  };
}

/** A check that could not be made (an operand withheld, empty, missing, or a zero base): the message says why. */
export function notApplicable(base: ResultBase, message: string, stated: string | null = null): CheckResult {
  return makeResult({ ...base, status: 'not_applicable', stated, computed: null, message });
}

/** The money columns of a comparison: stated − computed and the tolerance, in yuan; null for other kinds. */
export function moneyGap(kind: QuantityKind, statedMinusComputed: Rat, tol: Rat): Pick<Outcome, 'difference_yuan' | 'tolerance_yuan'> {
  return kind === 'money'
    ? { difference_yuan: fenToYuanString(statedMinusComputed), tolerance_yuan: fenToYuanString(tol) }
    : { difference_yuan: null, tolerance_yuan: null };
}

/** A stated percentage and the two stated amounts it should be the ratio of. */
export interface RatioSpec {
  base: ResultBase;
  heading: string;
  /** What the document says, e.g. "公开06表写公用经费占基本支出60.47%". */
  says: string;
  stated: { value: Rat; decimals: number; text: string };
  of: Fact;
  over: Fact;
  mode: 'ratio' | 'change';
  /** How the portal computes it, given the operands' labels: "用A除以B计算". */
  how: (of: string, over: string) => string;
  /** Why a zero base stops the check, given its label. */
  zeroBase: (over: string) => string;
}

/** The rate and the execution-indicator rules: a stated percentage against the ratio of its stated amounts. */
export function ratioCheck(ctx: Ctx, spec: RatioSpec): CheckResult {
  const o = operand(spec.of);
  const b = operand(spec.over);
  const head = `${spec.heading}：${spec.says}，`;
  if (o.value === null || b.value === null) return notApplicable(spec.base, `${head}但${missingPhrase(ctx, [o, b])}，无法核对。`, spec.stated.text);
  const labels = labelsFor(ctx, [spec.of, spec.over]);
  const ofText = labels.get(spec.of.id)!;
  const overText = labels.get(spec.over.id)!;
  const cmp = compareRatio(spec.stated.value, spec.stated.decimals, o, b, spec.mode);
  if (!cmp) return notApplicable(spec.base, `${head}但${spec.zeroBase(overText)}。`, spec.stated.text);
  const tail = ratioVerdict(cmp, spec.stated.value, spec.stated.decimals);
  return makeResult({
    ...spec.base,
    status: cmp.status,
    stated: spec.stated.text,
    computed: cmp.computedText,
    message: `${head}${spec.how(ofText, overText)}为${cmp.computedExact ? '' : '约'}${cmp.computedText}%，${tail}。`,
  });
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

  const base: ResultBase = { check_id: spec.checkId, rule: spec.rule, unit, fact_ids };
  if (all.some((o) => o.value === null)) {
    const stated = w.value ? showValue(kind, w.value, w.displayDecimals) : null;
    return notApplicable(base, `${spec.heading}：${wholeText}，列出的部分为${partsText}，但${missingPhrase(ctx, all)}，无法核对。`, stated);
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
  const tolText = verdict(status, kind, tol, maxDisplay(all));
  let body: string;
  if (spec.mode === 'equal') {
    if (status === 'pass') {
      body = single ? `${partsText}${note}，两者一致` : `${partsText}之和也是${computedText}${note}，两者一致`;
    } else {
      const sumText = single ? `${partsText}${note}` : `${partsText}之和为${computedText}${note}`;
      body = `但${sumText}，${differencePhrase(kind, diff, unit, maxDisplay(all))}，${tolText}`;
    }
  } else {
    const listed = single ? `其中列出的${partsText}` : `其中列出的${partsText}合计${computedText}`;
    if (status === 'pass') body = `${listed}${note}，没有超过总数`;
    else body = `${listed}${note}，比总数还多${differencePhrase(kind, diff, unit, maxDisplay(all), '')}，${tolText}`;
  }
  return makeResult({
    ...base,
    status,
    stated,
    computed,
    // A lone part is not a sum the portal computed: it is printed in the document.
    computed_stated_id: single ? spec.parts[0].id : null,
    // Documented as stated − computed (the message reads the size of diff only).
    ...moneyGap(kind, sub(whole, total), tol),
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
