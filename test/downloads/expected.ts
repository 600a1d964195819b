/**
 * What each CSV record must say, written straight from the normalized
 * entries (independently of src/downloads/rows.ts): the round-trip tests
 * parse the CSV with papaparse and compare field by field.
 */
import { fenToYuan } from '../../src/lib/decimal';
import type { CountyEntry, DisclosureDetails, DisclosureSummary, Fact, KeyFigure } from '../../src/schema/normalized';

const s = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const yuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '' : fenToYuan(fen));
const plainNumber = (v: string | null): string => (v !== null && /^-?\d+(\.\d+)?$/.test(v) ? v : '');

export function expectedDisclosure(d: DisclosureSummary): Record<string, string> {
  const k = (id: string): KeyFigure | null => (d.key as Record<string, KeyFigure | null>)[id] ?? null;
  return {
    disclosure_id: d.id,
    county_code: d.county_code,
    county_name: d.county_name,
    county_short_name: d.county_short_name,
    prefecture: d.prefecture,
    prefecture_code: d.prefecture_code,
    province: d.province,
    province_code: d.province_code,
    department_type: d.department_type,
    department_type_name: d.department_type_name,
    department_name: d.department_name,
    department_short_name: d.department_short_name,
    year: String(d.year),
    kind: d.kind,
    kind_zh: d.kind_zh,
    title: d.title,
    issuer: d.issuer,
    report_date: s(d.dates.find((x) => x.type === 'report_date')?.value),
    source_file: d.source_file,
    source_url: s(d.source_url),
    fact_count: String(d.counts.facts),
    project_count: String(d.counts.projects),
    indicator_count: String(d.counts.indicators),
    narrative_count: String(d.counts.narrative),
    withheld_count: String(d.counts.withheld),
    expenditure_total_yuan: yuan(k('expenditure_total')?.fen),
    basic_expenditure_yuan: yuan(k('basic_expenditure')?.fen),
    personnel_yuan: yuan(k('personnel')?.fen),
    running_costs_yuan: yuan(k('running_costs')?.fen),
    project_expenditure_yuan: yuan(k('project_expenditure')?.fen),
    project_withheld_yuan: yuan(k('project_withheld')?.fen),
    three_public_budget_yuan: yuan(k('three_public_budget')?.fen),
    three_public_actual_yuan: yuan(k('three_public_actual')?.fen),
    three_public_overseas_yuan: yuan(k('three_public_overseas')?.fen),
    three_public_vehicles_yuan: yuan(k('three_public_vehicles')?.fen),
    official_reception_yuan: yuan(k('official_reception')?.fen),
    budget_initial_yuan: yuan(k('budget_initial')?.fen),
    budget_adjusted_yuan: yuan(k('budget_adjusted')?.fen),
    staff_authorised: plainNumber(k('staff_authorised')?.value ?? null),
    staff_actual: plainNumber(k('staff_actual')?.value ?? null),
    evaluation_total_score: plainNumber(k('evaluation_total_score')?.value ?? null),
    evaluation_grade: s(k('evaluation_grade')?.value),
    checks_total: String(d.checks.total),
    checks_pass: String(d.checks.pass),
    checks_rounding: String(d.checks.rounding),
    checks_fail: String(d.checks.fail),
    checks_not_applicable: String(d.checks.not_applicable),
    transparency_score: s(d.scorecard.score),
    transparency_grade: s(d.scorecard.grade),
  };
}

export function expectedFact(id: string, f: Fact): Record<string, string> {
  return {
    disclosure_id: id,
    fact_id: f.id,
    section: f.section,
    table: f.table,
    row: f.row,
    column: f.column,
    concept: f.concept,
    concept_zh: f.concept_zh,
    value_kind: f.value_kind,
    phase: f.phase,
    scope: f.scope,
    classification: s(f.code_system),
    code: s(f.code),
    code_name: s(f.code_name),
    item: f.item,
    amount_yuan: yuan(f.fen),
    published_value: f.published,
    published_unit: f.unit,
    value_number: f.value_kind === 'text' ? '' : s(f.value),
    decimals: s(f.decimals),
    status: f.status,
    direction: s(f.direction),
    of: s(f.of),
    base: s(f.base),
    part_of: s(f.part_of),
    project_id: s(f.project_id),
    quote: f.quote,
    anchor: f.anchor,
    source_line: String(f.line),
    note: f.note,
  };
}

