/**
 * The comparison measures: what can be compared across disclosures, each with
 * its Chinese label, unit, formula and a pure function from a disclosure's
 * headline figures to a value, or to a gap with its reason. Never a zero for
 * a gap; never a float in a sum: amounts stay in fen, ratios are rounded
 * half away from zero once, from exact fractions (core/rational).
 */
import { decimalsOf, groupThousands } from '../core/decimal';
import { readableWan } from '../core/format';
import { type Rat, rat, ratFromDecimal, ratioString } from '../core/rational';
import { spendingTotalOf } from '../core/spending';
import type { DerivedFigure, KeyFigure, KeyFigureId } from '../schema/normalized';
import { KEY_FIGURE_ZH } from '../schema/normalized';

/** Figures a measure may read: the summary's key figures plus the parts of 三公 (picked from the facts). */
export type InputId = KeyFigureId;

export interface MeasureInput {
  key: Partial<Record<InputId, KeyFigure | null>>;
  derived: DerivedFigure[];
  /** The portal's transparency score (0–100, one decimal), null when none applies; absent in older records. */
  transparency?: string | null;
}

/** `uncomputable`: every operand is stated, but the ratio has no value (its denominator is 0). */
export type MeasureStatus = 'ok' | 'missing' | 'withheld' | 'uncomputable';
export type GapStatus = Exclude<MeasureStatus, 'ok'>;

export interface MeasureValue {
  status: MeasureStatus;
  /** The value as a decimal string: as published for stated figures, rounded to `decimals` for ratios. */
  value: string | null;
  decimals: number | null;
  /** The exact value in the measure's unit (for sorting and differences); null for a gap. */
  exact: Rat | null;
  /** True when the portal computed the value (a sum or a ratio) rather than the document stating it. */
  computed: boolean;
  /** Why there is no value (Chinese), or a caveat on a value. */
  reason: string | null;
  /** Fact ids the value comes from. */
  facts: string[];
  /** Quote anchor (on the disclosure page) of the figure the value is or starts from, or of the figure that explains a gap; null when none. */
  quote: string | null;
}

export const INPUT_LABELS: Record<InputId, string> = KEY_FIGURE_ZH;

export const NOT_STATED = '文件未载明';
export const WITHHELD = '涉密不予公开';

export type MeasureKind = 'amount' | 'percent' | 'score';

