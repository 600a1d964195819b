/**
 * The concept vocabulary: what a curated figure *is*. Small on purpose; the
 * classification code, the phase, the funding scope and the item name carry
 * the rest. Each concept fixes the kind of value it takes (money in 万元/元,
 * a percentage, a count, a score, text), so the normalizer can reject a figure
 * whose unit does not fit its concept.
 */

export type ValueKind = 'money' | 'percent' | 'count' | 'score' | 'text' | 'area';

export interface ConceptDef {
  /** Chinese label shown on the site and in the data dictionary. */
  zh: string;
  /** English gloss for the data dictionary. */
  en: string;
  kind: ValueKind;
  /** Group used to order figures on a disclosure page. */
  group: ConceptGroup;
}

export type ConceptGroup =
  'income' | 'expenditure' | 'three_public' | 'operations' | 'procurement' | 'assets' | 'staff' | 'rates' | 'evaluation' | 'activity' | 'other';

export const CONCEPT_GROUPS: Record<ConceptGroup, string> = {
  income: '收入',
  expenditure: '支出',
  three_public: '“三公”经费',
  operations: '机关运行与一般性支出',
  procurement: '政府采购',
  assets: '资产',
  staff: '人员与机构',
  rates: '比例、执行率与增减',
  evaluation: '绩效评价',
  activity: '工作量与成效',
  other: '其他',
};

const c = (zh: string, en: string, kind: ValueKind, group: ConceptGroup): ConceptDef => ({ zh, en, kind, group });

