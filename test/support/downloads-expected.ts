/**
 * What each CSV record must say, written straight from the normalized
 * entries (independently of src/downloads/rows.ts): the round-trip tests
 * parse the CSV with papaparse and compare field by field.
 */
import { fenToYuan } from '../../src/core/decimal';
import { KEY_FIGURE_ZH, type CountyEntry, type DisclosureDetails, type DisclosureSummary, type Fact, type KeyFigure } from '../../src/schema/normalized';

const s = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const yuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '' : fenToYuan(fen));
const plainNumber = (v: string | null): string => (v !== null && /^-?\d+(\.\d+)?$/.test(v) ? v : '');
const key = (disclosureId: string, item: string | null | undefined): string => (item ? `${disclosureId}:${item}` : '');
/** Yuan string → fen digits, by string surgery (no number parsing): "-12.30" → "-1230". */
const fenText = (yuanText: string | null): string => {
  if (yuanText === null || yuanText === '') return '';
  const [, sign, whole, cents] = /^(-?)(\d+)\.(\d{2})$/.exec(yuanText)!;
  const digits = (whole + cents).replace(/^0+(?=\d)/, '');
  return digits === '0' ? '0' : sign + digits;
};

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
    source_completeness: d.source_completeness,
    source_completeness_note: s(d.source_completeness_note),
    fact_count: String(d.counts.facts),
    project_count: String(d.counts.projects),
    indicator_count: String(d.counts.indicators),
    narrative_count: String(d.counts.narrative),
    withheld_count: String(d.counts.withheld),
    expenditure_total_yuan: yuan(k('expenditure_total')?.fen),
    expenditure_total_fen: s(k('expenditure_total')?.fen),
    basic_expenditure_yuan: yuan(k('basic_expenditure')?.fen),
    basic_expenditure_fen: s(k('basic_expenditure')?.fen),
    personnel_yuan: yuan(k('personnel')?.fen),
    personnel_fen: s(k('personnel')?.fen),
    running_costs_yuan: yuan(k('running_costs')?.fen),
    running_costs_fen: s(k('running_costs')?.fen),
    project_expenditure_yuan: yuan(k('project_expenditure')?.fen),
    project_expenditure_fen: s(k('project_expenditure')?.fen),
    project_withheld_yuan: yuan(k('project_withheld')?.fen),
    project_withheld_fen: s(k('project_withheld')?.fen),
    three_public_budget_yuan: yuan(k('three_public_budget')?.fen),
    three_public_budget_fen: s(k('three_public_budget')?.fen),
    three_public_actual_yuan: yuan(k('three_public_actual')?.fen),
    three_public_actual_fen: s(k('three_public_actual')?.fen),
    three_public_overseas_yuan: yuan(k('three_public_overseas')?.fen),
    three_public_overseas_fen: s(k('three_public_overseas')?.fen),
    three_public_vehicles_yuan: yuan(k('three_public_vehicles')?.fen),
    three_public_vehicles_fen: s(k('three_public_vehicles')?.fen),
    official_reception_yuan: yuan(k('official_reception')?.fen),
    official_reception_fen: s(k('official_reception')?.fen),
    budget_initial_yuan: yuan(k('budget_initial')?.fen),
    budget_initial_fen: s(k('budget_initial')?.fen),
    budget_adjusted_yuan: yuan(k('budget_adjusted')?.fen),
    budget_adjusted_fen: s(k('budget_adjusted')?.fen),
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

export function expectedFact(id: string, f: Fact, headline: boolean): Record<string, string> {
  return {
    disclosure_id: id,
    fact_id: f.id,
    fact_key: `${id}:${f.id}`,
    headline: String(headline),
    section: f.section,
    table: f.table,
    row: f.row,
    column: f.column,
    concept: f.concept,
    concept_zh: f.concept_zh,
    value_kind: f.value_kind,
    phase: f.phase === 'none' ? 'not_applicable' : f.phase,
    scope: f.scope,
    classification: s(f.code_system),
    code: s(f.code),
    code_name: s(f.code_name),
    item: f.item,
    amount_yuan: yuan(f.fen),
    amount_fen: s(f.fen),
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
    of_key: key(id, f.of),
    base_key: key(id, f.base),
    part_of_key: key(id, f.part_of),
    project_key: key(id, f.project_id),
    quote: f.quote,
    anchor: f.anchor,
    source_line: String(f.line),
    note: f.note,
  };
}

export function expectedProjects(d: DisclosureDetails): Record<string, string>[] {
  return d.projects.map((p) => ({
    disclosure_id: d.id,
    project_id: p.id,
    project_key: `${d.id}:${p.id}`,
    name: p.name,
    purpose: p.purpose,
    quote: p.quote,
    anchor: p.anchor,
    source_line: String(p.line),
    note: p.note,
  }));
}

