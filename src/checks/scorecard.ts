/**
 * The transparency scorecard of one disclosure: criteria in six weighted
 * groups, each met / partly met / not met / not applicable, with the evidence
 * it rests on (check results, source places). A criterion the document's kind
 * does not require is not applicable, never failed; a group with no
 * applicable criterion drops out and the others' weights are rescaled.
 *
 * Score = Σ weight × group value ÷ Σ weight of the applicable groups × 100,
 * where a group's value is the mean of its criteria (met 1, partly ½, not
 * met 0). Exact fractions; the score is shown rounded half-up to one decimal,
 * the grade is read from the exact score.
 */
import { KIND_REPORT, type DisclosureKind } from '../core/disclosure-id';
import type { CheckResult, DisclosureSummary, Fact, NarrativeEntry, ScorecardCriterion, ScorecardSummary } from '../schema/normalized';
import { SCORE_STATUSES } from '../schema/normalized';
import { type Rat, add, cmp, div, mul, rat, sum, toFixed, ZERO } from '../core/rational';
import { isStructuralRule } from './rules';

export const SCORE_GROUPS = {
  tables: { zh: '公开表完整性', weight: '0.35' },
  structure: { zh: '说明与细化程度', weight: '0.15' },
  three_public: { zh: '“三公”经费明细', weight: '0.15' },
  performance: { zh: '绩效信息', weight: '0.10' },
  timeliness: { zh: '及时性', weight: '0.10' },
  consistency: { zh: '内部一致性', weight: '0.10' },
} as const;
export type ScoreGroup = keyof typeof SCORE_GROUPS;

/** Grade thresholds on the exact score (0–100), highest first. */
export const GRADE_FLOORS = [
  { grade: 'A', floor: 90 },
  { grade: 'B', floor: 80 },
  { grade: 'C', floor: 60 },
  { grade: 'D', floor: 0 },
] as const;

type Status = ScorecardCriterion['status'];

export interface ScorecardInput {
  kind: DisclosureKind;
  year: number;
  dates: DisclosureSummary['dates'];
  facts: Fact[];
  narrative: NarrativeEntry[];
  checks: CheckResult[];
}

interface Judged {
  status: Status;
  evidence: string;
  check_ids?: string[];
  refs?: ScorecardCriterion['refs'];
}

interface CriterionSpec {
  id: string;
  group: ScoreGroup;
  zh: string;
  /** How it is judged, for the methodology page. */
  how: string;
  /** Kinds that must meet it; for others it is not applicable. */
  kinds: readonly DisclosureKind[];
  judge: (x: ScorecardInput) => Judged;
}

const FA = ['final-accounts'] as const;
const SE = ['performance-self-evaluation'] as const;
const ALL = ['final-accounts', 'performance-self-evaluation'] as const;

/** Met when every part is there, partly when some are, not met when none. */
export function byShare(found: number, required: number): Status {
  if (required > 0 && found >= required) return 'met';
  return found > 0 ? 'partly' : 'not_met';
}

/** Consistency: met with no failure, partly while at least half agree, not met otherwise; n/a when nothing could be compared. */
export function byAgreement(results: readonly CheckResult[]): Status {
  const ran = results.filter((r) => r.status !== 'not_applicable');
  if (!ran.length) return 'not_applicable';
  const fails = ran.filter((r) => r.status === 'fail').length;
  if (fails === 0) return 'met';
  return 2 * (ran.length - fails) >= ran.length ? 'partly' : 'not_met';
}

const ofRule = (x: ScorecardInput, rule: string, prefix = '') => x.checks.filter((c) => c.rule === rule && c.check_id.startsWith(prefix));
const refsOf = (x: ScorecardInput, ids: readonly string[], max = 3): ScorecardCriterion['refs'] => {
  const byId = new Map(x.facts.map((f) => [f.id, f]));
  return ids.flatMap((id) => (byId.get(id) ? [{ label: byId.get(id)!.item || byId.get(id)!.concept_zh, anchor: byId.get(id)!.anchor }] : [])).slice(0, max);
};
const n = (s: string | null) => Number(s ?? 0);

