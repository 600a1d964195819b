/**
 * The national 部门决算 tables (公开01–09表 and tables of the same shape):
 * recognised by their header labels, never by position. Every non-empty cell
 * becomes a fact with the column's concept, the row's classification code,
 * the table's funding scope and the whole row as quote; empty tables become
 * one status=empty fact with the document's statement; 行次, 栏次 and
 * classification codes become not-figure rules.
 */
import type { ConceptId, PhaseId, ScopeId } from '../core/concepts';
import type { Registries } from '../normalize/registries';
import { splitHeader, norm, NUMBER_CELL, type Header } from './header';
import type { Row } from './layout';
import { quoteAt, regexLiteral, type Line } from './text';
import { emptyFact, idAllocator, type DraftFact, type NotFigureCols, type TakeId } from './types';

export interface DocContext {
  source: string;
  lines: Line[];
  sections: string[];
  registries: Registries;
}

export type TableKind = 'summary' | 'income' | 'expenditure' | 'fund_expenditure' | 'fund_balance' | 'economic' | 'three_public';

export interface RecognisedTable {
  kind: TableKind;
  name: string;
  line: number;
  rows: Row[];
}

export interface TableDraft {
  facts: DraftFact[];
  notFigures: NotFigureCols[];
  tables: RecognisedTable[];
  /** Rows of recognised tables whose cells could not all be classified (for REVIEW.md). */
  unclassified: { line: number; text: string; why: string }[];
}

const has = (labels: string, ...words: string[]) => words.every((w) => labels.includes(w));

/** Which standard table a block is, from its header labels and title. */
export function classify(h: Header): TableKind | null {
  const all = h.labels.flat().join('|');
  if (has(all, '项目', '行次') && has(all, '收入', '支出')) return 'summary';
  if (/经济分类科目编码|经济分类编码/.test(all) && /决算数|合计|金额/.test(all)) return 'economic';
  if (has(all, '因公出国') && has(all, '公务接待')) return 'three_public';
  if (/科目名称/.test(all)) {
    if (/本年收入合计/.test(all)) return 'income';
    if (has(all, '年初结转和结余', '本年收入', '本年支出')) return 'fund_balance';
    if (/本年支出合计|上缴上级支出/.test(all)) return 'expenditure';
    if (has(all, '基本支出', '项目支出')) return 'fund_expenditure';
  }
  return null;
}

/** The funding scope a table title states. */
export function scopeOfTitle(title: string, fallback: ScopeId): ScopeId {
  const t = norm(title);
  if (/一般公共预算/.test(t)) return 'general_budget';
  if (/政府性基金/.test(t)) return 'government_fund';
  if (/国有资本经营/.test(t)) return 'state_capital';
  if (/财政拨款/.test(t)) return 'fiscal';
  return fallback;
}

/** A column's concept from its labels, deepest first (小计/合计 take their parent's). */
const COLUMN_CONCEPTS: [RegExp, ConceptId, ScopeId?][] = [
  [/^(本年)?收入合计$/, 'income_total'],
  [/^财政拨款(收入)?$/, 'fiscal_appropriation_income', 'fiscal'],
  [/^上级补助收入$/, 'superior_subsidy_income'],
  [/^事业收入$/, 'business_income'],
  [/^经营收入$/, 'operating_income'],
  [/^附属单位上缴收入$/, 'affiliated_income'],
  [/^其他收入$/, 'other_income'],
  [/^年初结转和结余$/, 'carryover_begin'],
  [/^年末结转和结余$/, 'carryover_end'],
  [/^本年收入$/, 'fiscal_appropriation_income'],
  [/^(本年)?支出合计$/, 'expenditure_total'],
  [/^本年支出$/, 'expenditure_total'],
  [/^基本支出$/, 'basic_expenditure'],
  [/^项目支出$/, 'project_expenditure'],
  [/^上缴上级支出$/, 'remitted_to_superior'],
  [/^经营支出$/, 'operating_expenditure'],
  [/^对附属单位补助支出$/, 'subsidy_to_affiliates'],
];