export const MEASURE_IDS = [
  'expenditure_total',
  'basic_expenditure',
  'personnel',
  'running_costs',
  'project_expenditure',
  'three_public',
  'three_public_overseas',
  'three_public_vehicles',
  'official_reception',
  'personnel_share',
  'project_share',
  'execution_rate',
  'three_public_execution',
  'evaluation_score',
  'transparency_score',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export const PER_BASES = ['none', 'staff_actual', 'staff_authorised'] as const;
export type PerBasis = (typeof PER_BASES)[number];

export interface MeasureDef {
  id: MeasureId;
  label: string;
  group: string;
  kind: MeasureKind;
  unit: string;
  /** The formula of a derived measure, null for a figure as stated. */
  formula: string | null;
  /** Decimals of a ratio (rounded half-up), null when shown as published. */
  decimals: number | null;
  /** Decimals of the per-person value for amounts. */
  perDecimals: number;
  input?: InputId;
  num?: MeasureId | InputId;
  den?: MeasureId | InputId;
}

const amount = (id: MeasureId, input: InputId, group: string, label = INPUT_LABELS[input]): MeasureDef => ({
  id,
  label,
  group,
  kind: 'amount',
  unit: '万元',
  formula: null,
  decimals: null,
  // Per person in whole 元, as the disclosure pages show it (methodology: 人均数按“元/人”显示).
  perDecimals: 0,
  input,
});
const percent = (id: MeasureId, label: string, num: MeasureId | InputId, den: MeasureId | InputId, formula: string): MeasureDef => ({
  id,
  label,
  group: '比重与执行率',
  kind: 'percent',
  unit: '%',
  formula: `${formula} × 100%，四舍五入保留 1 位小数`,
  decimals: 1,
  perDecimals: 1,
  num,
  den,
});

export const MEASURES: Record<MeasureId, MeasureDef> = {
  expenditure_total: amount('expenditure_total', 'expenditure_total', '支出'),
  basic_expenditure: amount('basic_expenditure', 'basic_expenditure', '支出'),
  personnel: amount('personnel', 'personnel', '支出'),
  running_costs: amount('running_costs', 'running_costs', '支出'),
  project_expenditure: amount('project_expenditure', 'project_expenditure', '支出'),
  three_public: amount('three_public', 'three_public_actual', '“三公”经费', '“三公”经费合计'),
  three_public_overseas: amount('three_public_overseas', 'three_public_overseas', '“三公”经费'),
  three_public_vehicles: amount('three_public_vehicles', 'three_public_vehicles', '“三公”经费'),
  official_reception: amount('official_reception', 'official_reception', '“三公”经费'),
  personnel_share: percent('personnel_share', '人员经费占支出比重', 'personnel', 'expenditure_total', '人员经费 ÷ 支出合计'),
  project_share: percent('project_share', '项目支出占支出比重', 'project_expenditure', 'expenditure_total', '项目支出 ÷ 支出合计'),
  execution_rate: percent('execution_rate', '预算执行率', 'expenditure_total', 'budget_adjusted', '支出合计（决算） ÷ 全年预算'),
  three_public_execution: percent('three_public_execution', '“三公”经费预算执行率', 'three_public', 'three_public_budget', '“三公”经费支出 ÷ “三公”经费预算'),
  evaluation_score: {
    id: 'evaluation_score',
    label: '自评总分',
    group: '绩效自评',
    kind: 'score',
    unit: '分',
    formula: null,
    decimals: null,
    perDecimals: 0,
    input: 'evaluation_total_score',
  },
  transparency_score: {
    id: 'transparency_score',
    label: '透明度评分（本站评）',
    group: '透明度',
    kind: 'score',
    unit: '分',
    formula: '按方法说明中的透明度评分标准逐项评判、分组加权，四舍五入保留 1 位小数',
    decimals: 1,
    perDecimals: 0,
  },
};

export const PER_LABELS: Record<PerBasis, string> = {
  none: '总额',
  staff_actual: '按实有人数人均',
  staff_authorised: '按编制数人均',
};

export function isMeasureId(s: string): s is MeasureId {
  return (MEASURE_IDS as readonly string[]).includes(s);
}
export function isPerBasis(s: string): s is PerBasis {
  return (PER_BASES as readonly string[]).includes(s);
}
/** Only amounts can be divided by staff; shares, rates and scores cannot. */
export function perApplies(id: MeasureId): boolean {
  return MEASURES[id].kind === 'amount';
}

const gap = (status: GapStatus, reason: string, facts: string[] = [], quote: string | null = null): MeasureValue => ({
  status,
  value: null,
  decimals: null,
  exact: null,
  computed: false,
  reason,
  facts,
  quote,
});

/**
 * The one short wording of a gap, the same in every table and chart: 涉密不予公开,
 * 文件未载明, or for a ratio that has no value the reason itself (e.g.
 * “三公”经费预算为 0，无法计算), since the document does state its operands.
 */
export function gapWords(v: Pick<MeasureValue, 'status' | 'reason'>): string {
  if (v.status === 'withheld') return WITHHELD;
  if (v.status === 'uncomputable') return v.reason ?? '无法计算';
  return NOT_STATED;
}

/** A money figure as stated (exact fen), or its gap. */
export function amountOf(input: MeasureInput, id: InputId): MeasureValue {
  const label = INPUT_LABELS[id];
  const k = input.key[id] ?? null;
  if (!k) {
    if (id === 'expenditure_total') {
      const t = spendingTotalOf(input);
      const c = t?.computed ? t.figure : null;
      const e = c && ratFromDecimal(c.value);
      if (c && e) {
        return {
          status: 'ok',
          value: c.value,
          decimals: c.decimals,
          exact: e,
          computed: true,
          reason: `文件未载明支出合计，为计算值：${c.formula_zh}`,
          facts: [...c.operands],
          quote: null,
        };
      }
    }
    return gap('missing', `${NOT_STATED}${label}`);
  }
  if (k.status === 'empty') return gap('missing', `${label}：文件称本表无数据`, [k.fact_id], k.anchor);
  if (k.fen === null || k.value === null) {
    return k.status === 'withheld'
      ? gap('withheld', `${label}${WITHHELD}`, [k.fact_id], k.anchor)
      : gap('missing', `${label}未给出金额`, [k.fact_id], k.anchor);
  }
  return {
    status: 'ok',
    value: k.value,
    decimals: decimalsOf(k.value),
    exact: rat(BigInt(k.fen), 1_000_000n),
    computed: false,
    reason: k.status === 'withheld' ? `金额已公开，明细${WITHHELD}` : null,
    facts: [k.fact_id],
    quote: k.anchor,
  };
}

/** A head count (whole persons), or its gap. */
export function countOf(input: MeasureInput, id: 'staff_actual' | 'staff_authorised'): MeasureValue {
  const label = INPUT_LABELS[id];
  const k = input.key[id] ?? null;
  if (!k) return gap('missing', `${NOT_STATED}${label}`);
  if (k.status === 'withheld') return gap('withheld', `${label}${WITHHELD}`, [k.fact_id], k.anchor);
  if (k.status === 'empty' || k.value === null) return gap('missing', `${NOT_STATED}${label}`, [k.fact_id], k.anchor);
  if (!/^\d+$/.test(k.value)) return gap('missing', `${label}不是整数（原文：${k.published}）`, [k.fact_id], k.anchor);
  return { status: 'ok', value: k.value, decimals: 0, exact: rat(BigInt(k.value)), computed: false, reason: null, facts: [k.fact_id], quote: k.anchor };
}

function scoreOf(input: MeasureInput): MeasureValue {
  const k = input.key.evaluation_total_score ?? null;
  const label = INPUT_LABELS.evaluation_total_score;
  if (!k) return gap('missing', `${NOT_STATED}${label}`);
  if (k.status === 'withheld') return gap('withheld', `${label}${WITHHELD}`, [k.fact_id], k.anchor);
  const e = k.value === null ? null : ratFromDecimal(k.value);
  if (!e || k.value === null) return gap('missing', `${NOT_STATED}${label}`, [k.fact_id], k.anchor);
  return { status: 'ok', value: k.value, decimals: decimalsOf(k.value), exact: e, computed: false, reason: null, facts: [k.fact_id], quote: k.anchor };
}

/** The portal's transparency score: always computed, never stated by the document. */
function transparencyOf(input: MeasureInput): MeasureValue {
  const v = input.transparency ?? null;
  const e = v === null ? null : ratFromDecimal(v);
  if (!e || v === null) return gap('missing', '没有适用的透明度评分标准');
  return { status: 'ok', value: v, decimals: decimalsOf(v), exact: e, computed: true, reason: null, facts: [], quote: null };
}

/** The operand of a ratio: a measure, or a key figure used only as a denominator. */
function operand(input: MeasureInput, id: MeasureId | InputId): MeasureValue {
  return isMeasureId(id) ? measureValue(input, id) : amountOf(input, id);
}

function labelOf(id: MeasureId | InputId): string {
  return isMeasureId(id) ? MEASURES[id].label : INPUT_LABELS[id];
}

/** a ÷ b as a percentage, rounded half-up to the measure's decimals. */
function percentOf(input: MeasureInput, def: MeasureDef): MeasureValue {
  const a = operand(input, def.num!);
  const b = operand(input, def.den!);
  const facts = [...a.facts, ...b.facts];
  for (const o of [a, b]) if (o.status !== 'ok') return gap(o.status, o.reason ?? NOT_STATED, facts, o.quote);
  const { n: an, d: ad } = a.exact!;
  const { n: bn, d: bd } = b.exact!;
  if (bn === 0n) return gap('uncomputable', `${labelOf(def.den!)}为 0，无法计算`, facts, b.quote);
  // (an/ad) / (bn/bd) × 100 = an·bd·100 / (ad·bn)
  const num = an * bd * 100n;
  const den = ad * bn;
  const computedNote = [a, b]
    .filter((o) => o.computed)
    .map((o) => o.reason)
    .join('；');
  return {
    status: 'ok',
    value: ratioString(num, den, def.decimals!),
    decimals: def.decimals,
    exact: rat(num, den),
    computed: true,
    reason: computedNote || null,
    facts,
    quote: a.quote ?? b.quote,
  };
}

/** A measure's value for one disclosure, as a total. */
export function measureValue(input: MeasureInput, id: MeasureId): MeasureValue {
  const def = MEASURES[id];
  if (def.kind === 'amount') return amountOf(input, def.input!);
  if (id === 'transparency_score') return transparencyOf(input);
  if (def.kind === 'score') return scoreOf(input);
  return percentOf(input, def);
}

/** An amount (万元) divided by a head count, in 元/人, rounded half-up to the measure's per-person decimals. */
export function perStaffValue(total: MeasureValue, staff: MeasureValue, decimals: number, staffLabel: string): MeasureValue {
  const facts = [...total.facts, ...staff.facts];
  if (total.status !== 'ok') return gap(total.status, total.reason ?? NOT_STATED, facts, total.quote);
  if (staff.status !== 'ok') return gap(staff.status, staff.reason ?? NOT_STATED, facts, staff.quote);
  const people = staff.exact!.n;
  if (people === 0n) return gap('uncomputable', `${staffLabel}为 0，无法计算人均`, facts, staff.quote);
  const num = total.exact!.n * 10000n; // 万元 → 元
  const den = total.exact!.d * people;
  return {
    status: 'ok',
    value: ratioString(num, den, decimals),
    decimals,
    exact: rat(num, den),
    computed: true,
    reason: total.computed ? total.reason : null,
    facts,
    quote: total.quote ?? staff.quote,
  };
}

export const PER_PERSON_UNIT = '元/人';

/**
 * How a compared value reads: digits grouped by thousands; an amount in 万元
 * with more than two decimals in its readable form, marked 约 (core/format
 * readableWan: "162.935556" → "约 162.94"), with the exact value as published
 * in `exact` for titles; the CSV and the quote link keep it exact.
 */
export function comparedText(value: string, unit: string): { text: string; exact: string | null } {
  const r = unit === '万元' ? readableWan(value) : null;
  if (!r || !r.approx) return { text: groupThousands(r ? r.text : value), exact: null };
  return { text: `约 ${groupThousands(r.text)}`, exact: groupThousands(r.exact) };
}

/** A measure's value for one disclosure, as a total or per person. */
export function viewValue(input: MeasureInput, id: MeasureId, per: PerBasis): MeasureValue {
  const total = measureValue(input, id);
  if (per === 'none' || !perApplies(id)) return total;
  return perStaffValue(total, countOf(input, per), MEASURES[id].perDecimals, INPUT_LABELS[per]);
}

/** The measure's full name, unit and formula for a view (total or per person). */
export function viewTitle(id: MeasureId, per: PerBasis): { label: string; unit: string; formula: string | null } {
  const def = MEASURES[id];
  if (per === 'none' || !perApplies(id)) return { label: def.label, unit: def.unit, formula: def.formula };
  const staff = INPUT_LABELS[per];
  return {
    label: `人均${def.label}（按${staff}）`,
    unit: PER_PERSON_UNIT,
    formula: `${def.label}（换算为元） ÷ ${staff}，${def.perDecimals ? `四舍五入保留 ${def.perDecimals} 位小数` : '四舍五入取整到元'}`,
  };
}