/** The results that could be checked, and those of them that failed. */
function ranAndFailed(r: readonly CheckResult[]): { ran: CheckResult[]; fails: CheckResult[] } {
  const ran = r.filter((c) => c.status !== 'not_applicable');
  return { ran, fails: ran.filter((c) => c.status === 'fail') };
}

/** A criterion judged from check results: their ids, and the first operand of each of `cited` (default: all of them) as references. */
function fromChecks(x: ScorecardInput, status: Status, evidence: string, checks: readonly CheckResult[], cited: readonly CheckResult[] = checks): Judged {
  return {
    status,
    evidence,
    check_ids: checks.map((c) => c.check_id),
    refs: refsOf(
      x,
      cited.flatMap((c) => c.fact_ids.slice(0, 1)),
    ),
  };
}

/** A criterion over structural results that count parts (stated of computed). */
function fromParts(x: ScorecardInput, results: CheckResult[], what: string): Judged {
  if (!results.length) return { status: 'not_applicable', evidence: `没有${what}的核验结果。` };
  const found = results.reduce((t, r) => t + n(r.stated), 0);
  const required = results.reduce((t, r) => t + n(r.computed), 0);
  const missing = results.filter((r) => r.status === 'fail');
  const ids = results.flatMap((r) => r.fact_ids);
  return {
    status: required === 0 ? 'not_met' : byShare(found, required),
    evidence: missing.length ? missing.map((r) => r.message).join(' ') : results.length === 1 ? results[0].message : `${what}：${found}项应有内容全部写出。`,
    check_ids: results.map((r) => r.check_id),
    refs: refsOf(x, ids),
  };
}

const THREE_PUBLIC_ITEMS = [
  { zh: '因公出国（境）费', concepts: ['three_public_overseas'] },
  { zh: '公务用车购置及运行维护费', concepts: ['three_public_vehicles', 'vehicle_purchase', 'vehicle_operation'] },
  { zh: '公务接待费', concepts: ['official_reception'] },
] as const;
const BUDGET_PHASES = new Set<Fact['phase']>(['initial_budget', 'adjusted_budget']);