export const CONCEPTS = {
  // 收入 / income
  income_total: c('收入合计', 'Total income', 'money', 'income'),
  fiscal_appropriation_income: c('财政拨款收入', 'Fiscal appropriation income', 'money', 'income'),
  superior_subsidy_income: c('上级补助收入', 'Subsidy income from higher-level units', 'money', 'income'),
  business_income: c('事业收入', 'Public-service (事业) income', 'money', 'income'),
  operating_income: c('经营收入', 'Operating income', 'money', 'income'),
  affiliated_income: c('附属单位上缴收入', 'Income remitted by affiliated units', 'money', 'income'),
  other_income: c('其他收入', 'Other income', 'money', 'income'),
  non_fiscal_balance_used: c('使用非财政拨款结余', 'Non-appropriation balances used', 'money', 'income'),
  carryover_begin: c('年初结转和结余', 'Carry-over and balance at start of year', 'money', 'income'),
  carryover_end: c('年末结转和结余', 'Carry-over and balance at end of year', 'money', 'expenditure'),
  grand_total: c('收支总计', 'Grand total (income or expenditure incl. carry-overs)', 'money', 'income'),
  // 支出 / expenditure
  expenditure_total: c('支出合计', 'Total expenditure', 'money', 'expenditure'),
  basic_expenditure: c('基本支出', 'Basic expenditure (personnel + running costs)', 'money', 'expenditure'),
  personnel: c('人员经费', 'Personnel costs', 'money', 'expenditure'),
  running_costs: c('公用经费', 'Running costs (公用经费)', 'money', 'expenditure'),
  project_expenditure: c('项目支出', 'Project expenditure', 'money', 'expenditure'),
  project_amount: c('项目金额', 'Amount of one named project', 'money', 'expenditure'),
  project_withheld: c('涉密未公开项目支出', 'Project expenditure withheld as classified', 'money', 'expenditure'),
  remitted_to_superior: c('上缴上级支出', 'Remittances to higher-level units', 'money', 'expenditure'),
  operating_expenditure: c('经营支出', 'Operating expenditure', 'money', 'expenditure'),
  subsidy_to_affiliates: c('对附属单位补助支出', 'Subsidies to affiliated units', 'money', 'expenditure'),
  balance_distribution: c('结余分配', 'Distribution of balances', 'money', 'expenditure'),
  expense_item: c('具体支出事项', 'A named expense item (e.g. 办公费, 差旅费)', 'money', 'expenditure'),
  // 三公经费 / three public expenses
  three_public_total: c('“三公”经费合计', 'Three public expenses, total', 'money', 'three_public'),
  three_public_overseas: c('因公出国（境）费', 'Official travel abroad', 'money', 'three_public'),
  three_public_vehicles: c('公务用车购置及运行维护费', 'Official vehicles: purchase and operation', 'money', 'three_public'),
  vehicle_purchase: c('公务用车购置费', 'Official vehicle purchase', 'money', 'three_public'),
  vehicle_operation: c('公务用车运行维护费', 'Official vehicle operation and maintenance', 'money', 'three_public'),
  official_reception: c('公务接待费', 'Official reception', 'money', 'three_public'),
  overseas_groups: c('因公出国（境）团组数', 'Official delegations abroad (groups)', 'count', 'three_public'),
  overseas_person_trips: c('因公出国（境）人次', 'Official travel abroad (person-trips)', 'count', 'three_public'),
  // 机关运行经费、会议费、培训费 / operations
  admin_running_costs: c('机关运行经费', 'Administrative running costs (机关运行经费)', 'money', 'operations'),
  meeting_fees: c('会议费', 'Meeting expenses', 'money', 'operations'),
  training_fees: c('培训费', 'Training expenses', 'money', 'operations'),
  // 政府采购 / procurement
  procurement_total: c('政府采购支出总额', 'Government procurement, total', 'money', 'procurement'),
  procurement_goods: c('政府采购货物支出', 'Procurement of goods', 'money', 'procurement'),
  procurement_works: c('政府采购工程支出', 'Procurement of works', 'money', 'procurement'),
  procurement_services: c('政府采购服务支出', 'Procurement of services', 'money', 'procurement'),
  procurement_sme: c('授予中小企业合同金额', 'Contracts awarded to SMEs', 'money', 'procurement'),
  procurement_small_micro: c('授予小微企业合同金额', 'Contracts awarded to small and micro enterprises', 'money', 'procurement'),
  // 资产 / assets
  assets_total: c('资产总额', 'Total assets', 'money', 'assets'),
  liabilities_total: c('负债总额', 'Total liabilities', 'money', 'assets'),
  net_assets: c('净资产', 'Net assets', 'money', 'assets'),
  fixed_assets_original: c('固定资产原值', 'Fixed assets at original cost', 'money', 'assets'),
  accumulated_depreciation: c('累计折旧', 'Accumulated depreciation', 'money', 'assets'),
  fixed_assets_net: c('固定资产净值', 'Fixed assets, net', 'money', 'assets'),
  assets_in_use: c('在用资产', 'Assets in use', 'money', 'assets'),
  vehicles: c('车辆数', 'Vehicles (count)', 'count', 'assets'),
  equipment_over_1m: c('单位价值100万元以上设备', 'Equipment items worth over 1 million yuan', 'count', 'assets'),
  // 人员与机构 / staff and organisation
  staff_authorised: c('编制数', 'Authorised posts (编制)', 'count', 'staff'),
  staff_authorised_admin: c('行政编制', 'Authorised administrative posts', 'count', 'staff'),
  staff_authorised_institution: c('事业编制', 'Authorised public-institution posts', 'count', 'staff'),
  staff_actual: c('实有人数', 'Staff actually employed (实有)', 'count', 'staff'),
  staff_on_payroll: c('在编人数', 'Staff on the establishment (在编)', 'count', 'staff'),
  staff_other: c('其他在岗人员', 'Other staff (e.g. placed veterans, seconded)', 'count', 'staff'),
  staff_working: c('实际在岗工作人数', 'Staff actually at work in the office', 'count', 'staff'),
  retirees: c('离退休人员', 'Retired staff', 'count', 'staff'),
  internal_units: c('内设机构数', 'Internal divisions (count)', 'count', 'staff'),
  subordinate_units: c('下属单位数', 'Subordinate units (count)', 'count', 'staff'),
  // 比例与比较 / rates, shares, changes
  share: c('占比', 'Share of a whole (of ÷ base)', 'percent', 'rates'),
  execution_rate: c('预算执行率', 'Budget execution rate (actual ÷ budget)', 'percent', 'rates'),
  control_rate: c('控制率', 'Control rate (actual ÷ authorised or approved)', 'percent', 'rates'),
  funds_in_place_rate: c('资金到位率', 'Share of funds received', 'percent', 'rates'),
  change_amount: c('增减额', 'Change in amount (of − base); negative when the text says 减少', 'money', 'rates'),
  change_rate: c('增减率', 'Rate of change ((of − base) ÷ base)', 'percent', 'rates'),
  comparison: c('文字比较', 'A comparison stated in words (等于, 持平, 有所增加 …) of the figure `of` with the figure `base`', 'text', 'rates'),
  // 绩效 / evaluation
  evaluation_total_score: c('自评总分', 'Self-evaluation total score', 'score', 'evaluation'),
  evaluation_grade: c('评价等级', 'Self-evaluation grade', 'text', 'evaluation'),
  evaluation_projects: c('自评涉及项目数', 'Projects covered by the self-evaluation', 'count', 'evaluation'),
  evaluation_funds: c('自评涉及资金', 'Funds covered by the self-evaluation', 'money', 'evaluation'),
  completion_rate: c('完成率', 'Completion rate stated for goals', 'percent', 'evaluation'),
  // 工作量 / activity
  activity_metric: c('工作量或成效指标', 'Work volume or outcome stated in the narrative', 'count', 'activity'),
  activity_rate: c('工作成效比率', 'Outcome rate stated in the narrative', 'percent', 'activity'),
  floor_area: c('建筑面积', 'Floor area', 'area', 'other'),
  other_amount: c('其他金额', 'Other stated amount (say what in item)', 'money', 'other'),
} as const satisfies Record<string, ConceptDef>;

