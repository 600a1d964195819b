/**
 * Rule `evaluation_parts` (绩效自评报告 only): the report states its funding
 * block (年初预算数, 全年预算数, 执行数, 执行率), has indicator tables whose
 * rows carry a weight and a score, states its total score and grade, and says
 * what the problems are and how they will be addressed. Judged from the
 * curated figures, indicator rows and narrative sections. One result per
 * element: stated = parts found of computed = parts required.
 */
import type { CheckResult, Fact, Indicator } from '../schema/normalized';
import type { ConceptId } from '../core/concepts';
import type { Ctx } from './context';
import type { DocumentInput } from './document';
import type { IndTable } from './indicator-table';
import { joinZh } from './messages';
import { makeResult } from './result';

/** Amounts that can make up a funding block. */
const FUNDING_CONCEPTS = new Set<ConceptId>(['expenditure_total', 'project_expenditure', 'project_amount', 'basic_expenditure', 'evaluation_funds']);

interface Part {
  zh: string;
  facts: Fact[];
  indicators?: Indicator[];
  narrative?: boolean;
}

const stated = (f: Fact) => f.value !== null || f.status === 'withheld';

function result(
  id: string,
  heading: string,
  parts: Part[],
  extra?: { status: 'pass' | 'fail'; stated: string; computed: string; unit: string; message: string },
): CheckResult {
  const found = parts.filter((p) => p.facts.length || p.indicators?.length || p.narrative);
  const missing = parts.filter((p) => !found.includes(p));
  const fact_ids = [...new Set(found.flatMap((p) => [...p.facts.slice(0, 1).map((f) => f.id), ...(p.indicators ?? []).slice(0, 1).map((i) => i.id)]))];
  const base = { check_id: `structure.evaluation.${id}`, rule: 'evaluation_parts' as const, fact_ids };
  if (extra) return makeResult({ ...base, ...extra });
  return makeResult({
    ...base,
    status: missing.length ? 'fail' : 'pass',
    stated: String(found.length),
    computed: String(parts.length),
    unit: '项',
    message: missing.length
      ? `${heading}：${found.length ? `文件写出了${joinZh(found.map((p) => p.zh))}，但` : ''}没有写出${joinZh(missing.map((p) => p.zh))}。`
      : `${heading}：文件写出了${joinZh(found.map((p) => p.zh))}。`,
  });
}

export function checkEvaluationParts(ctx: Ctx, doc: DocumentInput, tables: readonly IndTable[]): CheckResult[] {
  if (doc.kind !== 'performance-self-evaluation') return [];
  const money = (phase: Fact['phase']) => ctx.facts.filter((f) => FUNDING_CONCEPTS.has(f.concept) && f.phase === phase && stated(f));
  const fundingRows = ctx.indicators.filter((i) => i.row_kind === 'funding');
  const rates = ctx.facts.filter((f) => f.concept === 'execution_rate' && stated(f));
  const funding = result('funding', '绩效自评报告应写出资金情况', [
    { zh: '年初预算数', facts: money('initial_budget') },
    { zh: '全年预算数', facts: money('adjusted_budget') },
    { zh: '执行数', facts: money('actual') },
    { zh: '执行率', facts: rates, indicators: fundingRows.filter((i) => i.actual.trim() !== '') },
  ]);

  // Template rows left blank are not indicators; a weight may be stated for the whole 一级指标 (产出指标（40）).
  const rows = ctx.indicators.filter((i) => i.row_kind === 'indicator' && [i.level3, i.target, i.actual, i.weight, i.score].some((v) => v.trim() !== ''));
  const complete = tables.flatMap((t) => t.rows.filter((r) => r.score && (r.weight || t.sections.get(r.section)?.weight)).map((r) => r.ind));
  const tableHeading = '绩效自评报告应附绩效指标表，每个指标写明分值和得分';
  const shown = (complete.length ? complete : rows).slice(0, 3).map((i) => i.id);
  const indicators = result('indicators', tableHeading, [], {
    status: rows.length > 0 && complete.length >= rows.length ? 'pass' : 'fail',
    stated: String(complete.length),
    computed: String(rows.length),
    unit: '行',
    message: !rows.length
      ? `${tableHeading}：文件中没有绩效指标表。`
      : complete.length === rows.length
        ? `${tableHeading}：${rows.length}个指标都写明了得分，分值写在指标行或所属一级指标上。`
        : `${tableHeading}：${rows.length}个指标中${rows.length - complete.length}个没有写明得分或分值。`,
  });
  indicators.fact_ids = shown;

  const totals = ctx.indicators.filter((i) => i.row_kind === 'total' && i.score.trim() !== '');
  const outcome = result('result', '绩效自评报告应写明自评总分和评价等级', [
    { zh: '自评总分', facts: ctx.facts.filter((f) => f.concept === 'evaluation_total_score' && stated(f)), indicators: totals },
    { zh: '评价等级', facts: ctx.facts.filter((f) => f.concept === 'evaluation_grade' && stated(f)) },
  ]);

  const has = (kind: string) => doc.narrative.some((n) => n.kind === kind);
  const problems = result('problems_measures', '绩效自评报告应写明存在的问题和改进措施', [
    { zh: '存在的问题', facts: [], narrative: has('problems') },
    { zh: '改进措施', facts: [], narrative: has('measures') },
  ]);
  return [funding, indicators, outcome, problems];
}
