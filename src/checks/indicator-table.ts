/**
 * Reading performance tables (绩效自评表) for the indicator rules.
 *
 * Indicators are grouped into tables by scope and project (the department's
 * table, and one per project). Within a table, rows are taken in document
 * order; an indicator row with an empty 一级指标 belongs to the section above
 * it (merged cells). A section's weight comes from its `section` row, or from
 * a weight printed in the 一级指标 cell ("产出指标(50 分)", "预算执行率指标（10分）").
 * Weights and scores are read as exact numbers ("10", "9.5", "10分").
 */
import type { Indicator } from '../schema/normalized';
import type { Ctx } from './context';
import { groupBy } from './context';
import { type Rat, parseRat, sum, add, ZERO, toExact, toFixed } from '../core/rational';
import { numberTolerance } from './tolerance';

export interface Score {
  value: Rat;
  decimals: number;
  text: string;
  tol: Rat;
}

export interface Row {
  ind: Indicator;
  section: string;
  weight: Score | null;
  score: Score | null;
}

export interface Section {
  name: string;
  weight: Score | null;
  /** The row the weight was read from. */
  source: Indicator | null;
}

export interface IndTable {
  key: string;
  label: string;
  scope: Indicator['scope'];
  project_id: string | null;
  /** 三级指标 rows that carry a weight or a score. */
  rows: Row[];
  sections: Map<string, Section>;
  totals: Row[];
  funding: Row[];
}

/** A weight or score cell as a number: "10", "9.5", "10分", "10 分". Null when empty or not a plain number. */
export function parseScore(s: string): Score | null {
  const t = s.replace(/\s+/g, '').replace(/分$/, '');
  if (!t) return null;
  const p = parseRat(t);
  if (!p) return null;
  return { value: p.value, decimals: p.decimals, text: p.text, tol: numberTolerance('score', p.decimals) };
}

/** A percentage cell as a number: "100%", "99.99%", "100". Null for "≥98%" or text. */
export function parsePercentCell(s: string): { value: Rat; decimals: number; text: string } | null {
  const t = s.replace(/\s+/g, '').replace(/[%％]$/, '');
  return parseRat(t);
}

/** "产出指标(50 分)" → "产出"; "满意度指标" → "满意度". */
export function sectionName(level1: string): string {
  return level1
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .replace(/指标$/, '');
}

/** A weight printed in the 一级指标 cell: "产出指标(50 分)" → 50. */
export function weightInLabel(level1: string): Score | null {
  const m = level1.replace(/\s+/g, '').match(/[（(](\d+(?:\.\d+)?)分?[）)]/);
  return m ? parseScore(m[1]) : null;
}

/** A weight or score for messages and results: exact, at least `decimals` decimals. */
export const num = (r: Rat, decimals = 0): string => toExact(r, decimals, 12) ?? toFixed(r, 6);

export const sumScores = (xs: readonly Score[]): { value: Rat; tol: Rat } => ({
  value: sum(xs.map((x) => x.value)),
  tol: xs.reduce((t, x) => add(t, x.tol), ZERO),
});

export function tableKey(ind: Pick<Indicator, 'scope' | 'project_id'>): string {
  return ind.scope === 'project' ? `project.${ind.project_id ?? ''}` : 'department';
}

export function readTables(ctx: Ctx): IndTable[] {
  const tables: IndTable[] = [];
  const ordered = ctx.indicators
    .map((ind, i) => ({ ind, i }))
    .sort((a, b) => a.ind.line - b.ind.line || a.i - b.i)
    .map((x) => x.ind);
  for (const [key, inds] of groupBy(ordered, tableKey)) {
    const first = inds[0];
    const project = first.scope === 'project' ? (ctx.projectName(first.project_id) ?? first.project_id ?? '') : '';
    const t: IndTable = {
      key,
      label: first.scope === 'project' ? `“${project}”项目绩效自评表` : '部门整体支出绩效自评表',
      scope: first.scope,
      project_id: first.project_id,
      rows: [],
      sections: new Map(),
      totals: [],
      funding: [],
    };
    const addSection = (name: string, weight: Score | null, source: Indicator): void => {
      if (!name) return;
      const s = t.sections.get(name);
      if (!s) t.sections.set(name, { name, weight, source: weight ? source : null });
      else if (!s.weight && weight) {
        s.weight = weight;
        s.source = source;
      }
    };
    let current = '';
    for (const ind of inds) {
      const weight = parseScore(ind.weight);
      const score = parseScore(ind.score);
      const name = sectionName(ind.level1);
      switch (ind.row_kind) {
        case 'section':
          addSection(name, weight ?? weightInLabel(ind.level1), ind);
          if (name) current = name;
          break;
        case 'total':
          t.totals.push({ ind, section: '', weight, score });
          break;
        case 'funding':
          if (name) addSection(name, weightInLabel(ind.level1), ind);
          t.funding.push({ ind, section: name, weight, score });
          break;
        case 'indicator':
          if (name) {
            current = name;
            addSection(name, weightInLabel(ind.level1), ind);
          }
          if (weight || score) t.rows.push({ ind, section: current, weight, score });
          break;
      }
    }
    tables.push(t);
  }
  return tables;
}

/** The name of an indicator for messages. */
export function indicatorName(ind: Indicator): string {
  const n = (ind.level3 || ind.level2 || ind.level1).replace(/\s+/g, '');
  return n.replace(/^指标\s*\d+[:：]/, '') || ind.id;
}
