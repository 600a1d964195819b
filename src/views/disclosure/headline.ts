/**
 * The key figures block: the summary's headline figures (summary.key), the
 * portal's derived figures (always labelled 计算值 with their formula), and
 * the 三公 parts, each linked to its quote. A figure the document does not
 * state is shown as 文件未载明, never as zero.
 */
import { pickFact } from '../../core/headline-pick';
import { PHASES, SCOPES, type ConceptId, type PhaseId } from '../../core/concepts';
import type { DerivedFigure, DisclosureDetails, DisclosureSummary, Fact, KeyFigure, KeyFigureId } from '../../schema/normalized';
import { quoteHref } from '../../core/anchors';
import { COMPUTED_TOTAL_ID, spendingTotalOf } from '../../core/spending';
import { figureView, perPersonOperands, viewDerived, type FigureView } from '../site/figures';
import { COMPUTED_LABEL } from '../../core/format';
import type { FigureFlag } from './contradictions';

export interface FigureItem {
  key: string;
  label: string;
  /** How it reads (readable form: money to two decimals with the exact value beside it, per person in 元/人). */
  view: FigureView;
  href: string | null;
  factId: string | null;
  /** Funding scope or phase worth saying (e.g. 一般公共预算财政拨款). */
  hint: string;
  /** Set for figures the portal computes. */
  computed: { formula: string; operands: { label: string; href: string | null }[] } | null;
  /** Failed checks that contradict this figure, each naming the other value (views/disclosure/contradictions). */
  flags: FigureFlag[];
}

export interface FigureGroup {
  key: string;
  title: string;
  items: FigureItem[];
}

export interface ThreePublicRow {
  key: string;
  label: string;
  /** A part of the line above (公务用车 购置 / 运行维护). */
  sub: boolean;
  budget: FigureItem;
  actual: FigureItem;
}

export interface ThreePublicView {
  budgetPhase: string;
  rows: ThreePublicRow[];
  /** 决算 ÷ 预算 (计算值), when both are stated. */
  execution: FigureItem | null;
}

export interface Headline {
  groups: FigureGroup[];
  threePublic: ThreePublicView | null;
  /** The total used for the headline: stated, else computed (basic + project), else null. */
  total: FigureItem;
}

const NOTABLE_SCOPES = new Set(['fiscal', 'general_budget', 'government_fund', 'state_capital', 'social_insurance']);

export function hintFor(f: Fact | undefined): string {
  if (!f) return '';
  return NOTABLE_SCOPES.has(f.scope) ? SCOPES[f.scope] : '';
}

/** Figures a failed check contradicts, by fact id (views/disclosure/contradictions figureFlags). */
export type Flags = ReadonlyMap<string, FigureFlag[]>;
const NO_FLAGS: Flags = new Map();

export function factItem(key: string, label: string, f: Fact | KeyFigure | null | undefined, byId: Map<string, Fact>, flags: Flags = NO_FLAGS): FigureItem {
  const factId = f ? ('fact_id' in f ? f.fact_id : f.id) : null;
  const fact = factId ? byId.get(factId) : undefined;
  const href = quoteHref(f?.anchor);
  return {
    key,
    label,
    view: figureView(f ?? null, factId, { readable: true, href }),
    href,
    factId,
    hint: hintFor(fact),
    computed: null,
    flags: (factId && flags.get(factId)) || [],
  };
}

export function derivedItem(d: DerivedFigure, byId: Map<string, Fact>, label = d.label_zh): FigureItem {
  return {
    key: d.id,
    label,
    // The formula is shown beside it with links to its operands (KeyFigures), so the remark only says it is computed.
    view: { ...viewDerived(d, { readable: true, perPerson: perPersonOperands(d, (id) => byId.get(id)) }), remark: COMPUTED_LABEL },
    href: null,
    factId: null,
    hint: '',
    computed: {
      formula: d.formula_zh,
      operands: d.operands.map((id) => {
        const f = byId.get(id);
        return { label: f ? f.item || f.concept_zh : id, href: quoteHref(f?.anchor) };
      }),
    },
    flags: [],
  };
}

const THREE_PUBLIC_PARTS: [ConceptId, string][] = [
  ['three_public_overseas', '因公出国（境）费'],
  ['three_public_vehicles', '公务用车购置及运行维护费'],
  ['vehicle_purchase', '其中：公务用车购置费'],
  ['vehicle_operation', '其中：公务用车运行维护费'],
  ['official_reception', '公务接待费'],
];