const THREE_PUBLIC: [RegExp, ConceptId][] = [
  [/^因公出国（?\(?境）?\)?费/, 'three_public_overseas'],
  [/^公务用车购置费$/, 'vehicle_purchase'],
  [/^公务用车运行维护费$/, 'vehicle_operation'],
  [/^公务用车购置及运行维护费$/, 'three_public_vehicles'],
  [/^公务接待费$/, 'official_reception'],
];

function columnConcept(labels: string[], kind: TableKind): { concept: ConceptId; scope?: ScopeId } | null {
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i];
    if (/^(小计|合计)$/.test(l)) {
      if (kind === 'three_public' && i > 0 && /^(预算数|决算数)$/.test(labels[i - 1])) return { concept: 'three_public_total' };
      if (kind === 'three_public' && i === 0) return { concept: 'three_public_total' };
      continue;
    }
    const table = kind === 'three_public' ? THREE_PUBLIC : COLUMN_CONCEPTS;
    for (const [re, concept, scope] of table) if (re.test(l)) return { concept, scope };
    if (kind === 'three_public' && /^(预算数|决算数)$/.test(l) && /^(小计|合计)$/.test(labels[i + 1] ?? '')) return { concept: 'three_public_total' };
  }
  return null;
}

function phaseOf(labels: string[]): PhaseId {
  const top = labels.join('|');
  if (/年初预算/.test(top)) return 'initial_budget';
  if (/预算数|全年预算|调整预算/.test(top)) return 'adjusted_budget';
  return 'actual';
}

const NUMBERING = /^[一二三四五六七八九十]+、/;
const stripNumbering = (s: string) => norm(s).replace(NUMBERING, '');

const INCOME_ROWS: [RegExp, ConceptId, ScopeId?][] = [
  [/^一般公共预算财政拨款(收入)?$/, 'fiscal_appropriation_income', 'general_budget'],
  [/^政府性基金预算财政拨款(收入)?$/, 'fiscal_appropriation_income', 'government_fund'],
  [/^国有资本经营(预算)?财政拨款(收入)?$/, 'fiscal_appropriation_income', 'state_capital'],
  [/^上级补助收入$/, 'superior_subsidy_income'],
  [/^事业收入$/, 'business_income'],
  [/^经营收入$/, 'operating_income'],
  [/^附属单位上缴收入$/, 'affiliated_income'],
  [/^其他收入$/, 'other_income'],
  [/^本年收入合计$/, 'income_total'],
  [/^使用非财政拨款结余/, 'non_fiscal_balance_used'],
  [/^年初(财政拨款)?结转和结余$/, 'carryover_begin'],
  [/^总计$/, 'grand_total'],
];
const EXPENDITURE_ROWS: [RegExp, ConceptId][] = [
  [/^本年支出合计$/, 'expenditure_total'],
  [/^结余分配$/, 'balance_distribution'],
  [/^年末(财政拨款)?结转和结余$/, 'carryover_end'],
  [/^总计$/, 'grand_total'],
];

const FUND_SCOPE: [RegExp, ScopeId][] = [
  [/^一般公共预算财政拨款$/, 'general_budget'],
  [/^政府性基金预算财政拨款$/, 'government_fund'],
  [/^国有资本经营预算财政拨款$/, 'state_capital'],
];

function tableName(ctx: DocContext, firstLine: number): { name: string; title: string; marker: string; markerLine: string } {
  let marker = '';
  let markerLine = '';
  let title = '';
  for (let n = firstLine - 1; n >= Math.max(1, firstLine - 12); n--) {
    const t = ctx.lines[n - 1].text.trim();
    if (!t || t.includes('\t')) continue;
    const m = /公开\s*(\d+)\s*表/.exec(t);
    if (m && !marker) {
      marker = `公开${m[1].padStart(2, '0')}表`;
      markerLine = t;
    } else if (!title && /表$/.test(t) && t.length <= 40 && !m) title = t;
    if (marker && title) break;
  }
  return { name: marker || title || `第${firstLine}行的表`, title, marker, markerLine };
}

