/**
 * Pure row builders: normalized entries → rows of the download tables
 * (tables.ts). Money becomes exact yuan strings from fen; anything not
 * stated stays missing (null), never 0.
 */
import { fenToYuan, parseDecimal, toFen } from '../core/decimal';
import { KEY_FIGURE_IDS, KEY_FIGURE_ZH, type CountyEntry, type DisclosureDetails, type DisclosureSummary, type Fact } from '../schema/normalized';
import { DECIMAL, makeRow, type Row } from './columns';
import { SCORE_GROUPS, type ScoreGroup } from '../checks/scorecard';
import {
  checksTable,
  scorecardTable,
  countiesTable,
  disclosuresTable,
  downloadPhase,
  factsTable,
  filesTable,
  indicatorsTable,
  KEY_KIND,
  keyColumn,
  keyFenColumn,
  keyFiguresTable,
  projectsTable,
} from './tables';

const yuanOf = (fen: number | null): string | null => (fen === null ? null : fenToYuan(fen));

/** Exact fen of a yuan string written by the checks ("-1234.50" → -123450). */
function fenOfYuan(yuan: string | null): number | null {
  if (yuan === null) return null;
  const m = toFen(yuan, '元');
  if (!m.ok) throw new Error(`downloads: "${yuan}" is not an exact yuan amount (${m.reason})`);
  return Number(m.fen);
}

/** The dataset-wide key of an item of a disclosure (see ITEM_KEY in tables.ts); null stays null. */
export function itemKey(disclosureId: string, itemId: string | null): string | null {
  return itemId === null || itemId === '' ? null : `${disclosureId}:${itemId}`;
}

/** The facts a disclosure's headline figures are taken from. */
export function headlineFactIds(s: DisclosureSummary): Set<string> {
  return new Set(KEY_FIGURE_IDS.flatMap((id) => (s.key[id] ? [s.key[id]!.fact_id] : [])));
}

/** A printed value as a plain decimal when it is one number ("12", "-3.5", "８９．９３"); else null. */
export function numberOf(printed: string | null): string | null {
  if (printed === null || printed.trim() === '') return null;
  const d = parseDecimal(printed);
  return d ? d.text : null;
}

export function disclosureRow(s: DisclosureSummary): Row {
  const key: Record<string, string | number | null> = {};
  for (const id of KEY_FIGURE_IDS) {
    const k = s.key[id] ?? null;
    const kind = KEY_KIND[id];
    if (kind === 'money') {
      key[keyColumn(id)] = k ? yuanOf(k.fen) : null;
      (key as Record<string, string | number | null>)[keyFenColumn(id)!] = k ? k.fen : null;
    } else if (kind === 'text') key[keyColumn(id)] = k ? k.value : null;
    else key[keyColumn(id)] = k && k.value !== null && DECIMAL.test(k.value) ? k.value : null;
  }
  return makeRow(disclosuresTable, {
    disclosure_id: s.id,
    county_code: s.county_code,
    county_name: s.county_name,
    county_short_name: s.county_short_name,
    prefecture: s.prefecture,
    prefecture_code: s.prefecture_code,
    province: s.province,
    province_code: s.province_code,
    department_type: s.department_type,
    department_type_name: s.department_type_name,
    department_name: s.department_name,
    department_short_name: s.department_short_name,
    year: s.year,
    kind: s.kind,
    kind_zh: s.kind_zh,
    title: s.title,
    issuer: s.issuer,
    report_date: s.dates.find((d) => d.type === 'report_date')?.value ?? null,
    source_file: s.source_file,
    source_url: s.source_url,
    source_completeness: s.source_completeness,
    source_completeness_note: s.source_completeness_note,
    fact_count: s.counts.facts,
    project_count: s.counts.projects,
    indicator_count: s.counts.indicators,
    narrative_count: s.counts.narrative,
    withheld_count: s.counts.withheld,
    ...key,
    checks_total: s.checks.total,
    checks_pass: s.checks.pass,
    checks_rounding: s.checks.rounding,
    checks_fail: s.checks.fail,
    checks_not_applicable: s.checks.not_applicable,
    transparency_score: s.scorecard.score,
    transparency_grade: s.scorecard.grade,
  });
}