export type ConceptId = keyof typeof CONCEPTS;
export const CONCEPT_IDS = Object.keys(CONCEPTS) as [ConceptId, ...ConceptId[]];

/**
 * The words a `comparison` fact may state, and what each claims of `of`
 * against `base`: equal (等于, 一致, 持平, 相同, 相等), more (增加, 增长, 上升,
 * 超过) or less (减少, 下降, 低于, 节约). The value is the word as printed,
 * possibly with 有所/略有 before it.
 */
export const COMPARISON_WORDS = {
  equal: ['等于', '一致', '持平', '相同', '相等', '相符'],
  more: ['增加', '增长', '上升', '超过', '高于'],
  less: ['减少', '下降', '降低', '低于', '节约'],
} as const;
export type ComparisonClaim = keyof typeof COMPARISON_WORDS;

/** The claim a printed comparison word makes, or null when it is none of COMPARISON_WORDS. */
export function comparisonClaim(word: string): ComparisonClaim | null {
  const w = word.replace(/\s+/g, '').replace(/^(有所|略有|基本|大幅|明显)/, '');
  for (const [claim, words] of Object.entries(COMPARISON_WORDS) as [ComparisonClaim, readonly string[]][])
    if ((words as readonly string[]).includes(w)) return claim;
  return null;
}

/** Budget phase of an amount. */
export const PHASES = {
  initial_budget: '年初预算',
  adjusted_budget: '全年预算（调整后）',
  actual: '决算 / 执行数',
  prior_year_actual: '上年决算',
  prior_year_budget: '上年预算',
  funds_received: '资金到位数',
  target: '目标值',
  none: '—',
} as const;
export type PhaseId = keyof typeof PHASES;
export const PHASE_IDS = Object.keys(PHASES) as [PhaseId, ...PhaseId[]];

/** Which money a figure covers (the funding scope of the table or sentence). */
export const SCOPES = {
  all: '全部资金',
  fiscal: '财政拨款',
  general_budget: '一般公共预算财政拨款',
  government_fund: '政府性基金预算财政拨款',
  state_capital: '国有资本经营预算财政拨款',
  social_insurance: '社会保险基金预算',
  unspecified: '未说明',
} as const;
export type ScopeId = keyof typeof SCOPES;
export const SCOPE_IDS = Object.keys(SCOPES) as [ScopeId, ...ScopeId[]];

/** Units accepted per value kind. 万元 and 元 are money; the rest are plain numbers. */
export const UNITS_BY_KIND: Record<ValueKind, readonly string[]> = {
  money: ['万元', '元'],
  percent: ['%'],
  count: [
    '人',
    '名',
    '辆',
    '个',
    '台（套）',
    '次',
    '条',
    '篇',
    '起',
    '件',
    '份',
    '期',
    '家',
    '项',
    '例',
    '人次',
    '余条',
    '余份',
    '余件',
    '余篇',
    '余次',
    '余人',
    '万余份',
    '万余条',
    '余万条',
    '余个',
  ],
  score: ['分'],
  text: ['文字'],
  area: ['平方米'],
};

/** Fact statuses. A withheld or empty figure is never a zero. */
export const FACT_STATUSES = {
  reported: '已公开',
  withheld: '涉密不予公开',
  empty: '本表无数据',
} as const;
export type FactStatus = keyof typeof FACT_STATUSES;
export const FACT_STATUS_IDS = Object.keys(FACT_STATUSES) as [FactStatus, ...FactStatus[]];
