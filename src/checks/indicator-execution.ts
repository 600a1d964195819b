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
import { ratioCheck } from './result';
import { readTables, parsePercentCell, indicatorName, type IndTable } from './indicator-table';

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
      const name = ind.row_kind === 'funding' ? '预算执行情况' : `“${indicatorName(ind)}”`;
      out.push(
        ratioCheck(ctx, {
          base: { check_id: `ind.execution@${ind.id}`, rule: 'indicator_execution', unit: '%', fact_ids: [ind.id, funding.of.id, funding.base.id] },
          heading,
          says: `${t.label}中${name}写实际执行率${stated.text}%`,
          stated,
          of: funding.of,
          over: funding.base,
          mode: 'ratio',
          how: (a, b) => `而执行数${a}除以预算数${b}`,
          zeroBase: () => '预算数为零，无法计算执行率',
        }),
      );
    }
  }
  return out;
}