export function factRow(disclosureId: string, f: Fact, headline: boolean): Row {
  return makeRow(factsTable, {
    disclosure_id: disclosureId,
    fact_id: f.id,
    fact_key: itemKey(disclosureId, f.id),
    headline,
    section: f.section,
    table: f.table,
    row: f.row,
    column: f.column,
    concept: f.concept,
    concept_zh: f.concept_zh,
    value_kind: f.value_kind,
    phase: downloadPhase(f.phase),
    scope: f.scope,
    classification: f.code_system,
    code: f.code,
    code_name: f.code_name,
    item: f.item,
    amount_yuan: yuanOf(f.fen),
    amount_fen: f.fen,
    published_value: f.published,
    published_unit: f.unit,
    value_number: f.value_kind === 'text' ? null : numberOf(f.value),
    decimals: f.decimals,
    status: f.status,
    direction: f.direction,
    of: f.of,
    base: f.base,
    part_of: f.part_of,
    project_id: f.project_id,
    of_key: itemKey(disclosureId, f.of),
    base_key: itemKey(disclosureId, f.base),
    part_of_key: itemKey(disclosureId, f.part_of),
    project_key: itemKey(disclosureId, f.project_id),
    quote: f.quote,
    anchor: f.anchor,
    source_line: f.line,
    note: f.note,
  });
}

export function factRows(d: DisclosureDetails, s: DisclosureSummary): Row[] {
  const headline = headlineFactIds(s);
  return d.facts.map((f) => factRow(d.id, f, headline.has(f.id)));
}

/** The headline figures (stated, pointing to their fact) and the computed ones (formula and operands). */
export function keyFigureRows(s: DisclosureSummary): Row[] {
  const stated = KEY_FIGURE_IDS.flatMap((id) => {
    const k = s.key[id];
    if (!k) return [];
    const kind = KEY_KIND[id];
    const number = kind !== 'text' && k.value !== null && DECIMAL.test(k.value) ? k.value : null;
    return [
      makeRow(keyFiguresTable, {
        disclosure_id: s.id,
        figure_id: id,
        label_zh: KEY_FIGURE_ZH[id],
        basis: 'stated',
        value: number,
        text_value: kind === 'text' ? k.value : null,
        unit: k.unit,
        decimals: number === null ? null : (number.split('.')[1] ?? '').length,
        amount_yuan: kind === 'money' ? yuanOf(k.fen) : null,
        amount_fen: kind === 'money' ? k.fen : null,
        status: k.status,
        fact_key: itemKey(s.id, k.fact_id),
        formula_zh: null,
        operand_fact_ids: null,
      }),
    ];
  });
  const computed = s.derived.map((d) => {
    const money = d.unit === '万元' ? toFen(d.value, '万元') : null;
    if (money && !money.ok) throw new Error(`downloads: computed figure ${d.id} of ${s.id}: ${money.reason}`);
    const fen = money && money.ok ? Number(money.fen) : null;
    return makeRow(keyFiguresTable, {
      disclosure_id: s.id,
      figure_id: d.id,
      label_zh: d.label_zh,
      basis: 'computed',
      value: d.value,
      text_value: null,
      unit: d.unit,
      decimals: d.decimals,
      amount_yuan: yuanOf(fen),
      amount_fen: fen,
      status: 'reported',
      fact_key: null,
      formula_zh: d.formula_zh,
      operand_fact_ids: d.operands.join(' '),
    });
  });
  return [...stated, ...computed];
}

export function projectRows(d: DisclosureDetails): Row[] {
  return d.projects.map((p) =>
    makeRow(projectsTable, {
      disclosure_id: d.id,
      project_id: p.id,
      project_key: itemKey(d.id, p.id),
      name: p.name,
      purpose: p.purpose,
      quote: p.quote,
      anchor: p.anchor,
      source_line: p.line,
      note: p.note,
    }),
  );
}