export const CRITERIA: readonly CriterionSpec[] = [
  {
    id: 'tables.present',
    group: 'tables',
    zh: '九张公开表（公开01–09表）齐全',
    how: '按“部门决算九张公开表齐全”的核验：九张表都在为符合，缺一部分为部分符合，一张都找不到为不符合。',
    kinds: FA,
    judge: (x) =>
      fromParts(
        x,
        ofRule(x, 'standard_tables').filter((r) => !r.check_id.endsWith('.empty')),
        '公开表',
      ),
  },
  {
    id: 'tables.empty_statements',
    group: 'tables',
    zh: '空表附有说明',
    how: '没有任何数字的公开表，表下应说明原因（如“本表无数据”）：都有说明为符合，部分有为部分符合，都没有为不符合；没有空表时不适用。',
    kinds: FA,
    judge: (x) => {
      const r = ofRule(x, 'standard_tables').filter((c) => c.check_id.endsWith('.empty'));
      return r.length ? fromParts(x, r, '空表说明') : { status: 'not_applicable', evidence: '公开表都有数据，没有需要说明的空表。' };
    },
  },
  {
    id: 'structure.sections',
    group: 'structure',
    zh: '情况说明包括规定的各部分',
    how: '按“部门决算情况说明齐全”的核验，把各部分的必要内容（含“三公”增减原因、政府采购分类和中小企业占比）合起来数：全部写出为符合，写出一部分为部分符合，都没有为不符合。',
    kinds: FA,
    judge: (x) => fromParts(x, ofRule(x, 'required_sections'), '情况说明'),
  },
  {
    id: 'structure.classification',
    group: 'structure',
    zh: '功能分类细化到项、经济分类细化到款',
    how: '功能分类细化到项（7位）、经济分类细化到款（5位）：两项都做到为符合，做到一项为部分符合。',
    kinds: FA,
    judge: (x) => {
      const r = ofRule(x, 'classification_depth');
      const ok = r.filter((c) => c.status === 'pass').length;
      return fromChecks(x, byShare(ok, r.length), r.map((c) => c.message).join(' '), r);
    },
  },
  {
    id: 'structure.machine_readable',
    group: 'structure',
    zh: '表格以可复制的文字公开（非图片）',
    how: '从表格录入的数字，原文是否是按单元格分开、可以复制的文字（而不是图片或扫描件）：全部是为符合，部分是为部分符合；没有从表格录入数字时不适用。',
    kinds: ALL,
    judge: (x) => {
      // An empty table's statement is prose, not a cell.
      const cells = x.facts.filter((f) => f.table.trim() !== '' && f.status !== 'empty');
      if (!cells.length) return { status: 'not_applicable', evidence: '整理时没有从表格录入数字，无从判断表格是否可读。' };
      const text = cells.filter((f) => f.quote.includes('\t'));
      const status = byShare(text.length, cells.length);
      return {
        status,
        evidence: `从表格录入的${cells.length}个数字中，${text.length}个的原文是按单元格分开的文字（可复制、可机读）。`,
        refs: refsOf(
          x,
          text.map((f) => f.id),
          1,
        ),
      };
    },
  },
  {
    id: 'three_public.items',
    group: 'three_public',
    zh: '“三公”经费分项列出预算数和决算数',
    how: '因公出国（境）费、公务用车购置及运行维护费、公务接待费各自的预算数和决算数，共六项：全部写出为符合，写出一部分为部分符合。',
    kinds: FA,
    judge: (x) => {
      const slots = THREE_PUBLIC_ITEMS.flatMap((it) =>
        [true, false].map((budget) => ({
          name: `${it.zh}${budget ? '预算数' : '决算数'}`,
          facts: x.facts.filter(
            (f) =>
              (it.concepts as readonly string[]).includes(f.concept) &&
              (budget ? BUDGET_PHASES.has(f.phase) : f.phase === 'actual') &&
              (f.value !== null || f.status === 'withheld'),
          ),
        })),
      );
      const found = slots.filter((s) => s.facts.length);
      const missing = slots.filter((s) => !s.facts.length);
      return {
        status: byShare(found.length, slots.length),
        evidence: missing.length
          ? `文件没有写出${missing.map((s) => s.name).join('、')}。`
          : `因公出国（境）费、公务用车购置及运行维护费、公务接待费的预算数和决算数都已写出。`,
        refs: refsOf(
          x,
          found.map((s) => s.facts[0].id),
        ),
      };
    },
  },
  {
    id: 'three_public.reasons',
    group: 'three_public',
    zh: '说明“三公”经费增减变化的原因',
    how: '“三公”经费说明中写出增减变化（或与预算一致）的原因为符合；有说明而没有原因为部分符合；没有这一部分为不符合。',
    kinds: FA,
    judge: (x) => fromParts(x, ofRule(x, 'required_sections', 'structure.section.three_public'), '“三公”经费说明'),
  },
  {
    id: 'three_public.activity',
    group: 'three_public',
    zh: '写明出国（境）团组、人次和公务用车保有量',
    how: '因公出国（境）团组数、人次和公务用车保有量三项：全部写出为符合，写出一部分为部分符合。',
    kinds: FA,
    judge: (x) => {
      const slots = [
        { zh: '因公出国（境）团组数', c: 'overseas_groups' },
        { zh: '因公出国（境）人次', c: 'overseas_person_trips' },
        { zh: '公务用车保有量', c: 'vehicles' },
      ].map((s) => ({ ...s, facts: x.facts.filter((f) => f.concept === s.c && f.value !== null) }));
      const found = slots.filter((s) => s.facts.length);
      const missing = slots.filter((s) => !s.facts.length);
      return {
        status: byShare(found.length, slots.length),
        evidence: missing.length ? `文件没有写出${missing.map((s) => s.zh).join('、')}。` : '团组数、人次和公务用车保有量都已写出。',
        refs: refsOf(
          x,
          found.map((s) => s.facts[0].id),
        ),
      };
    },
  },
  {
    id: 'performance.section',
    group: 'performance',
    zh: '说明预算绩效情况',
    how: '部门决算说明中有预算绩效情况一部分为符合，没有为不符合。',
    kinds: FA,
    judge: (x) => fromParts(x, ofRule(x, 'required_sections', 'structure.section.performance'), '预算绩效情况说明'),
  },
  {
    id: 'performance.funding',
    group: 'performance',
    zh: '写出资金情况（年初预算、全年预算、执行数、执行率）',
    how: '年初预算数、全年预算数、执行数、执行率四项：全部写出为符合，写出一部分为部分符合。',
    kinds: SE,
    judge: (x) => fromParts(x, ofRule(x, 'evaluation_parts', 'structure.evaluation.funding'), '资金情况'),
  },
  {
    id: 'performance.indicators',
    group: 'performance',
    zh: '绩效指标表列明分值和得分',
    how: '有绩效指标表、每个指标都有得分且分值写在指标行或所属一级指标上为符合；部分指标缺分值或得分为部分符合；没有指标表为不符合。',
    kinds: SE,
    judge: (x) => {
      const r = ofRule(x, 'evaluation_parts', 'structure.evaluation.indicators');
      const j = fromParts(x, r, '绩效指标表');
      return { ...j, refs: [] };
    },
  },
  {
    id: 'performance.result',
    group: 'performance',
    zh: '写明自评总分和等级',
    how: '自评总分和评价等级：都写明为符合，写明一项为部分符合。',
    kinds: SE,
    judge: (x) => fromParts(x, ofRule(x, 'evaluation_parts', 'structure.evaluation.result'), '自评结果'),
  },
  {
    id: 'performance.problems',
    group: 'performance',
    zh: '写明存在的问题和改进措施',
    how: '存在的问题和改进措施：都写明为符合，写明一项为部分符合。',
    kinds: SE,
    judge: (x) => {
      const j = fromParts(x, ofRule(x, 'evaluation_parts', 'structure.evaluation.problems_measures'), '问题和措施');
      const refs = x.narrative
        .filter((e) => e.kind === 'problems' || e.kind === 'measures')
        .slice(0, 2)
        .map((e) => ({ label: e.title, anchor: e.anchor }));
      return { ...j, refs };
    },
  },
  {
    id: 'timeliness.dated',
    group: 'timeliness',
    zh: '在年度终了后一年内填报或公开',
    how: '文件写明的填报日期或公开日期（取最早的一个）在年度终了后的下一年内为符合，更晚为不符合；文件没有写明带年份的日期时不适用（只写月日的也不适用）。',
    kinds: ALL,
    judge: (x) => {
      const dated = x.dates.filter((d) => (d.type === 'report_date' || d.type === 'planned_publication') && /^\d{4}/.test(d.value));
      if (!dated.length) {
        const partial = x.dates.find((d) => d.type === 'report_date' || d.type === 'planned_publication');
        return {
          status: 'not_applicable',
          evidence: partial ? `文件只写了“${partial.quote}”，没有年份，无法判断是否及时。` : '文件没有写明填报或公开日期，无法判断是否及时。',
          refs: partial ? [{ label: partial.quote, anchor: partial.anchor }] : [],
        };
      }
      const first = [...dated].sort((a, b) => a.value.localeCompare(b.value))[0];
      const year = Number(first.value.slice(0, 4));
      const ok = year <= x.year + 1;
      return {
        status: ok ? 'met' : 'not_met',
        evidence: `文件写明“${first.quote}”（${first.value}），${ok ? `在${x.year}年度终了后一年内` : `晚于${x.year + 1}年`}。`,
        refs: [{ label: first.quote, anchor: first.anchor }],
      };
    },
  },
  {
    id: 'consistency.figures',
    group: 'consistency',
    zh: '各处数字相互一致',
    how: '全部数字核验（不含结构和文字表述的核验）：没有不一致为符合；有不一致，但至少一半一致（含尾数差异）为部分符合；不到一半为不符合；没有可核对的数字时不适用。',
    kinds: ALL,
    judge: (x) => {
      const r = x.checks.filter((c) => !isStructuralRule(c.rule) && c.rule !== 'statement');
      const status = byAgreement(r);
      const { ran, fails } = ranAndFailed(r);
      const evidence = ran.length
        ? `${ran.length}项数字核验中，不一致${fails.length}项${fails.length ? `（见数据核验），${fails.length > 1 ? '其中第一项：' : '即：'}${fails[0].message}` : '。'}`
        : '没有可以相互核对的数字。';
      return fromChecks(x, status, evidence, fails);
    },
  },
  {
    id: 'consistency.statements',
    group: 'consistency',
    zh: '文字表述与数字相符',
    how: '用文字作出的比较（如“决算数等于年初预算数”）与所比较的数字：都相符为符合；有不符，但至少一半相符为部分符合；不到一半为不符合；没有这类表述时不适用。',
    kinds: ALL,
    judge: (x) => {
      const r = ofRule(x, 'statement');
      const { ran, fails } = ranAndFailed(r);
      if (!ran.length) return { status: 'not_applicable', evidence: '整理的数据中没有用文字比较数字的表述。' };
      const evidence = `${ran.length}处用文字比较数字的表述中，与数字不符${fails.length}处${fails.length ? `：${fails.map((c) => c.message).join(' ')}` : '。'}`;
      return fromChecks(x, byAgreement(r), evidence, ran, fails.length ? fails : ran);
    },
  },
];