const cellValue = (t: string) => {
  const v = norm(t);
  return NUMBER_CELL.test(v) ? v : null;
};

export function draftStandardTables(ctx: DocContext, blocks: Row[][], take: TakeId = idAllocator()): TableDraft {
  const out: TableDraft = { facts: [], notFigures: [], tables: [], unclassified: [] };
  let ordinal = 0;
  for (const block of blocks) {
    const h = splitHeader(block);
    if (!h.headerRows.length) continue;
    const { name, title, marker } = tableName(ctx, block[0].line);
    const kind = classify(h);
    if (!kind) continue;
    ordinal++;
    out.tables.push({ kind, name, line: block[0].line, rows: block });
    const prefix = marker ? `t${marker.slice(2, 4)}` : `table${ordinal}`;
    const section = ctx.sections[block[0].line - 1];
    const defaultScope: ScopeId = kind === 'summary' && !/财政拨款/.test(norm(title)) ? 'all' : scopeOfTitle(title, 'all');
    const t: TableRun = { ctx, out, take, prefix, name, section, kind, h, scope: defaultScope, block };
    if (kind === 'summary') summary(t);
    else if (kind === 'economic') economic(t);
    else if (kind === 'three_public') threePublic(t);
    else functional(t);
    notFigureRules(t);
    if (!out.facts.some((f) => f.row.table === name)) emptyTable(t);
  }
  return out;
}

interface TableRun {
  ctx: DocContext;
  out: TableDraft;
  take: TakeId;
  prefix: string;
  name: string;
  section: string;
  kind: TableKind;
  h: Header;
  scope: ScopeId;
  block: Row[];
}

function push(t: TableRun, r: Row, f: Partial<DraftFact['row']> & { fact_id: string }, note: string): DraftFact | null {
  const q = quoteAt(t.ctx.source, r.start, r.end);
  if (!q) return null;
  const row = {
    ...emptyFact(),
    unit: '万元',
    section: t.section,
    table: t.name,
    ...f,
    fact_id: t.take(f.fact_id),
    quote: q.quote,
    after: q.after,
    note: `draft: ${t.name} ${note}`,
  };
  const d: DraftFact = { kind: 'table', row, start: r.start, end: r.end };
  t.out.facts.push(d);
  return d;
}

const colLabel = (h: Header, c: number) => h.labels[c]?.join(' ') ?? '';

/** Tables by functional classification code (收入决算表, 支出决算表, 财政拨款支出表 …). */
function functional(t: TableRun) {
  const { h, ctx } = t;
  const cols = h.labels.map((l, c) => ({ c, spec: c >= 2 ? columnConcept(l, t.kind) : null }));
  const byCode = new Map<string, Map<number, string>>();
  for (const r of h.dataRows) {
    const first = norm(r.cells[0]?.text ?? '');
    const isTotal = /^(合计|总计)$/.test(first);
    const code = /^\d{3}(\d{2}){0,2}$/.test(first) ? first : '';
    if (!isTotal && !code) continue;
    if (code && !ctx.registries.functional.has(code)) {
      t.out.unclassified.push({ line: r.line, text: ctx.source.slice(r.start, r.end), why: `功能分类科目 ${code} 不在 functional-codes.csv` });
      continue;
    }
    const item = isTotal ? first : (r.cells[1]?.text ?? '');
    const ids = new Map<number, string>();
    for (const { c, spec } of cols) {
      if (c < 2) continue; // 科目编码 and 科目名称
      const v = cellValue(r.cells[c]?.text ?? '');
      if (v === null) continue;
      if (!spec) {
        t.out.unclassified.push({ line: r.line, text: ctx.source.slice(r.start, r.end), why: `列「${colLabel(h, c)}」无法归类` });
        continue;
      }
      const parentCode = code.length > 3 ? code.slice(0, code.length - 2) : code ? 'total' : '';
      const part = parentCode ? (byCode.get(parentCode)?.get(c) ?? '') : '';
      const d = push(
        t,
        r,
        {
          fact_id: `${t.prefix}.${code || 'total'}.${spec.concept}${spec.scope ? '.' + spec.scope : ''}`,
          concept: spec.concept,
          phase: phaseOf(h.labels[c]),
          scope: spec.scope ?? t.scope,
          code,
          code_system: code ? 'functional' : '',
          item,
          value: v,
          part_of: part,
          row: code ? `${code} ${item}` : item,
          column: colLabel(h, c),
        },
        'cell',
      );
      if (d) ids.set(c, d.row.fact_id);
    }
    byCode.set(code || 'total', ids);
  }
}

