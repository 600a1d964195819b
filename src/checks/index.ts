/**
 * Consistency checks: where a disclosure's own figures disagree.
 *
 * `runChecks` is a pure function of one disclosure's normalized facts,
 * indicators and projects. It runs every rule (one per module, see RULES)
 * and returns the results in a stable order: by rule, then in document
 * order. Check ids are unique within a disclosure.
 *
 * Statuses: `pass` (the figures agree exactly), `rounding` (they differ by no
 * more than the published precision explains; see tolerance.ts), `fail` (a
 * real contradiction), `not_applicable` (an operand is withheld, empty or
 * missing; a withheld amount is never read as zero).
 */
import type { CheckResult, Fact, Indicator, Project } from '../schema/normalized';
import { buildContext } from './context';
import { checkClassificationTree, checkEconomicSplit } from './classification-tree';
import { checkSumParts } from './sum-parts';
import { checkProjectList } from './project-list';
import { checkNamedParts } from './named-parts';
import { checkSameQuantity } from './same-quantity';
import { checkRates } from './rates';
import { checkChanges } from './changes';
import { readTables } from './indicator-table';
import { checkIndicatorWeights } from './indicator-weights';
import { checkIndicatorScoreCap } from './indicator-score-cap';
import { checkIndicatorTotalScore } from './indicator-total-score';
import { checkIndicatorExecution } from './indicator-execution';
import { checkStatements } from './statements';
import { checkStandardTables } from './standard-tables';
import { checkRequiredSections } from './required-sections';
import { checkClassificationDepth } from './classification-depth';
import { checkEvaluationParts } from './evaluation-parts';
import type { DocumentInput } from './document';

export { RULES, RULE_IDS, METHOD_NOTES, STRUCTURAL_RULES, isStructuralRule, type RuleId, type RuleDoc } from './rules';
export type { DocumentInput } from './document';
export { SUM_TEMPLATES } from './sum-parts';
export type { CheckStatus } from './tolerance';

/**
 * With `document` (the kind, source text and narrative), the structural rules
 * run too: what the document contains, as its kind requires.
 */
export function runChecks(input: { facts: Fact[]; indicators: Indicator[]; projects: Project[]; document?: DocumentInput }): CheckResult[] {
  const ctx = buildContext(input);
  const tables = readTables(ctx);
  const results: CheckResult[] = [
    ...checkClassificationTree(ctx),
    ...checkEconomicSplit(ctx),
    // Sum templates and the project list run before named parts: links they
    // have checked are not reported again.
    ...checkSumParts(ctx),
    ...checkProjectList(ctx),
    ...checkNamedParts(ctx),
    ...checkSameQuantity(ctx),
    ...checkRates(ctx),
    ...checkChanges(ctx),
    ...checkIndicatorWeights(ctx, tables),
    ...checkIndicatorScoreCap(ctx, tables),
    ...checkIndicatorTotalScore(ctx, tables),
    ...checkIndicatorExecution(ctx, tables),
    ...checkStatements(ctx),
    ...(input.document ? structuralChecks(ctx, input.document, tables) : []),
  ];
  // Unique ids: a repeated id (two checks of one figure) gets "#2", "#3" ….
  const seen = new Map<string, number>();
  for (const r of results) {
    const n = (seen.get(r.check_id) ?? 0) + 1;
    seen.set(r.check_id, n);
    if (n > 1) r.check_id = `${r.check_id}#${n}`;
  }
  return results;
}

function structuralChecks(ctx: ReturnType<typeof buildContext>, doc: DocumentInput, tables: ReturnType<typeof readTables>): CheckResult[] {
  return [
    ...checkStandardTables(ctx, doc),
    ...checkRequiredSections(ctx, doc),
    ...checkClassificationDepth(ctx, doc),
    ...checkEvaluationParts(ctx, doc, tables),
  ];
}

/** Counts per status, as in the disclosure summary. */
export function summarizeChecks(results: readonly CheckResult[]): { total: number; pass: number; rounding: number; fail: number; not_applicable: number } {
  const s = { total: results.length, pass: 0, rounding: 0, fail: 0, not_applicable: 0 };
  for (const r of results) s[r.status]++;
  return s;
}