const VALUE: Record<Exclude<Status, 'not_applicable'>, Rat> = { met: rat(1n), partly: rat(1n, 2n), not_met: ZERO };
const VALUE_TEXT: Record<Status, string | null> = { met: '1', partly: '0.5', not_met: '0', not_applicable: null };

export function scorecardCriteria(x: ScorecardInput): ScorecardCriterion[] {
  return CRITERIA.map((c) => {
    const j: Judged = (c.kinds as readonly string[]).includes(x.kind)
      ? c.judge(x)
      : { status: 'not_applicable', evidence: `${KIND_REPORT[x.kind]}不要求此项，不计分。` };
    return {
      criterion: c.id,
      criterion_zh: c.zh,
      group: c.group,
      group_zh: SCORE_GROUPS[c.group].zh,
      status: j.status,
      value: VALUE_TEXT[j.status],
      evidence: j.evidence,
      check_ids: j.check_ids ?? [],
      refs: j.refs ?? [],
    };
  });
}

const weightOf = (g: ScoreGroup): Rat => {
  const [i, f] = SCORE_GROUPS[g].weight.split('.');
  return rat(BigInt(i + f), 10n ** BigInt(f.length));
};

/** The exact score (0–100) of a set of criteria, or null when none applies. */
export function exactScore(criteria: readonly ScorecardCriterion[]): Rat | null {
  let weights = ZERO;
  let total = ZERO;
  for (const g of Object.keys(SCORE_GROUPS) as ScoreGroup[]) {
    const applicable = criteria.filter((c) => c.group === g && c.status !== 'not_applicable');
    if (!applicable.length) continue;
    const mean = div(sum(applicable.map((c) => VALUE[c.status as Exclude<Status, 'not_applicable'>])), rat(BigInt(applicable.length)));
    weights = add(weights, weightOf(g));
    total = add(total, mul(weightOf(g), mean));
  }
  return weights.n === 0n ? null : mul(div(total, weights), rat(100n));
}

export function gradeOf(score: Rat): (typeof GRADE_FLOORS)[number]['grade'] {
  return GRADE_FLOORS.find((g) => cmp(score, rat(BigInt(g.floor))) >= 0)!.grade;
}

export function summarizeScorecard(criteria: readonly ScorecardCriterion[]): ScorecardSummary {
  const score = exactScore(criteria);
  const count = (s: Status) => criteria.filter((c) => c.status === s).length;
  return {
    score: score ? toFixed(score, 1) : null,
    grade: score ? gradeOf(score) : null,
    met: count('met'),
    partly: count('partly'),
    not_met: count('not_met'),
    not_applicable: count('not_applicable'),
  };
}

export const SCORE_STATUS_ZH = SCORE_STATUSES;