/** 收入支出决算总表 / 财政拨款收入支出决算总表: income and expenditure side by side. */
function summary(t: TableRun) {
  const { h, ctx } = t;
  const sides: { label: number; rowNo: number; values: number[]; income: boolean }[] = [];
  h.labels.forEach((l, c) => {
    if (l[l.length - 1] === '项目') sides.push({ label: c, rowNo: -1, values: [], income: /收入/.test(l.join('')) });
  });
  sides.forEach((s, i) => {
    const end = sides[i + 1]?.label ?? h.labels.length;
    for (let c = s.label + 1; c < end; c++) {
      if (h.labels[c][h.labels[c].length - 1] === '行次') s.rowNo = c;
      else s.values.push(c);
    }
  });
  for (const s of sides) {
    let inCarry: string | null = null;
    let totalId = '';
    const parts: DraftFact[] = [];
    for (const r of h.dataRows) {
      const label = stripNumbering(r.cells[s.label]?.text ?? '');
      if (!label) continue;
      const rowNo = s.rowNo >= 0 ? norm(r.cells[s.rowNo]?.text ?? '') : '';
      let concept: ConceptId | null = null;
      let scope: ScopeId | undefined;
      let code = '';
      let item = label;
      if (s.income) {
        const m = INCOME_ROWS.find(([re]) => re.test(label));
        if (m) [, concept, scope] = m;
        if (concept === 'fiscal_appropriation_income' && inCarry) {
          concept = 'carryover_begin';
          item = `年初财政拨款结转和结余：${label}`;
        } else if (concept !== 'carryover_begin') inCarry = null;
      } else {
        const m = EXPENDITURE_ROWS.find(([re]) => re.test(label));
        if (m) concept = m[1];
        else {
          const hit = [...ctx.registries.functional.values()].find((e) => e.code.length === 3 && norm(e.name) === label);
          if (hit) {
            concept = 'expenditure_total';
            code = hit.code;
          }
        }
      }
      const vals = s.values.map((c) => ({ c, v: cellValue(r.cells[c]?.text ?? '') })).filter((x) => x.v !== null);
      if (!concept) {
        if (vals.length) t.out.unclassified.push({ line: r.line, text: ctx.source.slice(r.start, r.end), why: `行「${label}」无法归类` });
        continue;
      }
      let rowTotalId = '';
      for (const { c, v } of vals) {
        const colTop = h.labels[c][h.labels[c].length - 1];
        const fund = FUND_SCOPE.find(([re]) => re.test(colTop));
        const colScope = fund ? fund[1] : undefined;
        const d = push(
          t,
          r,
          {
            fact_id: `${t.prefix}.r${rowNo || r.line}.${concept}${colScope ? '.' + colScope : ''}`,
            concept,
            phase: 'actual',
            scope: colScope ?? scope ?? t.scope,
            code,
            code_system: code ? 'functional' : '',
            item,
            value: v!,
            part_of: colScope && rowTotalId ? rowTotalId : '',
            row: rowNo ? `${label}（行次${rowNo}）` : label,
            column: colLabel(h, c),
          },
          'cell',
        );
        if (!d) continue;
        if (!colScope) rowTotalId = d.row.fact_id;
        if (colScope) continue;
        if (concept === 'income_total' || (concept === 'expenditure_total' && !code)) totalId = d.row.fact_id;
        else if (concept === 'carryover_begin' && inCarry) d.row.part_of = inCarry;
        else if (!['grand_total', 'carryover_begin', 'carryover_end', 'non_fiscal_balance_used', 'balance_distribution'].includes(concept)) parts.push(d);
        if (concept === 'carryover_begin' && !inCarry) inCarry = d.row.fact_id;
      }
    }
    if (totalId) for (const p of parts) if (!p.row.part_of) p.row.part_of = totalId;
  }
}