function threePublicView(
  key: DisclosureSummary['key'],
  facts: Fact[],
  byId: Map<string, Fact>,
  execution: DerivedFigure | undefined,
  flags: Flags,
): ThreePublicView | null {
  const any = facts.some(
    (f) => f.concept.startsWith('three_public') || f.concept === 'vehicle_purchase' || f.concept === 'vehicle_operation' || f.concept === 'official_reception',
  );
  if (!any) return null;
  const budgetFact = key.three_public_budget ? byId.get(key.three_public_budget.fact_id) : undefined;
  const budgetPhase: PhaseId = budgetFact?.phase ?? 'adjusted_budget';
  const rows: ThreePublicRow[] = [
    {
      key: 'total',
      label: '“三公”经费合计',
      sub: false,
      budget: factItem('tp-budget', '预算', key.three_public_budget, byId, flags),
      actual: factItem('tp-actual', '决算', key.three_public_actual, byId, flags),
    },
  ];
  for (const [concept, label] of THREE_PUBLIC_PARTS) {
    const b = pickFact(facts, { concept, phases: [budgetPhase] });
    const a = pickFact(facts, { concept, phases: ['actual'] });
    if (!b && !a) continue;
    rows.push({
      key: concept,
      label,
      sub: concept === 'vehicle_purchase' || concept === 'vehicle_operation',
      budget: factItem(`${concept}-b`, '预算', b, byId, flags),
      actual: factItem(`${concept}-a`, '决算', a, byId, flags),
    });
  }
  return { budgetPhase: PHASES[budgetPhase], rows, execution: execution ? derivedItem(execution, byId) : null };
}

export function headline(summary: DisclosureSummary, details: DisclosureDetails, flags: Flags = NO_FLAGS): Headline {
  const byId = new Map(details.facts.map((f) => [f.id, f]));
  const k = summary.key;
  const derived = new Map(summary.derived.map((d) => [d.id, d]));
  const item = (id: KeyFigureId, label: string) => factItem(id, label, k[id], byId, flags);
  const d = (id: string, label?: string): FigureItem[] => {
    const x = derived.get(id);
    return x ? [derivedItem(x, byId, label)] : [];
  };
  const computedTotal = derived.get(COMPUTED_TOTAL_ID);
  const spending = spendingTotalOf(summary);
  const total = spending?.computed ? derivedItem(spending.figure, byId) : item('expenditure_total', '支出合计');

  const groups: FigureGroup[] = [
    { key: 'total', title: '支出总额', items: [total, ...(k.expenditure_total && computedTotal ? [derivedItem(computedTotal, byId)] : [])] },
    {
      key: 'structure',
      title: '基本支出与项目支出',
      items: [
        item('basic_expenditure', '基本支出'),
        item('project_expenditure', '项目支出'),
        ...(k.project_withheld ? [item('project_withheld', '涉密未公开的项目支出')] : []),
        ...d('project_share'),
      ],
    },
    { key: 'basic', title: '人员经费与公用经费', items: [item('personnel', '人员经费'), item('running_costs', '公用经费'), ...d('personnel_share')] },
    {
      key: 'staff',
      title: '编制与实有人数',
      items: [item('staff_authorised', '编制数'), item('staff_actual', '实有人数'), ...d('per_post'), ...d('per_staff_actual')],
    },
  ];
  const statedRate = pickFact(details.facts, { concept: 'execution_rate', phases: ['actual', 'none'] });
  groups.push({
    key: 'execution',
    title: '预算与执行',
    items: [
      item('budget_initial', '年初预算'),
      item('budget_adjusted', '全年预算（调整后）'),
      { ...total, key: 'execution-actual', label: total.computed ? '决算支出（计算值）' : '决算支出' },
      ...d('execution_rate'),
      ...(statedRate ? [factItem('execution-stated', '文件所述预算执行率', statedRate, byId, flags)] : []),
    ],
  });
  if (k.evaluation_total_score || k.evaluation_grade) {
    groups.push({ key: 'evaluation', title: '绩效自评', items: [item('evaluation_total_score', '自评得分'), item('evaluation_grade', '评价等级')] });
  }
  return { groups, threePublic: threePublicView(k, details.facts, byId, derived.get('three_public_execution'), flags), total };
}