export function expectedProjects(d: DisclosureDetails): Record<string, string>[] {
  return d.projects.map((p) => ({ disclosure_id: d.id, project_id: p.id, name: p.name, purpose: p.purpose, quote: p.quote, anchor: p.anchor, source_line: String(p.line), note: p.note }));
}

const numberOrEmpty = (v: string) => (/^-?\d+(\.\d+)?$/.test(v.trim()) ? v.trim() : '');

export function expectedIndicators(d: DisclosureDetails): Record<string, string>[] {
  return d.indicators.map((i) => ({
    disclosure_id: d.id,
    indicator_id: i.id,
    scope: i.scope,
    project_id: s(i.project_id),
    row_kind: i.row_kind,
    level1: i.level1,
    level2: i.level2,
    level3: i.level3,
    target: i.target,
    actual: i.actual,
    weight: i.weight,
    score: i.score,
    weight_value: numberOrEmpty(i.weight),
    score_value: numberOrEmpty(i.score),
    deviation_note: i.deviation_note,
    quote: i.quote,
    anchor: i.anchor,
    source_line: String(i.line),
    note: i.note,
  }));
}

export function expectedChecks(d: DisclosureDetails): Record<string, string>[] {
  const quoteOf = new Map<string, string>([...d.projects.map((p) => [p.id, p.quote] as const), ...d.indicators.map((i) => [i.id, i.quote] as const), ...d.facts.map((f) => [f.id, f.quote] as const)]);
  return d.checks.map((c) => ({
    disclosure_id: d.id,
    check_id: c.check_id,
    rule: c.rule,
    rule_zh: c.rule_zh,
    status: c.status,
    stated: s(c.stated),
    computed: s(c.computed),
    unit: c.unit,
    difference_yuan: s(c.difference_yuan),
    tolerance_yuan: s(c.tolerance_yuan),
    fact_ids: c.fact_ids.join(' '),
    quotes: [...new Set(c.fact_ids.map((id) => quoteOf.get(id)).filter((q): q is string => q !== undefined))].join(' | '),
    message: c.message,
  }));
}

/** The published weight of each scorecard group, as the methodology page states it. */
const GROUP_WEIGHTS: Record<string, string> = { tables: '0.35', structure: '0.15', three_public: '0.15', performance: '0.10', timeliness: '0.10', consistency: '0.10' };

export function expectedScorecard(d: DisclosureDetails): Record<string, string>[] {
  return d.scorecard.map((c) => ({
    disclosure_id: d.id,
    criterion: c.criterion,
    criterion_zh: c.criterion_zh,
    group: c.group,
    group_weight: GROUP_WEIGHTS[c.group],
    status: c.status,
    value: s(c.value),
    evidence: c.evidence,
    check_ids: c.check_ids.join(' '),
    anchors: c.refs.map((r) => r.anchor).join(' '),
  }));
}

export function expectedCounty(c: CountyEntry): Record<string, string> {
  return {
    county_code: c.code,
    name: c.name,
    short_name: c.short_name,
    prefecture: c.prefecture,
    prefecture_code: c.prefecture_code,
    province: c.province,
    province_code: c.province_code,
    valid_from: s(c.valid_from),
    valid_to: s(c.valid_to),
    predecessor_code: s(c.predecessor_code),
    successor_code: s(c.successor_code),
    note: c.note,
    disclosure_count: String(c.disclosure_ids.length),
    disclosure_ids: [...c.disclosure_ids].sort().join(' '),
  };
}