/** 基本支出决算明细表: groups of (经济分类科目编码, 科目名称, 决算数) side by side. */
function economic(t: TableRun) {
  const { h, ctx } = t;
  const groups: { code: number; name: number; value: number }[] = [];
  h.labels.forEach((l, c) => {
    if (/编码/.test(l.join(''))) groups.push({ code: c, name: c + 1, value: c + 2 });
  });
  const concept: ConceptId = /项目支出/.test(norm(t.name + t.section)) ? 'project_expenditure' : 'basic_expenditure';
  const classIds = new Map<string, string>();
  const classGroup = new Map<string, number>();
  const pending: { d: DraftFact; code: string; g: number }[] = [];
  const totals: { g: number; id: string }[] = [];
  for (const r of h.dataRows) {
    // Totals row: 人员经费合计 … 公用经费合计 …, each followed by its amount.
    const labelCells = r.cells.map((c, i) => ({ i, t: norm(c.text) })).filter((x) => /合计$/.test(x.t));
    if (labelCells.length) {
      labelCells.forEach((lc, k) => {
        const stop = labelCells[k + 1]?.i ?? r.cells.length;
        const vi = r.cells.findIndex((c, i) => i > lc.i && i < stop && cellValue(c.text) !== null);
        if (vi < 0) return;
        const tc: ConceptId | null = /人员经费/.test(lc.t) ? 'personnel' : /公用经费/.test(lc.t) ? 'running_costs' : null;
        if (!tc) return;
        const d = push(
          t,
          r,
          {
            fact_id: `${t.prefix}.${tc}`,
            concept: tc,
            phase: 'actual',
            scope: t.scope,
            item: lc.t,
            value: cellValue(r.cells[vi].text)!,
            row: lc.t,
            column: colLabel(h, vi),
          },
          'total',
        );
        const g = groups.filter((gr) => gr.code <= lc.i).length - 1;
        if (d) totals.push({ g: Math.max(0, g), id: d.row.fact_id });
      });
      continue;
    }
    groups.forEach((g, gi) => {
      const code = norm(r.cells[g.code]?.text ?? '');
      const v = cellValue(r.cells[g.value]?.text ?? '');
      if (!/^\d{3}(\d{2})?$/.test(code)) return;
      if (!ctx.registries.economic.has(code)) {
        if (v !== null) t.out.unclassified.push({ line: r.line, text: ctx.source.slice(r.start, r.end), why: `经济分类科目 ${code} 不在 economic-codes.csv` });
        return;
      }
      if (code.length === 3) classGroup.set(code, gi);
      if (v === null) return;
      const item = r.cells[g.name]?.text ?? '';
      const d = push(
        t,
        r,
        {
          fact_id: `${t.prefix}.${code}`,
          concept,
          phase: 'actual',
          scope: t.scope,
          code,
          code_system: 'economic',
          item,
          value: v,
          part_of: code.length === 5 ? (classIds.get(code.slice(0, 3)) ?? '') : '',
          row: `${code} ${item}`,
          column: colLabel(h, g.value),
        },
        'cell',
      );
      if (!d) return;
      if (code.length === 3) {
        classIds.set(code, d.row.fact_id);
        pending.push({ d, code, g: gi });
      }
    });
  }
  // A class belongs to the 合计 whose label sits in its column group or the nearest group to its left.
  for (const p of pending) {
    const tot = totals.filter((x) => x.g <= (classGroup.get(p.code) ?? p.g)).pop();
    if (tot) p.d.row.part_of = tot.id;
  }
}