const numberOrEmpty = (v: string) => (/^-?\d+(\.\d+)?$/.test(v.trim()) ? v.trim() : '');

export function expectedIndicators(d: DisclosureDetails): Record<string, string>[] {
  return d.indicators.map((i) => ({
    disclosure_id: d.id,
    indicator_id: i.id,
    scope: i.scope,
    project_id: s(i.project_id),
    project_key: key(d.id, i.project_id),
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
  const quoteOf = new Map<string, string>([
    ...d.projects.map((p) => [p.id, p.quote] as const),
    ...d.indicators.map((i) => [i.id, i.quote] as const),
    ...d.facts.map((f) => [f.id, f.quote] as const),
  ]);
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
    difference_fen: fenText(c.difference_yuan),
    tolerance_yuan: s(c.tolerance_yuan),
    tolerance_fen: fenText(c.tolerance_yuan),
    fact_ids: c.fact_ids.join(' '),
    quotes: [...new Set(c.fact_ids.map((id) => quoteOf.get(id)).filter((q): q is string => q !== undefined))].join(' | '),
    message: c.message,
  }));
}

/** The published weight of each scorecard group, as the methodology page states it. */
const GROUP_WEIGHTS: Record<string, string> = {
  tables: '0.35',
  structure: '0.15',
  three_public: '0.15',
  performance: '0.10',
  timeliness: '0.10',
  consistency: '0.10',
};

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

/** The facts the summary's headline figures name. */
export function expectedHeadlineIds(d: DisclosureSummary): Set<string> {
  return new Set(Object.values(d.key).flatMap((k) => (k ? [k.fact_id] : [])));
}

/** key_figures.csv rows of a disclosure: the stated headline figures in key order, then the computed ones. */
export function expectedKeyFigures(d: DisclosureSummary, labels: Record<string, string>): Record<string, string>[] {
  const stated = Object.entries(d.key).flatMap(([id, k]) => {
    if (!k) return [];
    const isText = id === 'evaluation_grade';
    const number = !isText && k.value !== null && /^-?\d+(\.\d+)?$/.test(k.value) ? k.value : '';
    const isMoney = !['staff_authorised', 'staff_actual', 'evaluation_total_score', 'evaluation_grade'].includes(id);
    return [
      {
        disclosure_id: d.id,
        figure_id: id,
        label_zh: labels[id],
        basis: 'stated',
        value: number,
        text_value: isText ? s(k.value) : '',
        unit: k.unit,
        decimals: number === '' ? '' : String(number.includes('.') ? number.split('.')[1].length : 0),
        amount_yuan: isMoney ? yuan(k.fen) : '',
        amount_fen: isMoney ? s(k.fen) : '',
        status: k.status,
        fact_key: `${d.id}:${k.fact_id}`,
        formula_zh: '',
        operand_fact_ids: '',
      },
    ];
  });
  const computed = d.derived.map((x) => {
    // 万元 with up to six decimals → fen by moving the point six places (string surgery, no floats).
    let fen = '';
    if (x.unit === '万元') {
      const [w, frac = ''] = x.value.replace('-', '').split('.');
      const digits = (w + frac.padEnd(6, '0')).replace(/^0+(?=\d)/, '');
      fen = (x.value.startsWith('-') && digits !== '0' ? '-' : '') + digits;
    }
    return {
      disclosure_id: d.id,
      figure_id: x.id,
      label_zh: x.label_zh,
      basis: 'computed',
      value: x.value,
      text_value: '',
      unit: x.unit,
      decimals: String(x.decimals),
      amount_yuan: fen === '' ? '' : fenToYuan(BigInt(fen)),
      amount_fen: fen,
      status: 'reported',
      fact_key: '',
      formula_zh: x.formula_zh,
      operand_fact_ids: x.operands.join(' '),
    };
  });
  return [...stated, ...computed];
}

/** One disclosure's records in a table made of the disclosures' rows, by table name (every table but counties). */
export function expectedRows(table: string, d: { summary: DisclosureSummary; details: DisclosureDetails }): Record<string, string>[] {
  switch (table) {
    case 'disclosures':
      return [expectedDisclosure(d.summary)];
    case 'facts': {
      const headline = expectedHeadlineIds(d.summary);
      return d.details.facts.map((f) => expectedFact(d.summary.id, f, headline.has(f.id)));
    }
    case 'key_figures':
      return expectedKeyFigures(d.summary, KEY_FIGURE_ZH);
    case 'projects':
      return expectedProjects(d.details);
    case 'indicators':
      return expectedIndicators(d.details);
    case 'checks':
      return expectedChecks(d.details);
    case 'scorecard':
      return expectedScorecard(d.details);
    default:
      throw new Error(`no expected rows for table ${table}`);
  }
}
