/**
 * Fixture builders for the consistency-check tests: complete Fact, Indicator
 * and Project objects from a few fields.
 */
import { expect } from 'vitest';
import type { CheckResult, Fact, Indicator, Project } from '../../src/schema/normalized';
import { checkResultSchema } from '../../src/schema/normalized';
import { CONCEPTS, type ConceptId } from '../../src/core/concepts';
import { toFen, parseDecimal } from '../../src/core/decimal';
import { runChecks } from '../../src/checks';

let nextLine = 1;

const DEFAULT_UNIT: Record<string, string> = { money: '万元', percent: '%', count: '人', score: '分', text: '文字', area: '平方米' };

export type FactInit = Partial<Fact> & { id: string; concept: ConceptId };

/** A complete Fact. `value` null with status withheld/empty for gaps. */
export function fact(init: FactInit): Fact {
  const def = CONCEPTS[init.concept];
  const value = init.value === undefined ? '0' : init.value;
  const unit = init.unit ?? DEFAULT_UNIT[def.kind];
  const parsed = value !== null ? parseDecimal(value) : null;
  const money = def.kind === 'money' && value !== null ? toFen(value, unit) : null;
  const line = init.line ?? nextLine++;
  const published = init.published ?? value ?? '';
  return {
    id: init.id,
    concept: init.concept,
    concept_zh: init.concept_zh ?? def.zh,
    value_kind: init.value_kind ?? def.kind,
    phase: init.phase ?? 'actual',
    scope: init.scope ?? 'general_budget',
    code: init.code ?? null,
    code_system: init.code_system ?? (init.code ? 'functional' : null),
    code_name: init.code_name ?? null,
    item: init.item ?? def.zh,
    published,
    value,
    unit,
    decimals: init.decimals !== undefined ? init.decimals : parsed ? parsed.scale : null,
    fen: init.fen !== undefined ? init.fen : money && money.ok ? Number(money.fen) : null,
    status: init.status ?? 'reported',
    direction: init.direction ?? null,
    of: init.of ?? null,
    base: init.base ?? null,
    part_of: init.part_of ?? null,
    project_id: init.project_id ?? null,
    section: init.section ?? '',
    table: init.table ?? '',
    row: init.row ?? '',
    column: init.column ?? '',
    quote: init.quote ?? `${init.item ?? def.zh}${published}${unit}`,
    anchor: init.anchor ?? `q-${line}-0`,
    line,
    note: init.note ?? '',
  };
}

/**
 * A complete Fact written out field by field (reported 1.00 万元, no concept
 * defaults) with `over` on top: for view tests that pin the exact strings shown.
 */
export function literalFact(over: Partial<Fact>): Fact {
  return {
    id: 'x',
    concept: 'expenditure_total',
    concept_zh: '支出合计',
    value_kind: 'money',
    phase: 'actual',
    scope: 'all',
    code: null,
    code_system: null,
    code_name: null,
    item: '',
    published: '1.00',
    value: '1.00',
    unit: '万元',
    decimals: 2,
    fen: 1_000_000,
    status: 'reported',
    direction: null,
    of: null,
    base: null,
    part_of: null,
    project_id: null,
    section: '一、',
    table: '',
    row: '',
    column: '',
    quote: '',
    anchor: 'q-0-1',
    line: 1,
    note: '',
    ...over,
  };
}

export type IndicatorInit = Partial<Indicator> & { id: string };

export function indicator(init: IndicatorInit): Indicator {
  const line = init.line ?? nextLine++;
  return {
    id: init.id,
    scope: init.scope ?? 'department',
    project_id: init.project_id ?? null,
    row_kind: init.row_kind ?? 'indicator',
    level1: init.level1 ?? '',
    level2: init.level2 ?? '',
    level3: init.level3 ?? '',
    target: init.target ?? '',
    actual: init.actual ?? '',
    weight: init.weight ?? '',
    score: init.score ?? '',
    deviation_note: init.deviation_note ?? '',
    quote: init.quote ?? `${init.level1 ?? ''}\t${init.level3 ?? ''}\t${init.weight ?? ''}\t${init.score ?? ''}`,
    anchor: init.anchor ?? `q-${line}-0`,
    line,
    note: init.note ?? '',
  };
}

export function project(id: string, name: string): Project {
  const line = nextLine++;
  return { id, name, purpose: '', quote: name, anchor: `q-${line}-0`, line, note: '' };
}

/** Run every rule; every result must match the schema. */
export function run(facts: Fact[], indicators: Indicator[] = [], projects: Project[] = []): CheckResult[] {
  const results = runChecks({ facts, indicators, projects });
  for (const r of results) checkResultSchema.parse(r);
  expect(new Set(results.map((r) => r.check_id)).size).toBe(results.length);
  return results;
}

export const ofRule = (results: CheckResult[], rule: string): CheckResult[] => results.filter((r) => r.rule === rule);

/** The single result of a rule (fails the test when there is not exactly one). */
export function only(results: CheckResult[], rule: string): CheckResult {
  const rs = ofRule(results, rule);
  expect(
    rs.map((r) => r.check_id),
    `results of ${rule}`,
  ).toHaveLength(1);
  return rs[0];
}

/** A money fact in 万元 with the general-budget scope. */
export const wan = (id: string, concept: ConceptId, value: string | null, more: Partial<Fact> = {}): Fact => fact({ id, concept, value, ...more });

/** Amounts in 万元 stated in one sentence of `section` without a phase or funding scope (资产情况), each [id, concept, value]. */
export const inOneSentence = (section: string, ...figures: [string, ConceptId, string][]): Fact[] =>
  figures.map(([id, concept, value]) => wan(id, concept, value, { section, phase: 'none', scope: 'unspecified' }));

/** Messages are one plain-Chinese sentence ending with "。". */
export function expectOneSentence(r: CheckResult): void {
  expect(r.message.endsWith('。')).toBe(true);
  expect(r.message.slice(0, -1)).not.toMatch(/。/);
}