export function indicatorRows(d: DisclosureDetails): Row[] {
  return d.indicators.map((i) =>
    makeRow(indicatorsTable, {
      disclosure_id: d.id,
      indicator_id: i.id,
      scope: i.scope,
      project_id: i.project_id,
      project_key: itemKey(d.id, i.project_id),
      row_kind: i.row_kind,
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      target: i.target,
      actual: i.actual,
      weight: i.weight,
      score: i.score,
      weight_value: numberOf(i.weight),
      score_value: numberOf(i.score),
      deviation_note: i.deviation_note,
      quote: i.quote,
      anchor: i.anchor,
      source_line: i.line,
      note: i.note,
    }),
  );
}

export const QUOTE_SEPARATOR = ' | ';

/**
 * The quote of each operand of a check. An operand id names a fact, or (for
 * the indicator-table checks) an indicator row, or a project of the same
 * disclosure; an id that names none is left out (the tests report it).
 */
export function operandQuotes(d: DisclosureDetails, ids: readonly string[]): { quotes: string[]; unresolved: string[] } {
  return quotesOf(quoteIndex(d), ids);
}

/** Every quotable item of a disclosure by id (facts win over indicators over projects, as ids are looked up). */
function quoteIndex(d: DisclosureDetails): Map<string, string> {
  const byId = new Map<string, string>();
  for (const p of d.projects) byId.set(p.id, p.quote);
  for (const i of d.indicators) byId.set(i.id, i.quote);
  for (const f of d.facts) byId.set(f.id, f.quote);
  return byId;
}

function quotesOf(byId: Map<string, string>, ids: readonly string[]): { quotes: string[]; unresolved: string[] } {
  const quotes: string[] = [];
  const unresolved: string[] = [];
  for (const id of ids) {
    const q = byId.get(id);
    if (q === undefined) unresolved.push(id);
    else if (!quotes.includes(q)) quotes.push(q);
  }
  return { quotes, unresolved };
}

export function checkRows(d: DisclosureDetails): Row[] {
  const byId = quoteIndex(d); // once per disclosure, not once per check
  return d.checks.map((c) =>
    makeRow(checksTable, {
      disclosure_id: d.id,
      check_id: c.check_id,
      rule: c.rule,
      rule_zh: c.rule_zh,
      status: c.status,
      stated: c.stated,
      computed: c.computed,
      unit: c.unit,
      difference_yuan: c.difference_yuan,
      difference_fen: fenOfYuan(c.difference_yuan),
      tolerance_yuan: c.tolerance_yuan,
      tolerance_fen: fenOfYuan(c.tolerance_yuan),
      fact_ids: c.fact_ids.join(' '),
      quotes: quotesOf(byId, c.fact_ids).quotes.join(QUOTE_SEPARATOR),
      message: c.message,
    }),
  );
}

export function scorecardRows(d: DisclosureDetails): Row[] {
  return d.scorecard.map((c) =>
    makeRow(scorecardTable, {
      disclosure_id: d.id,
      criterion: c.criterion,
      criterion_zh: c.criterion_zh,
      group: c.group,
      group_weight: SCORE_GROUPS[c.group as ScoreGroup]?.weight ?? null,
      status: c.status,
      value: c.value,
      evidence: c.evidence,
      check_ids: c.check_ids.join(' '),
      anchors: c.refs.map((r) => r.anchor).join(' '),
    }),
  );
}

export function countyRows(counties: readonly CountyEntry[]): Row[] {
  return [...counties]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ code, disclosure_ids, ...fields }) =>
      makeRow(countiesTable, {
        county_code: code,
        ...fields,
        disclosure_count: disclosure_ids.length,
        disclosure_ids: [...disclosure_ids].sort().join(' '),
      }),
    );
}

/** What the file list says about one file. */
export interface FileFacts {
  path: string;
  table: string | null;
  disclosure_id: string | null;
  partition: string | null;
  format: string;
  compression: 'gz' | null;
  mediatype: string;
  rows: number | null;
  bytes: number;
  sha256: string;
}

export function fileRow(f: FileFacts): Row {
  return makeRow(filesTable, { ...f });
}