/** 财政拨款“三公”经费支出决算表: budget and actual columns, one data row. */
function threePublic(t: TableRun) {
  const { h } = t;
  for (const r of h.dataRows) {
    r.cells.forEach((cell, c) => {
      const v = cellValue(cell.text);
      if (v === null) return;
      const spec = columnConcept(h.labels[c] ?? [], 'three_public');
      if (!spec) {
        t.out.unclassified.push({ line: r.line, text: t.ctx.source.slice(r.start, r.end), why: `列「${colLabel(h, c)}」无法归类` });
        return;
      }
      const phase = phaseOf(h.labels[c]);
      push(
        t,
        r,
        {
          fact_id: `${t.prefix}.${phase}.${spec.concept}`,
          concept: spec.concept,
          phase,
          scope: t.scope === 'all' ? 'fiscal' : t.scope,
          item: colLabel(h, c),
          value: v,
          row: '数据行',
          column: colLabel(h, c),
        },
        'cell',
      );
    });
  }
}

/** A table published without data: one status=empty fact quoting the document's statement. */
function emptyTable(t: TableRun) {
  const { ctx, block } = t;
  const hasData = t.h.dataRows.some((r) => r.cells.some((c) => cellValue(c.text) !== null));
  if (hasData) return;
  const last = block[block.length - 1].lastLine;
  for (let n = last + 1; n <= Math.min(ctx.lines.length, last + 8); n++) {
    const l = ctx.lines[n - 1];
    if (l.text.includes('\t')) break;
    if (/无数据|没有.*(收入|支出)/.test(l.text)) {
      const text = l.text.trim();
      const start = l.start + l.text.indexOf(text);
      const q = quoteAt(ctx.source, start, start + text.length);
      if (!q) return;
      const concepts = t.h.labels.map((l2) => columnConcept(l2, t.kind)?.concept).filter(Boolean);
      const concept: ConceptId = concepts.includes('expenditure_total') || t.kind !== 'income' ? 'expenditure_total' : 'income_total';
      const row = {
        ...emptyFact(),
        fact_id: t.take(`${t.prefix}.empty`),
        concept,
        phase: 'actual',
        scope: t.scope,
        item: t.name,
        unit: '万元',
        status: 'empty',
        section: t.section,
        table: t.name,
        quote: q.quote,
        after: q.after,
        note: `draft: ${t.name} empty table`,
      };
      t.out.facts.push({ kind: 'table', row, start, end: start + text.length });
      return;
    }
  }
}

/** 栏次 rows, 行次 cells and classification codes of a recognised table are not figures. */
function notFigureRules(t: TableRun) {
  const { ctx, h } = t;
  const src = ctx.source;
  for (const r of h.columnNumberRows) {
    t.out.notFigures.push({ after: '', before: '', pattern: regexLiteral(src.slice(r.start, r.end)), reason: 'column_number', note: `draft: ${t.name} 栏次` });
  }
  const rowNoCols = h.labels.map((l, c) => (l[l.length - 1] === '行次' ? c : -1)).filter((c) => c >= 0);
  const codeCols = h.labels.map((l, c) => (/编码|代码/.test(l.join('')) ? c : -1)).filter((c) => c >= 0);
  for (const r of h.dataRows) {
    const cols: [number, 'row_number' | 'other'][] = [
      ...rowNoCols.map((c) => [c, 'row_number'] as [number, 'row_number']),
      ...codeCols.map((c) => [c, 'other'] as [number, 'other']),
    ];
    for (const [c, reason] of cols) {
      const cell = r.cells[c];
      if (!cell || !/^\d+$/.test(cell.text)) continue;
      const pattern = regexLiteral(src.slice(r.start, cell.start)) + '(' + regexLiteral(cell.text) + ')' + regexLiteral(src.slice(cell.end, r.end));
      t.out.notFigures.push({ after: '', before: '', pattern, reason, note: `draft: ${t.name} ${reason === 'row_number' ? '行次' : '科目编码'}` });
    }
  }
}
