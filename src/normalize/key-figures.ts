/**
 * Headline figures for a disclosure, picked from its facts by concept and
 * phase, and the figures the portal derives from them (shares, rates,
 * per-staff amounts), each with its formula and operands.
 */
import { fenToWan } from '../core/decimal';
import { ratioString } from '../core/rational';
import { COMPUTED_TOTAL_ID } from '../core/spending';
import { pickFact, type Pick } from '../core/headline-pick';
import type { DerivedFigure, Fact, KeyFigure, KeyFigureId } from '../schema/normalized';

export const PICKS: Record<KeyFigureId, Pick> = {
  expenditure_total: { concept: 'expenditure_total', phases: ['actual'] },
  basic_expenditure: { concept: 'basic_expenditure', phases: ['actual'] },
  personnel: { concept: 'personnel', phases: ['actual'] },
  running_costs: { concept: 'running_costs', phases: ['actual'] },
  project_expenditure: { concept: 'project_expenditure', phases: ['actual'] },
  project_withheld: { concept: 'project_withheld', phases: ['actual', 'none'] },
  three_public_budget: { concept: 'three_public_total', phases: ['adjusted_budget', 'initial_budget'] },
  three_public_actual: { concept: 'three_public_total', phases: ['actual'] },
  three_public_overseas: { concept: 'three_public_overseas', phases: ['actual'] },
  three_public_vehicles: { concept: 'three_public_vehicles', phases: ['actual'] },
  official_reception: { concept: 'official_reception', phases: ['actual'] },
  budget_initial: { concept: 'expenditure_total', phases: ['initial_budget'] },
  budget_adjusted: { concept: 'expenditure_total', phases: ['adjusted_budget'] },
  staff_authorised: { concept: 'staff_authorised', phases: ['none', 'actual'] },
  staff_actual: { concept: 'staff_actual', phases: ['none', 'actual'] },
  evaluation_total_score: { concept: 'evaluation_total_score', phases: ['actual', 'none'] },
  evaluation_grade: { concept: 'evaluation_grade', phases: ['actual', 'none'] },
};

export function keyFigures(facts: Fact[]): Record<KeyFigureId, KeyFigure | null> {
  const out = {} as Record<KeyFigureId, KeyFigure | null>;
  for (const [id, pick] of Object.entries(PICKS) as [KeyFigureId, Pick][]) {
    const f = pickFact(facts, pick);
    out[id] = f && { fact_id: f.id, published: f.published, value: f.value, unit: f.unit, fen: f.fen, status: f.status, anchor: f.anchor };
  }
  return out;
}

function fenOf(k: KeyFigure | null): bigint | null {
  return k && k.status === 'reported' && k.fen !== null ? BigInt(k.fen) : null;
}

function countOf(k: KeyFigure | null): bigint | null {
  return k && k.status === 'reported' && k.value !== null && /^\d+$/.test(k.value) ? BigInt(k.value) : null;
}

interface DerivedDef {
  id: string;
  label_zh: string;
  formula_zh: string;
  unit: string;
  decimals: number;
  num: KeyFigureId;
  den: KeyFigureId;
  /** money ÷ money as %, or money ÷ count as 万元 per person */
  mode: 'percent' | 'per_person';
}

export const DERIVED_DEFS: DerivedDef[] = [
  {
    id: 'per_staff_actual',
    label_zh: '人均支出（按实有人数）',
    formula_zh: '支出合计 ÷ 实有人数',
    unit: '万元/人',
    decimals: 2,
    num: 'expenditure_total',
    den: 'staff_actual',
    mode: 'per_person',
  },
  {
    id: 'per_post',
    label_zh: '人均支出（按编制数）',
    formula_zh: '支出合计 ÷ 编制数',
    unit: '万元/人',
    decimals: 2,
    num: 'expenditure_total',
    den: 'staff_authorised',
    mode: 'per_person',
  },
  {
    id: 'personnel_share',
    label_zh: '人员经费占支出比重',
    formula_zh: '人员经费 ÷ 支出合计 × 100%',
    unit: '%',
    decimals: 1,
    num: 'personnel',
    den: 'expenditure_total',
    mode: 'percent',
  },
  {
    id: 'project_share',
    label_zh: '项目支出占支出比重',
    formula_zh: '项目支出 ÷ 支出合计 × 100%',
    unit: '%',
    decimals: 1,
    num: 'project_expenditure',
    den: 'expenditure_total',
    mode: 'percent',
  },
  {
    id: 'execution_rate',
    label_zh: '预算执行率',
    formula_zh: '支出合计（决算） ÷ 全年预算 × 100%',
    unit: '%',
    decimals: 1,
    num: 'expenditure_total',
    den: 'budget_adjusted',
    mode: 'percent',
  },
  {
    id: 'three_public_execution',
    label_zh: '“三公”经费预算执行率',
    formula_zh: '“三公”经费决算 ÷ “三公”经费预算 × 100%',
    unit: '%',
    decimals: 1,
    num: 'three_public_actual',
    den: 'three_public_budget',
    mode: 'percent',
  },
];

export function derivedFigures(key: Record<KeyFigureId, KeyFigure | null>): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  // Where a document states basic and project spending but no total, the total
  // is their sum, shown as computed (and used for comparisons), never as stated.
  const basic = fenOf(key.basic_expenditure);
  const project = fenOf(key.project_expenditure);
  if (!key.expenditure_total && basic !== null && project !== null) {
    out.push({
      id: COMPUTED_TOTAL_ID,
      label_zh: '支出合计（计算值）',
      formula_zh: '基本支出 + 项目支出',
      operands: [key.basic_expenditure!.fact_id, key.project_expenditure!.fact_id],
      value: fenToWan(basic + project, 2),
      decimals: 2,
      unit: '万元',
    });
  }
  for (const d of DERIVED_DEFS) {
    const num = fenOf(key[d.num]);
    const den = d.mode === 'percent' ? fenOf(key[d.den]) : countOf(key[d.den]);
    if (num === null || den === null || den === 0n) continue;
    const value = d.mode === 'percent' ? ratioString(num * 100n, den, d.decimals) : ratioString(num, den * 1_000_000n, d.decimals);
    if (value === null) continue;
    out.push({
      id: d.id,
      label_zh: d.label_zh,
      formula_zh: d.formula_zh,
      operands: [key[d.num]!.fact_id, key[d.den]!.fact_id],
      value,
      decimals: d.decimals,
      unit: d.unit,
    });
  }
  return out;
}
