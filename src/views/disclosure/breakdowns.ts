/**
 * Functional (支出功能分类) and economic (支出经济分类) breakdowns, where the
 * document has them: the amounts by classification code of one statement
 * (one concept, phase, funding scope and table — preferring actual spending,
 * the broadest scope and a published table),
 * charted at the most detailed level (codes with no sub-code stated).
 * Codes are matched by code, never by name.
 */
import { CONCEPTS, PHASES, SCOPES, type ConceptId, type ScopeId } from '../../core/concepts';
import type { Fact } from '../../schema/normalized';
import { fenToChartNumber, figureText } from '../../core/format';
import type { ChartRow } from '../../charts/table';
import { quoteHref } from '../../core/anchors';

const CONCEPT_ORDER: ConceptId[] = [
  'expenditure_total',
  'basic_expenditure',
  'project_expenditure',
  'personnel',
  'running_costs',
  'income_total',
  'fiscal_appropriation_income',
];
const SCOPE_ORDER: ScopeId[] = ['all', 'fiscal', 'general_budget', 'unspecified', 'government_fund', 'state_capital', 'social_insurance'];
const PHASE_ORDER = ['actual', 'adjusted_budget', 'initial_budget'];

export interface Breakdown {
  system: 'functional' | 'economic';
  /** e.g. "支出合计 · 决算 / 执行数 · 全部资金" */
  basis: string;
  table: string;
  rows: ChartRow[];
  /** All codes of the statement (parents too), for the data table. */
  all: Fact[];
}

function rank<T>(order: readonly T[], v: T): number {
  const i = order.indexOf(v);
  return i < 0 ? order.length : i;
}

export function isLeaf(code: string, codes: readonly string[]): boolean {
  return !codes.some((c) => c !== code && c.startsWith(code));
}

export function classificationBreakdown(facts: Fact[], system: 'functional' | 'economic'): Breakdown | null {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.code_system !== system || !f.code || f.project_id || f.status !== 'reported' || f.fen === null) continue;
    const key = `${f.concept}|${f.phase}|${f.scope}|${f.table}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  if (groups.size === 0) return null;
  const best = [...groups.values()].sort((a, b) => {
    const fa = a[0];
    const fb = b[0];
    return (
      rank(PHASE_ORDER, fa.phase) - rank(PHASE_ORDER, fb.phase) ||
      rank(CONCEPT_ORDER, fa.concept) - rank(CONCEPT_ORDER, fb.concept) ||
      rank(SCOPE_ORDER, fa.scope) - rank(SCOPE_ORDER, fb.scope) ||
      Number(!fa.table) - Number(!fb.table) ||
      b.length - a.length ||
      fa.line - fb.line
    );
  })[0];
  // One figure per code (the first stated), in code order.
  const byCode = new Map<string, Fact>();
  for (const f of [...best].sort((a, b) => a.line - b.line)) if (!byCode.has(f.code!)) byCode.set(f.code!, f);
  const all = [...byCode.values()].sort((a, b) => a.code!.localeCompare(b.code!));
  const codes = all.map((f) => f.code!);
  const leaves = all.filter((f) => isLeaf(f.code!, codes));
  const f0 = best[0];
  return {
    system,
    basis: `${CONCEPTS[f0.concept].zh} · ${PHASES[f0.phase]} · ${SCOPES[f0.scope]}`,
    table: f0.table,
    all,
    rows: leaves.map((f) => ({
      key: f.id,
      label: `${f.code} ${f.code_name ?? f.item}`,
      value: fenToChartNumber(f.fen!),
      display: figureText(f),
      href: quoteHref(f.anchor),
    })),
  };
}
