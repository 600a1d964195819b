/**
 * Rule `indicator_execution`: the 预算执行率 a performance table states as
 * achieved (the funding row's 执行率, or an indicator named 预算执行率 /
 * 执行进度) against the execution computed from the table's funding block
 * (执行数 ÷ 预算数).
 *
 * The funding figures are found, in order of preference:
 *   1. facts on the same lines as the indicator row: a stated execution rate
 *      with its operands, else the actual (执行数) and budget (全年预算数, else
 *      年初预算数) amounts;
 *   2. for a project table, the project's stated execution rate with its
 *      operands, else its actual and budget amounts (tables first).
 * The comparison is the rate rule's: exact ratio rounded to the stated
 * decimals, else propagated rounding of the amounts plus half a unit of the
 * stated percentage. Targets such as "≥98%" are not point values and are not
 * checked.
 */
import type { CheckResult, Fact, Indicator } from '../schema/normalized';
import { type Ctx, inOrder } from './context';
import { makeResult } from './result';
import { readTables, parsePercentCell, indicatorName, type IndTable } from './indicator-table';
import { compareRatio, operand } from './tolerance';
import { labelsFor, missingPhrase, ratioVerdict } from './messages';

const EXECUTION = /执行率|执行进度|支付进度/;

function isExecutionRow(ind: Indicator): boolean {
  if (ind.row_kind === 'funding') return true;
  if (ind.row_kind !== 'indicator') return false;
  return EXECUTION.test(`${ind.level1}${ind.level2}${ind.level3}`);
}

const lineRange = (x: { line: number; quote: string }): [number, number] => [x.line, x.line + x.quote.split('\n').length - 1];
const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] <= b[1] && b[0] <= a[1];

interface Funding {
  of: Fact;
  base: Fact;
}

function fromFacts(ctx: Ctx, facts: Fact[]): Funding | null {
  const ordered = [...inOrder(ctx, facts)].sort((a, b) => Number(!ctx.isTable(a)) - Number(!ctx.isTable(b)));
  const rate = ordered.find((f) => f.concept === 'execution_rate' && f.of && f.base && ctx.byId.has(f.of) && ctx.byId.has(f.base));
  if (rate) return { of: ctx.byId.get(rate.of!)!, base: ctx.byId.get(rate.base!)! };
  const money = ordered.filter((f) => f.value_kind === 'money' && !f.code);
  const actual = money.find((f) => f.phase === 'actual');
  const budget = money.find((f) => f.phase === 'adjusted_budget') ?? money.find((f) => f.phase === 'initial_budget');
  return actual && budget ? { of: actual, base: budget } : null;
}

function fundingFor(ctx: Ctx, ind: Indicator): Funding | null {
  const project = ind.scope === 'project' ? ind.project_id : null;
  const own = ctx.facts.filter((f) => (f.project_id ?? null) === project);
  const range = lineRange(ind);
  const sameRow = own.filter((f) => overlaps(lineRange(f), range));
  const found = sameRow.length ? fromFacts(ctx, sameRow) : null;
  if (found) return found;
  if (ind.scope === 'project' && project) return fromFacts(ctx, own);
  return null;
}

export function checkIndicatorExecution(ctx: Ctx, tables: IndTable[] = readTables(ctx)): CheckResult[] {
  const out: CheckResult[] = [];
  const heading = '绩效表中的预算执行率应与资金执行情况一致';
  for (const t of tables) {
    const rows = [...t.funding.map((r) => r.ind), ...t.rows.map((r) => r.ind)].filter(isExecutionRow);
    for (const ind of rows) {
      const stated = parsePercentCell(ind.actual);
      if (!stated) continue;
      const funding = fundingFor(ctx, ind);
      if (!funding) continue;
      const o = operand(funding.of);
      const b = operand(funding.base);
      const name = ind.row_kind === 'funding' ? '预算执行情况' : `“${indicatorName(ind)}”`;
      const says = `${t.label}中${name}写实际执行率${stated.text}%`;
      const base = { check_id: `ind.execution@${ind.id}`, rule: 'indicator_execution' as const, unit: '%', fact_ids: [ind.id, funding.of.id, funding.base.id] };
      if (o.value === null || b.value === null) {
        out.push(
          makeResult({
            ...base,
            status: 'not_applicable',
            stated: stated.text,
            computed: null,
            message: `${heading}：${says}，但${missingPhrase(ctx, [o, b])}，无法核对。`,
          }),
        );
        continue;
      }
      const labels = labelsFor(ctx, [funding.of, funding.base]);
      const cmp = compareRatio(stated.value, stated.decimals, o, b, 'ratio');
      if (!cmp) {
        out.push(
          makeResult({
            ...base,
            status: 'not_applicable',
            stated: stated.text,
            computed: null,
            message: `${heading}：${says}，但预算数为零，无法计算执行率。`,
          }),
        );
        continue;
      }
      const tail = ratioVerdict(cmp, stated.value, stated.decimals);
      out.push(
        makeResult({
          ...base,
          status: cmp.status,
          stated: stated.text,
          computed: cmp.computedText,
          message: `${heading}：${says}，而执行数${labels.get(funding.of.id)}除以预算数${labels.get(funding.base.id)}为${cmp.computedExact ? '' : '约'}${cmp.computedText}%，${tail}。`,
        }),
      );
    }
  }
  return out;
}
